// `npm run new`: the text of a new meeting report or news article, written from the same
// field descriptions validation uses (content/schema.ts): every field is there, the ones the
// editor gave filled in, the other required ones empty (so `npm run check` asks for them),
// and the optional ones as commented-out examples. A report is a file, or with `folder` a
// folder with index.md (content/bundles.ts), where the files it names can lie beside it.
import { BUNDLE_INDEX } from "./content/bundles.ts";
import { MEDIA_FOLDER, sitePath } from "./content/media.ts";
import type { Field } from "./content/schema.ts";
import { MEETING_FIELDS, NEWS_FIELDS } from "./content/schema.ts";
import { slugify } from "./slug.ts";

export type Kind = "meeting" | "news";

export interface NewContent {
  kind: Kind;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** meetings only */
  region?: string;
  /** a folder with index.md, for files beside the text, rather than one file */
  folder?: boolean;
}

/** Where the file goes, relative to the content folder. */
export function pathOf({ kind, title, date, region, folder }: NewContent): string {
  const name = `${date}-${slugify(title) || "uden-titel"}`;
  const file = folder ? `${name}/${BUNDLE_INDEX}` : `${name}.md`;
  return kind === "meeting" ? `meetings/${region}/${file}` : `news/${date.slice(0, 4)}/${file}`;
}

/** Both forms of the page `pathOf` gives, file and folder: either taken means the name is. */
export function formsOf(content: NewContent): string[] {
  return [pathOf({ ...content, folder: false }), pathOf({ ...content, folder: true })];
}

/**
 * A field's example as a report in this form can use it: a file named beside the report only
 * lies there in a folder, so a report kept as one file names it in media/ ("/media/salen.jpg").
 */
function exampleOf(field: Field, folder: boolean): string {
  const { type } = field;
  if (folder || (type.kind !== "object" && type.kind !== "object-list")) return field.example;
  return type.fields.reduce((example, inner) => {
    if (inner.type.kind !== "media-file" || !inner.type.inBundle) return example;
    const name = JSON.parse(inner.example) as string;
    return example.replace(`${inner.key}: ${inner.example}`, `${inner.key}: ${JSON.stringify(sitePath(`${MEDIA_FOLDER}/${name}`))}`);
  }, field.example);
}

function fieldLines(fields: readonly Field[], given: Record<string, string>, indent: string, folder: boolean): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type.kind === "object" && field.required) {
      return [`${indent}${field.key}:`, ...fieldLines(field.type.fields, {}, `${indent}  `, folder)];
    }
    if (given[field.key] !== undefined) return [`${indent}${field.key}: ${given[field.key]}`];
    // a field required unless another is set (a venue's city) is asked for: most meetings are not online
    if (field.required || field.requiredUnless) return [`${indent}${field.key}: ""   # ${field.label}, f.eks. ${field.example}`];
    return [`${indent}# ${field.key}: ${exampleOf(field, folder)}   # ${field.label}`];
  });
}

export function scaffold(content: NewContent): string {
  const given: Record<string, string> = { title: JSON.stringify(content.title), date: content.date };
  if (content.region) given.region = content.region;
  const fields = content.kind === "meeting" ? MEETING_FIELDS : NEWS_FIELDS;
  const body = content.kind === "meeting" ? "Skriv referatet her. Overskrifter skrives med ## foran." : "Skriv artiklen her.";
  // one line either way: a message's line number means the same field in both forms
  const files = content.folder ? " Mødets filer lægges i mappen ved siden af index.md og skrives med deres navn." : "";
  return [
    "---",
    `# Felter med # foran er valgfrie: fjern # for at bruge dem. Tomme felter skal udfyldes.${files}`,
    ...fieldLines(fields, given, "", content.folder ?? false),
    "---",
    "",
    body,
    "",
  ].join("\n");
}

/** The options of `npm run new`, in the order the usage shows them. */
const OPTIONS = ["region", "date", "title"] as const;
type Option = (typeof OPTIONS)[number];

/**
 * `npm run new meeting --title X`, without the `--` after `new`: npm takes `--title` as an
 * option of its own (it sets npm_config_title=true) and hands the script only "X", as one more
 * word after the kind. Returns the command the editor meant when the command line looks like
 * that, undefined when it does not. Values are placed by their look: a date is the date, a
 * region key the region, what is left the title; what cannot be placed is shown as a blank.
 */
export function commandWithDashes(
  words: readonly string[],
  given: Partial<Record<Option, string>> & { folder?: boolean },
  env: NodeJS.ProcessEnv,
  regionKeys: readonly string[],
): string | undefined {
  // npm takes the flag --folder too, as npm_config_folder
  const folderSwallowed = !given.folder && env.npm_config_folder !== undefined;
  const swallowed = folderSwallowed || OPTIONS.some((option) => given[option] === undefined && env[`npm_config_${option}`] !== undefined);
  const [kind = "meeting", ...values] = words;
  if (!swallowed && !(values.length && OPTIONS.some((option) => given[option] === undefined))) return undefined;
  const placed: Partial<Record<Option, string>> = { ...given };
  const left = [...values];
  const take = (option: Option, fits: (value: string) => boolean) => {
    const index = left.findIndex(fits);
    if (placed[option] === undefined && index !== -1) placed[option] = left.splice(index, 1)[0];
  };
  take("date", (value) => /^\d{4}-\d{2}-\d{2}$/.test(value));
  if (kind === "meeting") take("region", (value) => regionKeys.includes(value));
  if (left.length === 1) take("title", () => true);
  const blanks: Record<Option, string> = { region: "<region>", date: "ÅÅÅÅ-MM-DD", title: '"..."' };
  const parts = OPTIONS.filter((option) => kind === "meeting" || option !== "region").map((option) => {
    const value = placed[option];
    return `--${option} ${value === undefined ? blanks[option] : option === "title" ? shellQuoted(value) : value}`;
  });
  return `npm run new -- ${kind} ${parts.join(" ")}${given.folder || folderSwallowed ? " --folder" : ""}`;
}

/** A value as a shell reads it back: in double quotes, with ", $, ` and \ escaped. */
function shellQuoted(text: string): string {
  return `"${text.replace(/["$`\\]/g, "\\$&")}"`;
}

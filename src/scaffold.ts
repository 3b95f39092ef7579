// `npm run new`: the text of a new meeting report or news article, written from the same
// field descriptions validation uses (content/schema.ts): every field is there, the ones the
// editor gave filled in, the other required ones empty (so `npm run check` asks for them),
// and the optional ones as commented-out examples.
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
}

/** Where the file goes, relative to the content folder. */
export function pathOf({ kind, title, date, region }: NewContent): string {
  const name = `${date}-${slugify(title) || "uden-titel"}.md`;
  return kind === "meeting" ? `meetings/${region}/${name}` : `news/${date.slice(0, 4)}/${name}`;
}

function fieldLines(fields: readonly Field[], given: Record<string, string>, indent: string): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type.kind === "object" && field.required) {
      return [`${indent}${field.key}:`, ...fieldLines(field.type.fields, {}, `${indent}  `)];
    }
    if (given[field.key] !== undefined) return [`${indent}${field.key}: ${given[field.key]}`];
    // a field required unless another is set (a venue's city) is asked for: most meetings are not online
    if (field.required || field.requiredUnless) return [`${indent}${field.key}: ""   # ${field.label}, f.eks. ${field.example}`];
    return [`${indent}# ${field.key}: ${field.example}   # ${field.label}`];
  });
}

export function scaffold(content: NewContent): string {
  const given: Record<string, string> = { title: JSON.stringify(content.title), date: content.date };
  if (content.region) given.region = content.region;
  const fields = content.kind === "meeting" ? MEETING_FIELDS : NEWS_FIELDS;
  const body = content.kind === "meeting" ? "Skriv referatet her. Overskrifter skrives med ## foran." : "Skriv artiklen her.";
  return [
    "---",
    "# Felter med # foran er valgfrie: fjern # for at bruge dem. Tomme felter skal udfyldes.",
    ...fieldLines(fields, given, ""),
    "---",
    "",
    body,
    "",
  ].join("\n");
}

// The field types that are one line of text in a given form, checked and phrased for an
// editor: a media file (which must exist), an e-mail address, a phone number, and text that
// must match a pattern (a GitHub repository, a git branch). check-fields.ts hands them here.
import { besideProblem, besideReport, MEDIA_FOLDER, meant, mediaProblem, mediaReference, nearestMedia, sitePath } from "./media.ts";
import type { FieldPath, YamlSource } from "./parse.ts";
import type { Problem } from "./problems.ts";
import type { Field, FieldType } from "./schema.ts";
import { report } from "./check-text.ts";
import { describe, isHttpsUrl } from "./values.ts";

export type StringKind = Extract<FieldType, { kind: "media-file" | "email" | "phone" | "pattern" }>;

/** What the checks of a field need to know of the content beyond its own file. */
export interface StringContext {
  /** every file below media/, relative to the content folder ("media/logo.svg") */
  mediaFiles: ReadonlySet<string>;
  /** the folder of a report kept as a folder ("bundle"), and the files beside its index.md, by their names there */
  bundle?: { folder: string; files: ReadonlySet<string> };
}

/** letters and digits in any script; a domain of at least two parts, the last of letters */
const EMAIL =
  /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** digits with spaces, hyphens and parentheses between them, maybe a + first ("(+45)" too): 8 to 15 digits (E.164) */
const PHONE = /^\(?\+?[\d\s()-]+$/;

function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, "").length;
  return PHONE.test(text) && digits >= 8 && digits <= 15;
}

const compiled = new Map<string, RegExp>();

/** A form's field checks the same pattern, so it is read as JavaScript reads it there: no flags. */
function patternOf(source: string): RegExp {
  let pattern = compiled.get(source);
  if (!pattern) compiled.set(source, (pattern = new RegExp(source)));
  return pattern;
}

export function checkString(
  source: YamlSource,
  value: unknown,
  field: Field,
  type: StringKind,
  path: FieldPath,
  context: StringContext,
  problems: Problem[],
): void {
  const example = `Skriv f.eks. ${field.key}: ${field.example}`;
  if (typeof value !== "string") {
    report(problems, source, path, `fandt ${describe(value)}, men forventede tekst.`, example);
    return;
  }
  switch (type.kind) {
    case "media-file":
      if (type.inBundle && besideReport(value) !== undefined)
        checkBundleFile(source, besideReport(value)!, type.extensions, path, context, problems);
      else checkMediaFile(source, value, type.extensions, path, context, problems);
      return;
    case "email":
      if (!isEmail(value)) {
        const bare = value.replace(/^mailto:/i, "").replace(/^<(.*)>$/, "$1");
        report(
          problems,
          source,
          path,
          `${describe(value)} er ikke en e-mailadresse på formen navn@domæne.dk.`,
          bare !== value && isEmail(bare) ? `Skriv kun adressen: ${field.key}: "${bare}"` : example,
        );
      }
      return;
    case "phone":
      if (!isPhone(value))
        report(
          problems,
          source,
          path,
          `${describe(value)} er ikke et telefonnummer: skriv 8 til 15 cifre, gerne med mellemrum, og evt. + og landekode foran.`,
          example,
        );
      return;
    case "pattern":
      if (!patternOf(type.pattern).test(value)) {
        // an address copied from the browser ("https://github.com/ejer/navn") holds the value
        const inAddress = isHttpsUrl(value) ? new URL(value).pathname.replace(/^\/|\/$|\.git$/g, "") : "";
        report(
          problems,
          source,
          path,
          `fandt ${describe(value)}, men forventede ${type.expected}.`,
          inAddress && patternOf(type.pattern).test(inAddress) ? `Mente du "${inAddress}"?` : example,
        );
      }
      return;
  }
}

/** A file beside the report in its folder, of one of the types the field takes. */
function checkBundleFile(
  source: YamlSource,
  value: string,
  extensions: readonly string[],
  path: FieldPath,
  context: StringContext,
  problems: Problem[],
): void {
  const problem = besideProblem(value, value, source.file, context.bundle, "field");
  if (problem) {
    report(problems, source, path, problem.message, problem.hint);
    return;
  }
  checkExtension(source, value, value, extensions, path, problems);
}

/** A file that exists in media/, written /media/<name>, of one of the types the field takes. */
function checkMediaFile(
  source: YamlSource,
  value: string,
  extensions: readonly string[],
  path: FieldPath,
  context: StringContext,
  problems: Problem[],
): void {
  if (/^[a-z]+:/i.test(value)) {
    report(
      problems,
      source,
      path,
      `${describe(value)} er en adresse; feltet skal pege på en fil i indholdsmappens ${MEDIA_FOLDER}/.`,
      `Læg filen i ${MEDIA_FOLDER}/, og skriv f.eks. "${sitePath(`${MEDIA_FOLDER}/logo.svg`)}".`,
    );
    return;
  }
  const written = mediaReference(value);
  // in a field, "media/x" is as plain as "/media/x": it is no link, so nothing reads it relative to a page
  const reference = written && value.startsWith(`${MEDIA_FOLDER}/`) ? { ...written, relative: false } : written;
  if (!reference) {
    // a bare name ("logo.svg") or another folder: the file of that name in media/ is likely meant
    const guesses = nearestMedia(`${MEDIA_FOLDER}/${value.slice(value.lastIndexOf("/") + 1)}`, context.mediaFiles);
    report(
      problems,
      source,
      path,
      `${describe(value)} er ikke en fil i ${MEDIA_FOLDER}/; filer i indholdsmappens ${MEDIA_FOLDER}/ skrives /${MEDIA_FOLDER}/<navn>.`,
      guesses.length ? meant(guesses) : `Læg filen i ${MEDIA_FOLDER}/, og skriv f.eks. "${sitePath(`${MEDIA_FOLDER}/logo.svg`)}".`,
    );
    return;
  }
  const problem = mediaProblem(value, reference, context.mediaFiles, "field");
  if (problem) {
    report(problems, source, path, problem.message, problem.hint);
    return;
  }
  checkExtension(source, value, reference.file, extensions, path, problems, `læg det i ${MEDIA_FOLDER}/, `);
}

/** `file` (written `written`) is of one of `extensions`; `where`: where to put the file saved anew */
function checkExtension(
  source: YamlSource,
  written: string,
  file: string,
  extensions: readonly string[],
  path: FieldPath,
  problems: Problem[],
  where = "",
): void {
  const extension = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  if (!file.includes(".") || !extensions.includes(extension)) {
    const types = extensions.map((name) => name.toUpperCase());
    report(
      problems,
      source,
      path,
      `${describe(written)} er ikke en ${types.slice(0, -1).join(", ")}${types.length > 1 ? " eller " : ""}${types.at(-1)}-fil.`,
      `Gem ${extensions.includes("pdf") ? "filen" : "billedet"} som ${types.join(" eller ")}, ${where}og ret feltet.`,
    );
  }
}

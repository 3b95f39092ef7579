// The rules for one text value of the front-matter: what no page, feed or calendar can carry,
// and how long a name, a heading or a text may be; and how a problem is put on its line.
import { hasSlug } from "../slug.ts";
import type { FieldPath, YamlSource } from "./parse.ts";
import type { Problem } from "./problems.ts";
import type { Field } from "./schema.ts";
import { explainForbidden, forbiddenIn, quoted } from "./text.ts";
import { dotted } from "./values.ts";

/**
 * How long a text may be. A name that gets a page of its own becomes a page title, a link
 * text in every list and a URL: past PAGE_NAME_MAX characters it is no longer a name but a
 * paragraph, and an error. Titles past HEADING_MAX and other texts past TEXT_MAX still
 * publish, with a warning, as they are probably pasted by mistake.
 */
const LIMITS = { PAGE_NAME_MAX: 200, HEADING_MAX: 200, TEXT_MAX: 1000 } as const;

// Module functions rather than closures in checkValue (check-fields.ts): it runs for every
// field of every file, and each closure costs a property definition under tsx (esbuild's keepNames).
export function report(problems: Problem[], source: YamlSource, at: FieldPath, message: string, hint?: string): void {
  problems.push({ severity: "error", file: source.file, ...source.positionOf(at), field: dotted(at), message, hint });
}

export function warn(problems: Problem[], source: YamlSource, at: FieldPath, message: string, hint?: string): void {
  problems.push({ severity: "warning", file: source.file, ...source.positionOf(at), field: dotted(at), message, hint });
}

/** False, after reporting it, when `text` holds a character the output cannot carry. */
export function checkCharacters(source: YamlSource, text: string, field: Field, path: FieldPath, problems: Problem[]): boolean {
  const found = forbiddenIn(text, field.use ? "name" : "value");
  if (!found) return true;
  const { message, hint } = explainForbidden(found.char);
  const before = text.slice(Math.max(0, found.index - 30), found.index);
  report(problems, source, path, `${message}${before.trim() ? ` Det står efter ${quoted(before, 30)}.` : ""}`, hint);
  return false;
}

/** Names need a letter or digit for their page's address, and a length a page title can have. */
export function checkText(source: YamlSource, text: string, field: Field, path: FieldPath, problems: Problem[]): void {
  if (field.use === "page") {
    if (!hasSlug(text)) {
      report(
        problems,
        source,
        path,
        `${quoted(text)} indeholder hverken bogstaver eller tal, så det kan ikke få sin egen side.`,
        "Skriv navnet med bogstaver.",
      );
    } else if (text.length > LIMITS.PAGE_NAME_MAX) {
      report(
        problems,
        source,
        path,
        `er ${text.length} tegn langt; et navn, der får sin egen side, må højst være ${LIMITS.PAGE_NAME_MAX} tegn, for det står som sidens titel og i hver liste.`,
        "Skriv navnet kortere, og sæt resten i referatets tekst.",
      );
    }
    return;
  }
  const max = field.use === "heading" ? LIMITS.HEADING_MAX : LIMITS.TEXT_MAX;
  if (text.length > max) {
    const why =
      field.use === "heading"
        ? `en overskrift på over ${max} tegn er svær at læse i lister, søgeresultater og feeds`
        : `over ${max} tegn er svært at læse i lister og feeds, hvor feltet også står`;
    warn(
      problems,
      source,
      path,
      `er ${text.length} tegn lang; ${why}.`,
      field.use === "heading"
        ? "Skriv en kortere overskrift, og sæt resten i teksten."
        : "Skriv det kortere, og sæt resten i teksten under felterne.",
    );
  }
}

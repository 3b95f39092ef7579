// Checks front-matter values against the field descriptions of schema.ts and phrases each
// problem for an editor: what was found, what was expected, and the likely fix.
import { isCalendarDate, isTimeOfDay } from "../dates.ts";
import { nearest } from "./nearest.ts";
import type { FieldPath, YamlSource } from "./parse.ts";
import type { Problem } from "./problems.ts";
import type { Field, FieldType } from "./schema.ts";
import { checkNumber } from "./check-numbers.ts";
import { checkString, type StringContext } from "./check-strings.ts";
import { checkCharacters, checkText, report } from "./check-text.ts";
import { describe, dotted, FIRST_DAY, isBlank, isHttpsUrl, isInDateRange, isRecord, LAST_DAY, suggestDate, suggestTime } from "./values.ts";

export interface FieldContext extends StringContext {
  regionKeys: readonly string[];
}

/** unknown keys reported one by one in one place; the rest are counted, so one broken file cannot flood the report */
export const UNKNOWN_SHOWN = 20;

/** Checks `value` (the fields at `path`) against `fields`; pushes every problem found. */
export function checkFields(
  source: YamlSource,
  value: Record<string, unknown>,
  fields: readonly Field[],
  path: FieldPath,
  context: FieldContext,
  problems: Problem[],
): void {
  const known = fields.map((field) => field.key);
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  for (const key of unknown.slice(0, UNKNOWN_SHOWN)) problems.push(unknownField(source, fields, known, [...path, key]));
  if (unknown.length > UNKNOWN_SHOWN) {
    const more = unknown.length - UNKNOWN_SHOWN;
    problems.push({
      severity: "error",
      file: source.file,
      ...source.keyPositionOf([...path, unknown[UNKNOWN_SHOWN]!]),
      field: path.length ? dotted(path) : undefined,
      message: `og ${more} ukendte felter mere her; kendte felter her: ${known.join(", ")}.`,
      hint: "Ret de ukendte felter ovenfor, og kør npm run check igen.",
    });
  }
  for (const field of fields) {
    const fieldPath = [...path, field.key];
    const fieldValue = value[field.key];
    if (isBlank(fieldValue)) {
      if (field.requiredUnless && value[field.requiredUnless] !== true) {
        problems.push({
          severity: "error",
          file: source.file,
          ...source.positionOf(fieldPath),
          field: dotted(fieldPath),
          message: `mangler (${field.label}); det kan kun udelades med ${field.requiredUnless}: true.`,
          hint: `Tilføj f.eks. ${field.key}: ${field.example}, eller ${field.requiredUnless}: true.`,
        });
      } else if (field.required) {
        problems.push({
          severity: "error",
          file: source.file,
          ...source.positionOf(fieldPath),
          field: dotted(fieldPath),
          message: `mangler (${field.label}).`,
          hint: `Tilføj f.eks. ${field.key}: ${field.example}`,
        });
      }
      continue;
    }
    checkValue(source, fieldValue, field, fieldPath, context, problems);
  }
}

/**
 * A key the schema does not know. A key that belongs one level down (`city:` written beside
 * `venue:` instead of under it, a speaker's `organisation:` without its "- ") is told so: the
 * nearest spelling would send the editor the wrong way.
 */
function unknownField(source: YamlSource, fields: readonly Field[], known: readonly string[], path: FieldPath): Problem {
  const key = String(path.at(-1));
  const homes = fields.filter(
    (field) => (field.type.kind === "object" || field.type.kind === "object-list") && field.type.fields.some((inner) => inner.key === key),
  );
  const guess = homes.length ? undefined : nearest(key, known);
  const home = homes
    .map((field) => (field.type.kind === "object-list" ? `${field.key} (hvert punkt med "- " foran)` : field.key))
    .join(" eller ");
  return {
    severity: "error",
    file: source.file,
    ...source.keyPositionOf(path),
    field: dotted(path),
    message: `ukendt felt; det ville ikke blive vist nogen steder. Kendte felter her: ${known.join(", ")}.`,
    hint: home
      ? `Feltet hører til under ${home}: ryk det ind med mellemrum, så det står under de andre felter dér.`
      : guess
        ? `Mente du "${guess}"?`
        : undefined,
  };
}

function expected(value: unknown, what: string): string {
  return `fandt ${describe(value)}, men forventede ${what}.`;
}

function reportNotAList(problems: Problem[], source: YamlSource, path: FieldPath, value: unknown, key: string): void {
  report(problems, source, path, expected(value, "en liste"), `Skriv hvert punkt på sin egen linje under ${key}: med "  - " foran.`);
}

function checkValue(source: YamlSource, value: unknown, field: Field, path: FieldPath, context: FieldContext, problems: Problem[]): void {
  // one test for every string: what no page, feed or calendar can carry
  if (typeof value === "string" && !checkCharacters(source, value, field, path, problems)) return;
  const type: FieldType = field.type;
  switch (type.kind) {
    case "text":
      if (typeof value !== "string")
        report(problems, source, path, expected(value, `tekst`), `Sæt værdien i anførselstegn, f.eks. ${field.key}: "${String(value)}"`);
      else checkText(source, value, field, path, problems);
      return;
    case "date":
      if (typeof value !== "string" || !isCalendarDate(value)) {
        const fix = typeof value === "string" ? suggestDate(value) : undefined;
        report(
          problems,
          source,
          path,
          expected(value, "en dato på formen ÅÅÅÅ-MM-DD, f.eks. 2017-03-07"),
          fix ? `Mente du ${fix}?` : undefined,
        );
      } else if (!isInDateRange(value)) {
        report(
          problems,
          source,
          path,
          `datoen ${value} ligger uden for ${FIRST_DAY.slice(0, 4)}-${LAST_DAY.slice(0, 4)}, som kalendere og feeds kan vise.`,
          "Tjek årstallet.",
        );
      }
      return;
    case "time":
      if (typeof value !== "string" || !isTimeOfDay(value)) {
        const fix = suggestTime(value);
        report(
          problems,
          source,
          path,
          expected(value, "et klokkeslæt på formen TT:MM, f.eks. 10:00"),
          fix ? `Mente du "${fix}"?` : undefined,
        );
      }
      return;
    case "boolean":
      if (typeof value !== "boolean") {
        const fix = typeof value === "string" ? { ja: "true", nej: "false", yes: "true", no: "false" }[value.toLowerCase()] : undefined;
        report(problems, source, path, expected(value, "true eller false"), fix ? `Skriv ${field.key}: ${fix}` : undefined);
      }
      return;
    case "https-url":
      if (typeof value !== "string" || !isHttpsUrl(value, type.plain)) {
        const fix =
          typeof value === "string" && value.startsWith("http://") && isHttpsUrl(`https://${value.slice(7)}`, type.plain)
            ? `"https://${value.slice(7)}"`
            : undefined;
        const what = type.plain
          ? "en almindelig https-adresse: den skal begynde med https://, må have en sti, men ingen mellemrum, intet brugernavn (@), ingen ? og ingen #, og stien ingen //, : eller *"
          : "en fuld adresse, der begynder med https://";
        report(problems, source, path, expected(value, `${what}, f.eks. ${field.example}`), fix ? `Mente du ${fix}?` : undefined);
      }
      return;
    case "region":
      if (typeof value !== "string" || !context.regionKeys.includes(value)) {
        const guess = typeof value === "string" ? nearest(value, context.regionKeys) : undefined;
        report(
          problems,
          source,
          path,
          expected(value, `en region fra _data/regions.yaml: ${context.regionKeys.join(", ")}`),
          guess ? `Mente du "${guess}"?` : undefined,
        );
      }
      return;
    case "one-of":
      if (typeof value !== "string" || !type.values.includes(value)) {
        const guess = typeof value === "string" ? nearest(value, type.values) : undefined;
        report(problems, source, path, expected(value, `en af ${type.values.join(", ")}`), guess ? `Mente du "${guess}"?` : undefined);
      }
      return;
    case "speaker-ref":
    case "whole-number":
      checkNumber(source, value, field, type, path, problems);
      return;
    case "media-file":
    case "email":
    case "phone":
    case "pattern":
      checkString(source, value, field, type, path, context, problems);
      return;
    case "text-list":
    case "meeting-ref-list":
      if (!Array.isArray(value)) {
        reportNotAList(problems, source, path, value, field.key);
        return;
      }
      value.forEach((item, index) => {
        const at = [...path, index];
        if (typeof item !== "string" || item.trim() === "")
          report(problems, source, at, `punkt ${index + 1}: fandt ${describe(item)}, men forventede tekst.`);
        else if (checkCharacters(source, item, field, at, problems) && type.kind === "text-list")
          checkText(source, item, field, at, problems);
      });
      return;
    case "object":
      if (!isRecord(value)) {
        report(
          problems,
          source,
          path,
          expected(value, "felter under hinanden, rykket ind med mellemrum"),
          `Se eksemplet: ${field.key}: ${field.example}`,
        );
        return;
      }
      checkFields(source, value, type.fields, path, context, problems);
      return;
    case "object-list":
      if (!Array.isArray(value)) {
        reportNotAList(problems, source, path, value, field.key);
        return;
      }
      value.forEach((item, index) => {
        if (isRecord(item)) checkFields(source, item, type.fields, [...path, index], context, problems);
        else
          report(
            problems,
            source,
            [...path, index],
            `punkt ${index + 1}: fandt ${describe(item)}, men forventede felter.`,
            `Se eksemplet: ${field.key}: ${field.example}`,
          );
      });
      return;
  }
}

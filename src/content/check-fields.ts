// Checks front-matter values against the field descriptions of schema.ts and phrases each
// problem for an editor: what was found, what was expected, and the likely fix.
import { isCalendarDate, isTimeOfDay } from "../dates.ts";
import { nearest } from "./nearest.ts";
import type { FieldPath, YamlSource } from "./parse.ts";
import type { Problem } from "./problems.ts";
import type { Field, FieldType } from "./schema.ts";

export interface FieldContext {
  regionKeys: readonly string[];
}

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
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const guess = nearest(key, known);
    problems.push({
      severity: "error",
      file: source.file,
      ...source.keyPositionOf([...path, key]),
      field: dotted([...path, key]),
      message: `ukendt felt; det ville ikke blive vist nogen steder. Kendte felter her: ${known.join(", ")}.`,
      hint: guess ? `Mente du "${guess}"?` : undefined,
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

// Module functions rather than closures in checkValue: it runs for every field of every
// file, and each closure costs a property definition under tsx (esbuild's keepNames).
function report(problems: Problem[], source: YamlSource, at: FieldPath, message: string, hint?: string): void {
  problems.push({ severity: "error", file: source.file, ...source.positionOf(at), field: dotted(at), message, hint });
}

function expected(value: unknown, what: string): string {
  return `fandt ${describe(value)}, men forventede ${what}.`;
}

function checkValue(source: YamlSource, value: unknown, field: Field, path: FieldPath, context: FieldContext, problems: Problem[]): void {
  const type: FieldType = field.type;
  switch (type.kind) {
    case "text":
      if (typeof value !== "string") report(problems, source, path, expected(value, `tekst`), `Sæt værdien i anførselstegn, f.eks. ${field.key}: "${String(value)}"`);
      return;
    case "date":
      if (typeof value !== "string" || !isCalendarDate(value)) {
        const fix = typeof value === "string" ? suggestDate(value) : undefined;
        report(problems, source, path, expected(value, "en dato på formen ÅÅÅÅ-MM-DD, f.eks. 2017-03-07"), fix ? `Mente du ${fix}?` : undefined);
      }
      return;
    case "time":
      if (typeof value !== "string" || !isTimeOfDay(value)) {
        const fix = suggestTime(value);
        report(problems, source, path, expected(value, 'et klokkeslæt på formen TT:MM, f.eks. "10:00"'), fix ? `Mente du "${fix}"?` : undefined);
      }
      return;
    case "boolean":
      if (typeof value !== "boolean") {
        const fix = typeof value === "string" ? { ja: "true", nej: "false", yes: "true", no: "false" }[value.toLowerCase()] : undefined;
        report(problems, source, path, expected(value, "true eller false"), fix ? `Skriv ${field.key}: ${fix}` : undefined);
      }
      return;
    case "https-url":
      if (typeof value !== "string" || !isHttpsUrl(value)) {
        const fix = typeof value === "string" && value.startsWith("http://") ? `"https://${value.slice(7)}"` : undefined;
        report(problems, source, path, expected(value, 'en fuld adresse, der begynder med https://, f.eks. "https://www.kl.dk/"'), fix ? `Mente du ${fix}?` : undefined);
      }
      return;
    case "region":
      if (typeof value !== "string" || !context.regionKeys.includes(value)) {
        const guess = typeof value === "string" ? nearest(value, context.regionKeys) : undefined;
        report(problems, source, path, expected(value, `en region fra _data/regions.yaml: ${context.regionKeys.join(", ")}`), guess ? `Mente du "${guess}"?` : undefined);
      }
      return;
    case "one-of":
      if (typeof value !== "string" || !type.values.includes(value)) {
        const guess = typeof value === "string" ? nearest(value, type.values) : undefined;
        report(problems, source, path, expected(value, `en af ${type.values.join(", ")}`), guess ? `Mente du "${guess}"?` : undefined);
      }
      return;
    case "text-list":
    case "meeting-ref-list":
      if (!Array.isArray(value)) {
        report(problems, source, path, expected(value, "en liste"), `Skriv hvert punkt på sin egen linje under ${field.key}: med "  - " foran.`);
        return;
      }
      value.forEach((item, index) => {
        if (typeof item !== "string" || item.trim() === "") report(problems, source, [...path, index], `punkt ${index + 1}: fandt ${describe(item)}, men forventede tekst.`);
      });
      return;
    case "object":
      if (!isRecord(value)) {
        report(problems, source, path, expected(value, "felter under hinanden, rykket ind med mellemrum"), `Se eksemplet: ${field.key}: ${field.example}`);
        return;
      }
      checkFields(source, value, type.fields, path, context, problems);
      return;
    case "object-list":
      if (!Array.isArray(value)) {
        report(problems, source, path, expected(value, "en liste"), `Skriv hvert punkt på sin egen linje under ${field.key}: med "  - " foran.`);
        return;
      }
      value.forEach((item, index) => {
        if (isRecord(item)) checkFields(source, item, type.fields, [...path, index], context, problems);
        else report(problems, source, [...path, index], `punkt ${index + 1}: fandt ${describe(item)}, men forventede felter.`, `Se eksemplet: ${field.key}: ${field.example}`);
      });
      return;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === "https:";
  } catch {
    return false;
  }
}

export function dotted(path: FieldPath): string {
  return path.map((step) => (typeof step === "number" ? `[${step}]` : step)).join(".").replace(/\.\[/g, "[");
}

/** How a value looks to an editor, in Danish. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return "ingenting";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === "number") return `tallet ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (Array.isArray(value)) return "en liste";
  return "felter";
}

/** "7.3.2017", "07-03-2017" → "2017-03-07" */
function suggestDate(text: string): string | undefined {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** "9:30", "9.30", "0930" → "09:30"; YAML reads an unquoted 9.30 as the number 9.3 */
function suggestTime(value: unknown): string | undefined {
  const written = typeof value === "number" ? value.toFixed(2) : String(value);
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(written.trim());
  if (!match) return undefined;
  const time = `${match[1]!.padStart(2, "0")}:${match[2]}`;
  return isTimeOfDay(time) ? time : undefined;
}

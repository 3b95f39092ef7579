// The field types written as numbers: a whole number in a range (a size limit in site.yaml),
// and a reference to a talk of the meeting, by its number or its speaker's name.
import { report } from "./check-text.ts";
import type { FieldPath, YamlSource } from "./parse.ts";
import type { Problem } from "./problems.ts";
import type { Field, FieldType } from "./schema.ts";
import { describe } from "./values.ts";

type NumberKind = Extract<FieldType, { kind: "speaker-ref" | "whole-number" }>;

export function checkNumber(
  source: YamlSource,
  value: unknown,
  field: Field,
  type: NumberKind,
  path: FieldPath,
  problems: Problem[],
): void {
  const whole = typeof value === "number" && Number.isInteger(value);
  if (type.kind === "speaker-ref") {
    // which talk it is, and whether the meeting has it, is the meeting's own check (validate.ts)
    if (!(typeof value === "string" && value.trim() !== "") && !(whole && value >= 1))
      report(
        problems,
        source,
        path,
        `fandt ${describe(value)}, men forventede nummeret på et oplæg, talt fra 1, eller oplægsholderens navn.`,
        `Skriv f.eks. ${field.key}: 1`,
      );
  } else if (!whole || value < type.min || value > type.max) {
    report(
      problems,
      source,
      path,
      `fandt ${describe(value)}, men forventede et helt tal fra ${type.min} til ${type.max}.`,
      `Skriv f.eks. ${field.key}: ${field.example}`,
    );
  }
}

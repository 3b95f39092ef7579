// The corpus's sentences, its YAML, and its day arithmetic.
import { slugify } from "../slug.ts";
import { Random } from "./random.ts";
import { OBJECTS, SUBJECTS, TAILS, VERBS } from "./words.ts";
import { type Speaker } from "./world.ts";

// ---- text ---------------------------------------------------------------------------------

/** "Deltagerne efterlyste fælles standarder for integrationer, især i de mindre kommuner." */
export function sentence(random: Random): string {
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}${random.pick(TAILS)}.`;
}

export function paragraph(random: Random, least: number, most: number): string {
  return Array.from({ length: random.int(least, most) }, () => sentence(random)).join(" ");
}

/** A theme inside a sentence: "Brugerstyring" → "brugerstyring", but "GDPR i praksis" stays. */
export function inSentence(theme: string): string {
  return /^\p{Lu}\p{Ll}/u.test(theme) ? theme[0]!.toLowerCase() + theme.slice(1) : theme;
}

export function capitalised(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

/** "A, B og C" */
export function joined(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}

/** A title's slug cut at a word boundary, so that file names stay readable. */
export function shortSlug(title: string): string {
  const slug = slugify(title);
  return slug.length <= 60 ? slug : slug.slice(0, 60).replace(/-[^-]*$/, "");
}

/** `name`, or `name-2`, `name-3`, ... the first that is not taken */
export function unique(name: string, isTaken: (candidate: string) => boolean): string {
  let candidate = name;
  for (let n = 2; isTaken(candidate); n++) candidate = `${name}-${n}`;
  return candidate;
}

// ---- YAML ---------------------------------------------------------------------------------
// Written by hand, one key a line as editors write it. Strings are JSON-quoted: every JSON
// string is a valid double-quoted YAML scalar.

export function yamlLines(fields: Record<string, string | boolean | undefined>, indent = ""): string[] {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${indent}${key}: ${typeof value === "string" ? JSON.stringify(value) : value}`);
}

export function yamlList(key: string, items: readonly string[], quoted = true): string[] {
  if (!items.length) return [];
  return [`${key}:`, ...items.map((item) => `  - ${quoted ? JSON.stringify(item) : item}`)];
}

/** A list of objects: the first field on the dash's line, the rest under it. */
export function yamlObjects(key: string, items: readonly Speaker[]): string[] {
  if (!items.length) return [];
  const entries = items.map((item) =>
    yamlLines({ ...item }, "    ").map((line, index) => (index === 0 ? `  - ${line.trimStart()}` : line)),
  );
  return [`${key}:`, ...entries.flat()];
}

// ---- days ---------------------------------------------------------------------------------
// Calendar days as whole numbers of days since 1970-01-01, in UTC, so that no time zone moves them.

export const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function randomDay(random: Random, first: string, last: string): string {
  return isoDay(random.int(dayNumber(first), dayNumber(last)));
}

/** The network meets on weekdays: a Saturday or Sunday moves to the Monday after. */
export function randomWeekday(random: Random, first: string, last: string): string {
  const day = random.int(dayNumber(first), dayNumber(last));
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return isoDay(weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day);
}

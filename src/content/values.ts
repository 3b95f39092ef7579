// What a front-matter value is, and how it reads to an editor: the small tests and phrasings
// that checking a field (check-fields.ts), a file (validate.ts) and the command lines share.
import { isCalendarDate, isTimeOfDay } from "../dates.ts";
import type { FieldPath } from "./positions.ts";
import { quoted } from "./text.ts";

/** the calendar days a date may name: what calendars, feeds and people read without surprise */
export const FIRST_DAY = "1900-01-01";
export const LAST_DAY = "2199-12-31";

export function isInDateRange(date: string): boolean {
  return date >= FIRST_DAY && date <= LAST_DAY;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * An absolute https address as written, with nothing a URL parser would quietly drop (spaces).
 * `plain`: also no user name or password, query or fragment, as the site's own address is
 * published on every page and copied into every feed and calendar; and a path that can be the
 * base path of every URL (routes.ts): no empty step ("//" would make "//sti/" a link to a
 * host named "sti"), and no ":" or "*", which hosts' configuration files read as patterns.
 */
export function isHttpsUrl(text: string, plain = false): boolean {
  if (/\s/.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== "https:") return false;
  return !plain || (!/[@?#\\"<>`{|}^]/.test(text) && url.hostname !== "" && /^(\/[^/:*]+)*\/?$/.test(url.pathname));
}

/**
 * A field as an editor finds it: `speakers[2].organisation` for the second speaker's. List
 * positions count from 1, as in "punkt 2", not from 0 as the code does.
 */
export function dotted(path: FieldPath): string {
  return path
    .map((step) => (typeof step === "number" ? `[${step + 1}]` : step))
    .join(".")
    .replace(/\.\[/g, "[");
}

/** How a value looks to an editor, in Danish; text is clipped and escaped to one line. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return "ingenting";
  if (typeof value === "string") return quoted(value);
  if (typeof value === "number") return `tallet ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (Array.isArray(value)) return "en liste";
  return "felter";
}

/** "7.3.2017", "07-03-2017" → "2017-03-07" */
export function suggestDate(text: string): string | undefined {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** "9:30", "9.30", "0930" → "09:30"; YAML reads an unquoted 9.30 as the number 9.3 */
export function suggestTime(value: unknown): string | undefined {
  const written = typeof value === "number" ? value.toFixed(2) : String(value);
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(written.trim());
  if (!match) return undefined;
  const time = `${match[1]!.padStart(2, "0")}:${match[2]}`;
  return isTimeOfDay(time) ? time : undefined;
}

// iCalendar (RFC 5545) text for meetings: one VEVENT per meeting, written once per build
// and put into every calendar the meeting belongs to. Times are local Copenhagen time with
// the zone's rules in a VTIMEZONE, so calendar clients show the time the editor wrote.
import { i18n } from "../i18n/index.ts";

const CRLF = "\r\n";
const ZONE = "Europe/Copenhagen";

/**
 * RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. Line
 * and paragraph separators (U+2028, U+2029, as pasted from word processors) are newlines too.
 */
export function escapeText(text: string): string {
  return text.replace(/([\\;,])/g, "\\$1").replace(/\r\n|[\r\n\u2028\u2029]/g, "\\n");
}

/**
 * Control characters end a content line in some parsers, so one in a value (a site URL with
 * a CRLF in it, say) could start a property or an event of its own. RFC 5545 3.1 allows none
 * in a value but the tab; every line is written through `lines`, which drops them, so no
 * property can let one through. C1 controls and U+2028/U+2029 go as well: some parsers split
 * lines at those too.
 */
function withoutControlCharacters(line: string): string {
  return line.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, "");
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and a space, never inside
 * a UTF-8 sequence (so "ø" and emoji survive whole).
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    // the first line holds 75 octets; continuation lines start with a space, so 74 more
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = "";
      octets = 0;
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join(`${CRLF} `);
}

/** Content lines, each cleaned of control characters and folded: the only way text gets into a calendar. */
function lines(...contentLines: (string | false | undefined)[]): string {
  return contentLines
    .filter((line): line is string => typeof line === "string")
    .map((line) => foldLine(withoutControlCharacters(line)) + CRLF)
    .join("");
}

export interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM local time; none for an all-day event */
  start?: string;
  end?: string;
  summary: string;
  description: string;
  location?: string;
  url: string;
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  categories: string[];
  /** files to fetch from the event (a meeting's materials): absolute URLs and their media types */
  attachments?: { url: string; mime: string }[];
}

/**
 * RFC 5545 3.2: a parameter value with a colon, semicolon or comma is quoted, and none can
 * hold a double quote. A media type has none of them; this keeps one that did from ending
 * the parameter early.
 */
function parameterValue(value: string): string {
  const bare = value.replaceAll('"', "");
  return /[:;,]/.test(bare) ? `"${bare}"` : bare;
}

const compactDate = (date: string) => date.replaceAll("-", "");
const localDateTime = (date: string, time: string) => `${compactDate(date)}T${time.replace(":", "")}00`;

/**
 * The day after `date`, or none after 9999-12-31: an iCalendar date has four digits of year.
 * Date does the calendar arithmetic (month ends, leap days); the ISO string keeps years below
 * 100 from being read as 19xx.
 */
function nextDay(date: string): string | undefined {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  const next = day.toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(next) ? next : undefined;
}

/** How long a meeting with a start time but no end lasts in calendars. */
export const DEFAULT_HOURS = 2;

/** "HH:MM" `hours` later on the same day, or none when that is midnight or after. */
function hoursLater(time: string, hours: number): string | undefined {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + hours * 60;
  if (minutes >= 24 * 60) return undefined;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The event's DTEND. An all-day event ends (exclusively) the next day; a timed one at its
 * end, or without one DEFAULT_HOURS after its start but no later than midnight, so that no
 * meeting is a zero-length event or runs into the next day. In local (wall-clock) time, as
 * the editor wrote it.
 */
function dtend({ date, start, end }: CalendarEvent): string | undefined {
  if (start === undefined) {
    const next = nextDay(date);
    // without DTEND an all-day event lasts one day (RFC 5545 3.6.1)
    return next === undefined ? undefined : `DTEND;VALUE=DATE:${compactDate(next)}`;
  }
  const until = end ?? hoursLater(start, DEFAULT_HOURS);
  if (until !== undefined) return `DTEND;TZID=${ZONE}:${localDateTime(date, until)}`;
  const midnight = nextDay(date);
  return midnight === undefined ? undefined : `DTEND;TZID=${ZONE}:${localDateTime(midnight, "00:00")}`;
}

/**
 * One VEVENT. `stamp` (DTSTAMP, required) is the build's day, so that the same content and
 * the same "now" give the same file.
 */
export function vevent(event: CalendarEvent, stamp: string): string {
  return lines(
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${compactDate(stamp)}T000000Z`,
    event.start !== undefined
      ? `DTSTART;TZID=${ZONE}:${localDateTime(event.date, event.start)}`
      : `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    dtend(event),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    event.location !== undefined && `LOCATION:${escapeText(event.location)}`,
    event.categories.length > 0 && `CATEGORIES:${event.categories.map(escapeText).join(",")}`,
    `URL:${event.url}`,
    // RFC 5545 3.8.1.1: a URI, which like URL's takes no TEXT escapes
    ...(event.attachments ?? []).map(({ url, mime }) => `ATTACH;FMTTYPE=${parameterValue(mime)}:${url}`),
    `STATUS:${event.status}`,
    // a client that has the event already replaces it only when the sequence goes up
    `SEQUENCE:${event.status === "CONFIRMED" ? 0 : 1}`,
    "END:VEVENT",
  );
}

// Denmark has kept the EU's rule since 1996: summer time from the last Sunday of March at
// 02:00 to the last Sunday of October at 03:00.
const VTIMEZONE = lines(
  "BEGIN:VTIMEZONE",
  `TZID:${ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
);

/** A whole calendar around VEVENTs made by `vevent`. */
export function vcalendar(name: string, events: readonly string[]): string {
  return (
    lines(
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      `PRODID:${i18n.calendarProductId}`,
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      `X-WR-CALNAME:${escapeText(name)}`,
      `X-WR-TIMEZONE:${ZONE}`,
    ) +
    VTIMEZONE +
    events.join("") +
    lines("END:VCALENDAR")
  );
}

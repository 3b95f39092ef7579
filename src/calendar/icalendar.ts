// iCalendar (RFC 5545) text for meetings: one VEVENT per meeting, written once per build
// and put into every calendar the meeting belongs to. Times are local Copenhagen time with
// the zone's rules in a VTIMEZONE, so calendar clients show the time the editor wrote.

const CRLF = "\r\n";
const ZONE = "Europe/Copenhagen";

/** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
export function escapeText(text: string): string {
  return withoutControlCharacters(text).replace(/([\\;,])/g, "\\$1").replace(/\r\n|\r|\n/g, "\\n");
}

function withoutControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
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

function lines(...contentLines: (string | false | undefined)[]): string {
  return contentLines
    .filter((line): line is string => typeof line === "string")
    .map((line) => foldLine(line) + CRLF)
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
}

const compactDate = (date: string) => date.replaceAll("-", "");
const localDateTime = (date: string, time: string) => `${compactDate(date)}T${time.replace(":", "")}00`;

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * One VEVENT. `stamp` (DTSTAMP, required) is the build's day, so that the same content and
 * the same "now" give the same file.
 */
export function vevent(event: CalendarEvent, stamp: string): string {
  const timed = event.start !== undefined;
  return lines(
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${compactDate(stamp)}T000000Z`,
    timed ? `DTSTART;TZID=${ZONE}:${localDateTime(event.date, event.start!)}` : `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    timed ? event.end !== undefined && `DTEND;TZID=${ZONE}:${localDateTime(event.date, event.end)}` : `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    event.location !== undefined && `LOCATION:${escapeText(event.location)}`,
    event.categories.length > 0 && `CATEGORIES:${event.categories.map(escapeText).join(",")}`,
    `URL:${event.url}`,
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
    lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//referat//referat//DA", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(name)}`, `X-WR-TIMEZONE:${ZONE}`) +
    VTIMEZONE +
    events.join("") +
    lines("END:VCALENDAR")
  );
}

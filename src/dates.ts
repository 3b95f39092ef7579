// Dates in content are calendar days in Europe/Copenhagen. They are kept as "YYYY-MM-DD"
// strings all the way through (never as JavaScript Dates at midnight UTC), so no time zone
// can shift them by a day; luxon formats them in the site's language (src/i18n/).
import { DateTime } from "luxon";
import { i18n } from "./i18n/index.ts";
import { remember } from "./memo.ts";

export const ZONE = "Europe/Copenhagen";
const { locale, dates } = i18n;

/**
 * A content date as a luxon day. The day is already the Copenhagen calendar day, so it is
 * formatted as it stands, in UTC: no time-zone arithmetic can move it, and none is paid for.
 */
function day(isoDate: string): DateTime {
  const parsed = DateTime.fromISO(isoDate, { zone: "UTC", locale });
  if (!parsed.isValid) throw new Error(`not a calendar date: ${isoDate}`);
  return parsed;
}

/** "tirsdag 7. marts 2017"; remembered, as a site shows the same few thousand days on tens of thousands of pages */
export const longDate = remember((isoDate) => day(isoDate).toFormat(dates.long));

/** "2017-03" → "marts 2017" */
export const monthName = remember((month) => day(`${month}-01`).toFormat(dates.month));

/** True when the string is a real calendar day written YYYY-MM-DD (rejects 2017-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  // a day that does not exist comes back from Date as another day (2017-02-30) or as none (2017-03-32)
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

/** True for a time of day written HH:MM, 00:00–23:59. */
export function isTimeOfDay(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}

/** Remembered: feeds ask for the same midnights again and again. */
const offsetAt = remember((local) => DateTime.fromISO(local, { zone: ZONE }).toFormat("ZZ"));

/**
 * Copenhagen's offset from UTC through the day, which is one offset from 03:00 (clocks change
 * between 02:00 and 03:00 at night); remembered per day rather than per time, as luxon's zone
 * arithmetic is the costly part.
 */
const dayOffset = remember((date) => offsetAt(`${date}T12:00`));

/** The month's one offset (clocks change at most once a month), or "" when they change in it. */
const monthOffset = remember((month) => {
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const first = offsetAt(`${month}-01T00:00`);
  return first === offsetAt(`${month}-${lastDay}T23:59`) ? first : "";
});

/** "2017-03-16", "10:00" → "2017-03-16T10:00:00+01:00" (RFC 3339, Copenhagen's offset then) */
export function zonedDateTime(date: string, time = "00:00"): string {
  const offset = monthOffset(date.slice(0, 7)) || (time < "03:00" ? offsetAt(`${date}T${time}`) : dayOffset(date));
  return `${date}T${time}:00${offset}`;
}

/**
 * The build's "now" as the calendar day it is in Copenhagen. Accepts "YYYY-MM-DD" or any
 * ISO date-time; defaults to the clock.
 */
export function todayIn(now?: string): string {
  const instant = now ? DateTime.fromISO(now, { zone: ZONE }) : DateTime.now().setZone(ZONE);
  if (!instant.isValid) throw new Error(`"now" must be an ISO date like 2026-11-27, got "${now}"`);
  return instant.setZone(ZONE).toISODate() as string;
}

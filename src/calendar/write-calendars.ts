// Calendars are data files, not pages: they are written in one pass once Eleventy has
// written the pages. As virtual templates (one page per meeting's own calendar) they cost
// 1.0 s and 110 MB at 10,000 meetings, all of it Eleventy's per-page machinery; written here,
// about 0.1 s.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { routes } from "../routes.ts";
import type { SiteData } from "../site/views.ts";
import { eventOf } from "./events.ts";
import { vcalendar } from "./icalendar.ts";

export interface CalendarFile {
  /** its URL, e.g. /regioner/syddanmark/kalender.ics (under the base path) */
  url: string;
  text: string;
}

/** The site's, each region's and each theme's calendar, and each meeting's own. */
export function* calendarFiles(site: SiteData): Generator<CalendarFile> {
  for (const calendar of site.calendars)
    yield {
      url: calendar.url,
      text: vcalendar(
        calendar.name,
        calendar.meetings.map((meeting) => eventOf(meeting, site)),
      ),
    };
  for (const meeting of site.meetings) yield { url: meeting.calendarUrl, text: vcalendar(meeting.title, [eventOf(meeting, site)]) };
}

/** Writes every calendar file; returns their paths, for the dev server's clean-up (preview.ts). */
export function writeCalendars(site: SiteData, outputDir: string): string[] {
  const written: string[] = [];
  for (const { url, text } of calendarFiles(site)) {
    const path = join(outputDir, routes.file(url));
    written.push(path);
    // a meeting's folder exists already (its page is in it): make folders only when missing
    try {
      writeFileSync(path, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return written;
}

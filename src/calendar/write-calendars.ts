// Calendars are data files, not pages: they are written in one pass once Eleventy has
// written the pages. As virtual templates (one page per meeting's own calendar) they cost
// 1.0 s and 110 MB at 10,000 meetings, all of it Eleventy's per-page machinery; written here,
// about 0.1 s.
import { writeTextFiles, type TextFile } from "../publish/files.ts";
import type { SiteData } from "../site/views.ts";
import { eventOf } from "./events.ts";
import { vcalendar } from "./icalendar.ts";

/** The site's, each region's and each theme's calendar, and each meeting's own. */
export function* calendarFiles(site: SiteData): Generator<TextFile> {
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
  return writeTextFiles(calendarFiles(site), outputDir);
}

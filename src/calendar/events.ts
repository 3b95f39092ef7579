// A meeting as an iCalendar VEVENT, made once per build and put into every calendar it is in
// (the site's, its region's, its themes', its own).
import { longDate } from "../dates.ts";
import { itemTitle } from "../format/item-title.ts";
import { venueLine } from "../format/venue-line.ts";
import { i18n } from "../i18n/index.ts";
import type { MeetingView, SiteData } from "../site/views.ts";
import { routes } from "../routes.ts";
import { vevent, type CalendarEvent } from "./icalendar.ts";

const events = new WeakMap<MeetingView, string>();

/** The meeting's VEVENT; DTSTAMP is the build's day, so the same content and "now" give the same file. */
export function eventOf(meeting: MeetingView, site: Pick<SiteData, "settings" | "today">): string {
  let event = events.get(meeting);
  if (event === undefined) {
    event = vevent(calendarEvent(meeting, site.settings.url), site.today);
    events.set(meeting, event);
  }
  return event;
}

function calendarEvent(meeting: MeetingView, siteUrl: string): CalendarEvent {
  const url = routes.absolute(meeting.url);
  const { registration, recording } = meeting;
  const attachments = meeting.materials.flatMap((material) =>
    material.file ? [{ url: routes.absolute(material.url), mime: material.file.mime }] : [],
  );
  const status = meeting.status === "cancelled" ? "CANCELLED" : meeting.status === "postponed" ? "TENTATIVE" : "CONFIRMED";
  return {
    uid: `${meeting.id}@${new URL(siteUrl).host}`,
    date: meeting.date,
    start: meeting.start,
    end: meeting.end,
    summary: itemTitle(meeting),
    // the sign-up only while it is open: the calendar is written again every build, DTSTAMP its day
    description: paragraphs(
      meeting.summary,
      registration?.open ? i18n.calendars.registration(registration.url, registration.deadline && longDate(registration.deadline)) : "",
      recording ? i18n.calendars.recording(recording) : "",
      url,
    ),
    location: venueLine(meeting.venue),
    url,
    status,
    categories: [meeting.theme, ...meeting.topics].map((term) => term.name),
    // left out when there are none, so that a meeting without them is written as it always was
    ...(attachments.length > 0 && { attachments }),
  };
}

/** Text parts as paragraphs, leaving out empty ones: no blank lines before, after or between. */
function paragraphs(...parts: string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join("\n\n");
}

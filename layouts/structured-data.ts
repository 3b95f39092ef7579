// schema.org Event data for a meeting page, so that search engines and calendars can read
// the date, place and status; escaped for the <script> element it goes in.
import type { Settings } from "../src/content/model.ts";
import { zonedDateTime } from "../src/dates.ts";
import { absoluteUrl } from "../src/format/absolute-url.ts";
import { jsonForScript } from "../src/format/json-for-script.ts";
import type { MeetingView } from "../src/site/views.ts";

const EVENT_STATUS = { cancelled: "EventCancelled", postponed: "EventPostponed" } as const;

function localTime(date: string, time: string | undefined): string {
  return time ? zonedDateTime(date, time) : date;
}

export function structuredData(meeting: MeetingView, settings: Settings): string {
  const { venue } = meeting;
  const place = {
    "@type": "Place",
    name: venue.name,
    ...(venue.city && {
      address: { "@type": "PostalAddress", addressLocality: venue.city, streetAddress: venue.address, addressCountry: "DK" },
    }),
  };
  return jsonForScript({
    "@context": "https://schema.org",
    "@type": "Event",
    name: meeting.title,
    description: meeting.summary,
    url: absoluteUrl(meeting.url, settings.url),
    startDate: localTime(meeting.date, meeting.start),
    ...(meeting.end && { endDate: localTime(meeting.date, meeting.end) }),
    eventStatus: `https://schema.org/${meeting.status ? EVENT_STATUS[meeting.status] : "EventScheduled"}`,
    eventAttendanceMode: `https://schema.org/${venue.online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"}`,
    location: venue.online ? { "@type": "VirtualLocation", name: venue.name, url: venue.url } : place,
    about: [meeting.theme, ...meeting.topics].map((term) => term.name),
    performer: meeting.speakers.map(({ person, role, organisation }) =>
      person
        ? { "@type": "Person", name: person.name, jobTitle: role, affiliation: { "@type": "Organization", name: organisation.name } }
        : { "@type": "Organization", name: organisation.name },
    ),
  });
}

// schema.org data for the pages search engines can show as rich results: a meeting as an
// Event (date, place, status, organizer), a news article as a NewsArticle (headline, dates,
// author, publisher). Typed with schema-dts, so a misspelt property or enumeration value is a
// compiler error; shaped to Google's Event and Article guidelines; escaped for the <script>
// element it goes in.
import type {
  DefinedTerm,
  Event,
  EventStatusType,
  ImageObject,
  NewsArticle,
  Organization,
  Place,
  VirtualLocation,
  WithContext,
} from "schema-dts";
import type { Logo, Settings, ShareImage } from "../src/content/model.ts";
import { isCalendarDate, zonedDateTime } from "../src/dates.ts";
import { jsonForScript } from "../src/format/json-for-script.ts";
import { i18n } from "../src/i18n/index.ts";
import { routes } from "../src/routes.ts";
import type { MeetingView, NewsView, TermView } from "../src/site/views.ts";

const SCHEMA = "https://schema.org";

/** Google cuts headlines beyond this on some devices (its Article guidelines) */
const HEADLINE_LENGTH = 110;

/**
 * A picture of site.yaml's as schema.org describes one. Its file is typed as its path in the
 * content folder, "media/<name>", and published at that path under the base path; read with or
 * without a leading "/", so that the model's spelling of it may change without moving the URL.
 */
function picture({ file, alt }: Logo | ShareImage): ImageObject {
  const url = routes.absolute(routes.media(file));
  // alt text describes what the picture shows, which is schema.org's `description`, not a caption
  return { "@type": "ImageObject", url, description: alt };
}

/** The network: it organises every meeting and publishes every article. */
function network(settings: Settings): Organization {
  return {
    "@type": "Organization",
    name: settings.title,
    url: routes.absolute(routes.home),
    ...(settings.logo && { logo: picture(settings.logo) }),
  };
}

/** The share image, where site.yaml has one. */
function image(settings: Settings): ImageObject | undefined {
  return settings.image && picture(settings.image);
}

/** The identity of a meeting's Event, so that a news article can say which meeting it is about. */
function eventId(meetingUrl: string): string {
  return `${routes.absolute(meetingUrl)}#event`;
}

function localTime(date: string, time: string | undefined): string {
  return time ? zonedDateTime(date, time) : date;
}

/**
 * The day a postponed meeting was first planned for, once it has a new date. A meeting's file
 * keeps the date it was first named with when its `date` moves, so that references to it stay
 * valid (docs/content-format.md): a postponed meeting dated otherwise than its file name has
 * been moved from that day. One dated as its file name has no new date yet. A changed date
 * without `status: postponed` may be a mended typo, so it says nothing.
 */
function plannedDate(meeting: MeetingView): string | undefined {
  const named = meeting.id.slice(meeting.id.lastIndexOf("/") + 1).slice(0, 10);
  return meeting.status === "postponed" && isCalendarDate(named) && named !== meeting.date ? named : undefined;
}

/** schema.org's (and Google's) words: postponed is "no new date yet", rescheduled "moved to a known date". */
function eventStatus(meeting: MeetingView, planned: string | undefined): EventStatusType {
  if (meeting.status === "cancelled") return `${SCHEMA}/EventCancelled`;
  if (meeting.status === "postponed") return planned ? `${SCHEMA}/EventRescheduled` : `${SCHEMA}/EventPostponed`;
  return `${SCHEMA}/EventScheduled`;
}

function location(meeting: MeetingView): Place | VirtualLocation {
  const { venue, place } = meeting;
  if (venue.online)
    // Google requires the URL of an online event; without a link to join, the meeting's page is where readers learn how
    return { "@type": "VirtualLocation", name: venue.name, url: venue.url ?? routes.absolute(meeting.url) };
  return {
    "@type": "Place",
    name: venue.name,
    url: routes.absolute(place.url),
    sameAs: venue.url,
    // the networks are Danish municipalities', and an offline venue always has a city (the schema requires it)
    address: { "@type": "PostalAddress", streetAddress: venue.address, addressLocality: venue.city, addressCountry: "DK" },
  };
}

function term(named: TermView): DefinedTerm {
  return { "@type": "DefinedTerm", name: named.name, url: routes.absolute(named.url) };
}

/** A meeting as a schema.org Event (undefined values are left out of the JSON). */
function meetingEvent(meeting: MeetingView, settings: Settings): WithContext<Event> {
  const planned = plannedDate(meeting);
  return {
    "@context": SCHEMA,
    "@type": "Event",
    "@id": eventId(meeting.url),
    name: meeting.title,
    description: meeting.summary || undefined,
    url: routes.absolute(meeting.url),
    inLanguage: i18n.code,
    startDate: localTime(meeting.date, meeting.start),
    endDate: meeting.end && localTime(meeting.date, meeting.end),
    // the day only: the time it was first planned for is not kept
    previousStartDate: planned,
    eventStatus: eventStatus(meeting, planned),
    eventAttendanceMode: `${SCHEMA}/${meeting.venue.online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"}`,
    location: location(meeting),
    organizer: network(settings),
    // the meeting's own picture, as published beside its page, or the site's
    image: meeting.image
      ? { "@type": "ImageObject", url: routes.absolute(meeting.image.url), description: meeting.image.alt }
      : image(settings),
    about: [meeting.theme, ...meeting.topics].map(term),
    performer: meeting.speakers.map(({ person, role, organisation }) => {
      const affiliation: Organization = { "@type": "Organization", name: organisation.name, url: routes.absolute(organisation.url) };
      return person ? { "@type": "Person", name: person.name, url: routes.absolute(person.url), jobTitle: role, affiliation } : affiliation;
    }),
  };
}

/** The title, cut at a word to Google's length for headlines, with an ellipsis where it was cut. */
function headline(title: string): string {
  const characters = Array.from(title);
  if (characters.length <= HEADLINE_LENGTH) return title;
  const cut = characters.slice(0, HEADLINE_LENGTH - 1).join("");
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${atWord || cut}…`;
}

/** A news article as a schema.org NewsArticle. */
function newsArticle(article: NewsView, settings: Settings): WithContext<NewsArticle> {
  const url = routes.absolute(article.url);
  // an article has a day, not a time: the start of that day in Copenhagen, so that no reader's
  // time zone moves it to another day
  const published = zonedDateTime(article.date);
  const publisher = network(settings);
  return {
    "@context": SCHEMA,
    "@type": "NewsArticle",
    headline: headline(article.title),
    // the whole title, where the headline had to be cut
    name: article.title,
    description: article.summary || undefined,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    inLanguage: i18n.code,
    datePublished: published,
    // the content has no date of change: an article is as it was published
    dateModified: published,
    author: article.author ? { "@type": "Person", name: article.author } : publisher,
    publisher,
    image: image(settings),
    about: article.meetings.map((meeting) => ({ "@id": eventId(meeting.url) })),
  };
}

/** The Event of a meeting's page, as the text of its `<script type="application/ld+json">`. */
export function structuredData(meeting: MeetingView, settings: Settings): string {
  return jsonForScript(meetingEvent(meeting, settings));
}

/** The NewsArticle of an article's page, as the text of its `<script type="application/ld+json">`. */
export function newsStructuredData(article: NewsView, settings: Settings): string {
  return jsonForScript(newsArticle(article, settings));
}

// Feeds and calendars, for the whole site, the news, each region and each theme, built once
// per build from the indexes build-site.ts has made. Feeds carry reports and news (an
// announcement of an upcoming meeting is in the calendars, and becomes a feed entry once
// it is held); calendars carry every meeting, past and upcoming.
import { vevent, type CalendarEvent } from "../calendar/icalendar.ts";
import type { Settings } from "../content/model.ts";
import { longDate, zonedDateTime } from "../dates.ts";
import { absoluteLinks } from "../feeds/absolute-links.ts";
import { FEED_LENGTH, type Feed, type FeedEntry } from "../feeds/feed.ts";
import { absoluteUrl } from "../format/absolute-url.ts";
import { escapeHtml } from "../html.ts";
import { newestOf, pushTo } from "./lists.ts";
import { routes, subscriptionOf, type Subscription } from "../routes.ts";
import type { CalendarView, ItemView, MeetingView, NewsView, RegionView, TermView } from "./views.ts";

const TITLE_PREFIX = { cancelled: "Aflyst: ", postponed: "Udsat: " } as const;

/** "Aflyst: …", "Kladde: …": the status travels with the title into feed readers and calendars. */
function titleOf(item: ItemView): string {
  const status = item.kind === "meeting" && item.status ? TITLE_PREFIX[item.status] : "";
  return `${item.draft ? "Kladde: " : ""}${status}${item.title}`;
}

function placeOf({ venue }: MeetingView): string {
  return [venue.name, venue.address, venue.city].filter(Boolean).join(", ") + (venue.online && venue.url ? ` (${venue.url})` : "");
}

class EntryWriter {
  private readonly entries = new Map<ItemView, FeedEntry>();
  private readonly settings: Settings;

  constructor(settings: Settings) {
    this.settings = settings;
  }

  /** Each item's entry is made once, however many feeds it is in. */
  entryOf(item: ItemView): FeedEntry {
    let entry = this.entries.get(item);
    if (!entry) {
      entry = item.kind === "meeting" ? this.meetingEntry(item) : this.newsEntry(item);
      this.entries.set(item, entry);
    }
    return entry;
  }

  private absolute(path: string): string {
    return absoluteUrl(path, this.settings.url);
  }

  private meetingEntry(meeting: MeetingView): FeedEntry {
    const url = this.absolute(meeting.url);
    const facts = `<p>Møde i ${escapeHtml(meeting.region.name)} ${escapeHtml(longDate(meeting.date))}, ${escapeHtml(placeOf(meeting))}.</p>\n`;
    return {
      url,
      title: titleOf(meeting),
      published: zonedDateTime(meeting.date),
      updated: zonedDateTime(meeting.date),
      summary: meeting.summary,
      html: facts + absoluteLinks(meeting.html, url),
      categories: [
        { term: meeting.region.key, label: meeting.region.name },
        ...[meeting.theme, ...meeting.topics].map((term) => ({ term: term.slug, label: term.name })),
      ],
    };
  }

  private newsEntry(article: NewsView): FeedEntry {
    const url = this.absolute(article.url);
    return {
      url,
      title: titleOf(article),
      published: zonedDateTime(article.date),
      updated: zonedDateTime(article.date),
      summary: article.summary,
      html: absoluteLinks(article.html, url),
      author: article.author,
      categories: [],
    };
  }
}

export interface SubscriptionInput {
  settings: Settings;
  today: string;
  /** newest first, like every list below */
  meetings: MeetingView[];
  news: NewsView[];
  regions: RegionView[];
  themes: TermView[];
  byRegion: Map<string, MeetingView[]>;
  byTerm: Map<string, MeetingView[]>;
  /** the meetings each article is about */
  newsAbout: Map<NewsView, MeetingView[]>;
}

export interface Subscriptions {
  siteSubscription: Subscription;
  newsSubscription: Subscription;
  feeds: Feed[];
  calendars: CalendarView[];
}

/** Sets each meeting's calendar event, and returns every feed and calendar of the site. */
export function buildSubscriptions(input: SubscriptionInput): Subscriptions {
  const { settings, today } = input;
  const writer = new EntryWriter(settings);
  const absolute = (path: string) => absoluteUrl(path, settings.url);
  const host = new URL(settings.url).host;
  for (const meeting of input.meetings) meeting.calendarEvent = vevent(calendarEvent(meeting, absolute(meeting.url), host), today);

  // the news about each region's and each theme's meetings, in one pass over the news
  const newsByRegion = new Map<string, NewsView[]>();
  const newsByTerm = new Map<string, NewsView[]>();
  for (const article of input.news) {
    const about = input.newsAbout.get(article) ?? [];
    for (const key of new Set(about.map((meeting) => meeting.region.key))) pushTo(newsByRegion, key, article);
    for (const slug of new Set(about.flatMap((meeting) => [meeting.theme, ...meeting.topics].map((term) => term.slug))))
      pushTo(newsByTerm, slug, article);
  }

  const held = (meetings: readonly MeetingView[]) => meetings.filter((meeting) => !meeting.upcoming);
  const newestContent = newestOf(held(input.meetings), input.news, 1)[0]?.date ?? today;
  const feed = (listUrl: string, title: string, description: string, items: ItemView[]): Feed => ({
    title,
    description,
    listUrl,
    homeUrl: absolute(listUrl),
    atomUrl: absolute(routes.atomFeed(listUrl)),
    jsonUrl: absolute(routes.jsonFeed(listUrl)),
    author: settings.title,
    updated: zonedDateTime(items[0]?.date ?? newestContent),
    entries: items.map((item) => writer.entryOf(item)),
  });
  const reportsAndNews = (meetings: readonly MeetingView[], news: readonly NewsView[]) => newestOf(held(meetings), news, FEED_LENGTH);

  const feeds: Feed[] = [
    feed(
      routes.home,
      settings.title,
      settings.description || `Mødereferater og nyheder fra ${settings.title}`,
      reportsAndNews(input.meetings, input.news),
    ),
    feed(routes.newsIndex, `Nyheder – ${settings.title}`, `Nyheder fra ${settings.title}`, input.news.slice(0, FEED_LENGTH)),
    ...input.regions.map((region) =>
      feed(
        region.url,
        `${region.name} – ${settings.title}`,
        `Referater og nyheder fra møderne i ${region.name}`,
        reportsAndNews(input.byRegion.get(region.key) ?? [], newsByRegion.get(region.key) ?? []),
      ),
    ),
    ...input.themes.map((term) =>
      feed(
        term.url,
        `Tema: ${term.name} – ${settings.title}`,
        `Referater og nyheder om ${term.name}`,
        reportsAndNews(input.byTerm.get(term.slug) ?? [], newsByTerm.get(term.slug) ?? []),
      ),
    ),
  ];

  const calendar = (listUrl: string, name: string, meetings: readonly MeetingView[]): CalendarView => ({
    url: routes.calendar(listUrl),
    name,
    events: [...meetings].reverse().map((meeting) => meeting.calendarEvent),
  });
  const calendars: CalendarView[] = [
    calendar(routes.home, settings.title, input.meetings),
    ...input.regions.map((region) => calendar(region.url, `${settings.title}: ${region.name}`, input.byRegion.get(region.key) ?? [])),
    ...input.themes.map((term) => calendar(term.url, `${settings.title}: ${term.name}`, input.byTerm.get(term.slug) ?? [])),
  ];

  return {
    siteSubscription: subscriptionOf(routes.home),
    newsSubscription: subscriptionOf(routes.newsIndex, false),
    feeds,
    calendars,
  };
}

/** Text parts as paragraphs, leaving out empty ones: no blank lines before, after or between. */
function paragraphs(...parts: string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join("\n\n");
}

function calendarEvent(meeting: MeetingView, url: string, host: string): CalendarEvent {
  const status = meeting.status === "cancelled" ? "CANCELLED" : meeting.status === "postponed" ? "TENTATIVE" : "CONFIRMED";
  return {
    uid: `${meeting.id}@${host}`,
    date: meeting.date,
    start: meeting.start,
    end: meeting.end,
    summary: titleOf(meeting),
    description: paragraphs(meeting.summary, url),
    location: placeOf(meeting),
    url,
    status,
    categories: [meeting.theme, ...meeting.topics].map((term) => term.name),
  };
}

// What each feed and calendar of the site holds (the whole site, the news, each region and
// each theme), chosen once per build from the indexes build-site.ts has made. Feeds carry
// reports and news (an announcement of an upcoming meeting is in the calendars, and becomes a
// feed entry once it is held); calendars carry every meeting, past and upcoming. How they are
// written (Atom, JSON Feed, iCalendar) is up to the output modules in feeds/ and calendar/.
import type { Settings } from "../content/model.ts";
import { i18n } from "../i18n/index.ts";
import { routes, subscriptionOf, type Subscription } from "../routes.ts";
import { newestOf, pushTo } from "./lists.ts";
import type { CalendarList, FeedList, ItemView, MeetingView, NewsView, RegionView, TermView } from "./views.ts";

/** How many entries a feed holds, newest first. */
export const FEED_LENGTH = 50;

export interface SubscriptionInput {
  settings: Settings;
  today: string;
  /** newest first, like every list below */
  meetings: MeetingView[];
  news: NewsView[];
  regions: RegionView[];
  themes: TermView[];
  byRegion: Map<string, MeetingView[]>;
  /** a theme's meetings (the taxonomy's entries) */
  meetingsOf: (term: TermView) => readonly MeetingView[];
  /** the meetings each article is about */
  newsAbout: Map<NewsView, MeetingView[]>;
}

export interface Subscriptions {
  siteSubscription: Subscription;
  newsSubscription: Subscription;
  feeds: FeedList[];
  calendars: CalendarList[];
}

/** Every feed and calendar of the site, with what each holds. */
export function buildSubscriptions(input: SubscriptionInput): Subscriptions {
  const { settings, today } = input;

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
  const feed = (listUrl: string, title: string, description: string, items: ItemView[]): FeedList => ({
    listUrl,
    title,
    description,
    items,
    updated: items[0]?.date ?? newestContent,
  });
  const reportsAndNews = (meetings: readonly MeetingView[], news: readonly NewsView[]) => newestOf(held(meetings), news, FEED_LENGTH);

  const words = i18n.feeds;
  const feeds: FeedList[] = [
    feed(
      routes.home,
      settings.title,
      settings.description || words.siteDescription(settings.title),
      reportsAndNews(input.meetings, input.news),
    ),
    feed(routes.newsIndex, words.newsTitle(settings.title), words.newsDescription(settings.title), input.news.slice(0, FEED_LENGTH)),
    ...input.regions.map((region) =>
      feed(
        region.url,
        words.regionTitle(region.name, settings.title),
        words.regionDescription(region.name),
        reportsAndNews(input.byRegion.get(region.key) ?? [], newsByRegion.get(region.key) ?? []),
      ),
    ),
    ...input.themes.map((term) =>
      feed(
        term.url,
        words.themeTitle(term.name, settings.title),
        words.themeDescription(term.name),
        reportsAndNews(input.meetingsOf(term), newsByTerm.get(term.slug) ?? []),
      ),
    ),
  ];

  const calendar = (listUrl: string, name: string, meetings: readonly MeetingView[]): CalendarList => ({
    url: routes.calendar(listUrl),
    name,
    meetings: [...meetings].reverse(),
  });
  const calendars: CalendarList[] = [
    calendar(routes.home, settings.title, input.meetings),
    ...input.regions.map((region) =>
      calendar(region.url, i18n.calendars.region(settings.title, region.name), input.byRegion.get(region.key) ?? []),
    ),
    ...input.themes.map((term) => calendar(term.url, i18n.calendars.theme(settings.title, term.name), input.meetingsOf(term))),
  ];

  return {
    siteSubscription: subscriptionOf(routes.home),
    newsSubscription: subscriptionOf(routes.newsIndex, false),
    feeds,
    calendars,
  };
}

// What the templates see: content enriched with URLs, links and indexes, computed once
// per build by build-site.ts.
import type { Settings, Speaker, Venue } from "../content/model.ts";
import type { MeetingStatus } from "../content/schema.ts";
import type { Feed } from "../feeds/feed.ts";
import type { ListPage } from "./paginate.ts";

export interface Link {
  title: string;
  url: string;
  date: string;
}

export interface MeetingLink extends Link {
  regionName: string;
  status?: MeetingStatus;
}

/** Where to follow a list of meetings and news: in a feed reader, or in a calendar. */
export interface Subscription {
  atomUrl: string;
  jsonUrl: string;
  /** none for news, which are not events */
  calendarUrl?: string;
}

export interface RegionView {
  key: string;
  name: string;
  description?: string;
  url: string;
  subscription: Subscription;
  meetingCount: number;
  upcomingCount: number;
}

export interface TermView {
  slug: string;
  /** the most used spelling */
  name: string;
  url: string;
  subscription: Subscription;
  meetingCount: number;
}

export interface MeetingView {
  kind: "meeting";
  id: string;
  file: string;
  url: string;
  title: string;
  date: string;
  start?: string;
  end?: string;
  region: RegionView;
  venue: Venue;
  theme: TermView;
  topics: TermView[];
  speakers: Speaker[];
  series?: string;
  summary: string;
  status?: MeetingStatus;
  draft: boolean;
  /** dated today or later, relative to the build's "now" */
  upcoming: boolean;
  html: string;
  /** schema.org Event as JSON, escaped for a <script> element */
  structuredData: string;
  /** its own calendar file ("Tilføj til kalender") */
  calendarUrl: string;
  /** the meeting as an iCalendar VEVENT, for every calendar it is in */
  calendarEvent: string;
  /** news articles that are about this meeting */
  news: Link[];
  previous?: MeetingLink;
  next?: MeetingLink;
}

export interface NewsView {
  kind: "news";
  id: string;
  file: string;
  url: string;
  title: string;
  date: string;
  summary: string;
  author?: string;
  draft: boolean;
  html: string;
  meetings: MeetingLink[];
}

export type ItemView = MeetingView | NewsView;

export interface RegionPage {
  region: RegionView;
  page: ListPage<MeetingView>;
  /** the page's share of the upcoming meetings (soonest first), then of the past ones (newest first) */
  upcoming: MeetingView[];
  past: MeetingView[];
}

export interface TermPage {
  term: TermView;
  page: ListPage<MeetingView>;
}

export interface YearView {
  year: string;
  url: string;
  meetingCount: number;
  newsCount: number;
}

export interface YearPage {
  year: YearView;
  page: ListPage<ItemView>;
}

export interface CalendarView {
  url: string;
  name: string;
  /** VEVENTs, oldest meeting first */
  events: string[];
}

export interface SiteData {
  settings: Settings;
  /** the whole site's feeds and calendar */
  subscription: Subscription;
  newsSubscription: Subscription;
  feeds: Feed[];
  calendars: CalendarView[];
  /** the build's "now" as a calendar day in Copenhagen */
  today: string;
  regions: RegionView[];
  meetings: MeetingView[];
  news: NewsView[];
  themes: TermView[];
  years: YearView[];
  home: { latestNews: NewsView[]; upcoming: MeetingView[]; latestReports: MeetingView[] };
  regionPages: RegionPage[];
  themePages: TermPage[];
  yearPages: YearPage[];
  newsPages: ListPage<NewsView>[];
}

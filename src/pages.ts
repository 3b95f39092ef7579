// Every page and feed of the site: which layout or feed writer renders it, from which list
// of the site data, at which URL. (Calendars are written after the pages: see
// calendar/write-calendars.ts.) The plugin adds each as an Eleventy virtual template; lists are precomputed
// (build-site.ts), so a paginated page only picks its own entry.
import { dump } from "js-yaml";
import { accessibilityPage } from "../layouts/accessibility.ts";
import { adminPage } from "../layouts/admin.ts";
import { homePage } from "../layouts/home.ts";
import { meetingPage } from "../layouts/meeting.ts";
import { newsIndexPage } from "../layouts/news-index.ts";
import { newsPage } from "../layouts/news.ts";
import { notFoundPage } from "../layouts/not-found.ts";
import { organisationPage } from "../layouts/organisation.ts";
import { organisationsPage } from "../layouts/organisations.ts";
import { peoplePage } from "../layouts/people.ts";
import { personPage } from "../layouts/person.ts";
import { roundPage } from "../layouts/round.ts";
import { roundsPage } from "../layouts/rounds.ts";
import { searchPage } from "../layouts/search.ts";
import { venuePage } from "../layouts/venue.ts";
import { venuesPage } from "../layouts/venues.ts";
import { regionPage } from "../layouts/region.ts";
import { regionsPage } from "../layouts/regions.ts";
import { themePage } from "../layouts/theme.ts";
import { themesPage } from "../layouts/themes.ts";
import { yearPage } from "../layouts/year.ts";
import { yearsPage } from "../layouts/years.ts";
import { atomFeed } from "./feeds/atom.ts";
import { feedOf } from "./feeds/entries.ts";
import { jsonFeed } from "./feeds/json-feed.ts";
import { cmsConfig } from "./cms/config.ts";
import type { Html } from "./html.ts";
import { routes } from "./routes.ts";
import type { SiteData } from "./site/views.ts";

/** What a page's template sees: the site data and, on a page of a list, its entry. */
export interface PageData {
  referat: SiteData;
  entry?: unknown;
}

/** The lists of the site data that pages are made from, one page per entry. */
type ListName = { [K in keyof SiteData]: SiteData[K] extends readonly unknown[] ? K : never }[keyof SiteData];
type EntryOf<K extends ListName> = SiteData[K] extends readonly (infer E)[] ? E : never;

export interface PageDefinition {
  /** one page per entry of `referat[list]` */
  list?: ListName;
  permalink: string | ((data: PageData) => string);
  render(data: PageData): Html | string;
  /** an HTML page for readers, as opposed to a feed or the CMS's configuration */
  html: boolean;
}

export function single(url: string, layout: (site: SiteData) => Html | string, html = true): PageDefinition {
  return { permalink: url, render: (data) => layout(data.referat), html };
}

/** One page per entry of the list `list`: the compiler holds the URL and the layout to that list's entries. */
export function each<K extends ListName>(
  list: K,
  url: (entry: EntryOf<K>) => string,
  layout: (entry: EntryOf<K>, site: SiteData) => Html | string,
  html = true,
): PageDefinition {
  return {
    list,
    permalink: (data) => url(data.entry as EntryOf<K>),
    render: (data) => layout(data.entry as EntryOf<K>, data.referat),
    html,
  };
}

const AS_YAML = { lineWidth: -1, noRefs: true };

export const pages = {
  home: single(routes.home, homePage),
  meeting: each("meetings", (meeting) => meeting.url, meetingPage),
  news: each("news", (article) => article.url, newsPage),
  newsIndex: each("newsPages", (list) => list.url, newsIndexPage),
  regions: single(routes.regions, regionsPage),
  region: each("regionPages", (list) => list.page.url, regionPage),
  themes: each("themeIndex", (index) => index.page.url, themesPage),
  theme: each("themePages", (list) => list.page.url, themePage),
  organisations: each("organisationIndex", (index) => index.page.url, organisationsPage),
  organisation: each("organisationPages", (list) => list.page.url, organisationPage),
  people: each("personIndex", (index) => index.page.url, peoplePage),
  person: each("personPages", (list) => list.page.url, personPage),
  rounds: each("roundIndex", (list) => list.url, roundsPage),
  round: each("roundPages", (list) => list.page.url, roundPage),
  venues: each("venueIndex", (index) => index.page.url, venuesPage),
  venue: each("venuePages", (list) => list.page.url, venuePage),
  years: single(routes.years, yearsPage),
  year: each("yearPages", (list) => list.page.url, yearPage),
  notFound: single(routes.notFound, notFoundPage),
  search: single(routes.search, searchPage),
  accessibility: single(routes.accessibility, accessibilityPage),
  admin: single(routes.admin, adminPage),
  cmsConfig: single(routes.cmsConfig, (site) => dump(cmsConfig(site.regions), AS_YAML), false),
  atomFeed: each(
    "feeds",
    (list) => routes.atomFeed(list.listUrl),
    (list, site) => atomFeed(feedOf(list, site.settings)),
    false,
  ),
  jsonFeed: each(
    "feeds",
    (list) => routes.jsonFeed(list.listUrl),
    (list, site) => jsonFeed(feedOf(list, site.settings)),
    false,
  ),
} satisfies Record<string, PageDefinition>;

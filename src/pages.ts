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
import { accessibilityLink } from "./format/accessibility.ts";
import type { Html } from "./html.ts";
import { headersFile } from "./publish/headers.ts";
import { robots } from "./publish/robots.ts";
import type { SitemapEntry } from "./publish/sitemap.ts";
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
  /** the page's URL, under the site's base path (routes.ts) */
  url(data: PageData): string;
  render(data: PageData): Html | string;
  /** an HTML page for readers, as opposed to a feed, a calendar or a file for hosts and crawlers */
  html: boolean;
  /** in the sitemap: an HTML page search engines should find (not the 404 page, not the CMS) */
  listed: boolean;
  /** the day its content last changed, where the page has one day of its own (a report, an article) */
  updated?(data: PageData): string;
  /** whether this site has the page at all (the CMS only where it is published) */
  when?(site: SiteData): boolean;
}

/** What a page is for, when it is not an HTML page for readers that search engines should list. */
interface Shape<E> {
  html?: boolean;
  listed?: boolean;
  updated?: (entry: E) => string;
  when?: (site: SiteData) => boolean;
}

/** A file for programs, not a page. */
const DATA = { html: false, listed: false } as const;

/** The routes that are one URL, not a URL per entry. */
type SingleRoute = { [K in keyof typeof routes]: (typeof routes)[K] extends string ? K : never }[keyof typeof routes];

/** One page at a route; read as the page is written, once the site's base path is set (routes.ts). */
export function single(route: SingleRoute, layout: (site: SiteData) => Html | string, shape: Shape<never> = {}): PageDefinition {
  const { html = true, listed = html, when } = shape;
  return { url: () => routes[route], render: (data) => layout(data.referat), html, listed, ...(when && { when }) };
}

/** One page per entry of the list `list`: the compiler holds the URL and the layout to that list's entries. */
export function each<K extends ListName>(
  list: K,
  url: (entry: EntryOf<K>) => string,
  layout: (entry: EntryOf<K>, site: SiteData) => Html | string,
  shape: Shape<EntryOf<K>> = {},
): PageDefinition {
  const { html = true, listed = html, updated, when } = shape;
  return {
    ...(when && { when }),
    list,
    url: (data) => url(data.entry as EntryOf<K>),
    render: (data) => layout(data.entry as EntryOf<K>, data.referat),
    html,
    listed,
    ...(updated && { updated: (data: PageData) => updated(data.entry as EntryOf<K>) }),
  };
}

const AS_YAML = { lineWidth: -1, noRefs: true };

export const pages = {
  home: single("home", homePage),
  meeting: each("meetings", (meeting) => meeting.url, meetingPage, { updated: (meeting) => meeting.date }),
  news: each("news", (article) => article.url, newsPage, { updated: (article) => article.date }),
  newsIndex: each("newsPages", (list) => list.url, newsIndexPage),
  regions: single("regions", regionsPage),
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
  years: single("years", yearsPage),
  year: each("yearPages", (list) => list.page.url, yearPage),
  notFound: single("notFound", notFoundPage, { listed: false }),
  search: single("search", searchPage),
  // a statement published in Digitaliseringsstyrelsen's WAS-Tool replaces the built-in one
  accessibility: single("accessibility", accessibilityPage, { when: (site) => !accessibilityLink(site.settings) }),
  admin: single("admin", adminPage, { listed: false, when: (site) => site.editing !== undefined }),
  cmsConfig: single(
    "cmsConfig",
    (site) => dump(cmsConfig(site.regions, site.editing === "published" ? site.settings.cms : undefined), AS_YAML),
    { ...DATA, when: (site) => site.editing !== undefined },
  ),
  atomFeed: each(
    "feeds",
    (list) => routes.atomFeed(list.listUrl),
    (list, site) => atomFeed(feedOf(list, site.settings)),
    DATA,
  ),
  jsonFeed: each(
    "feeds",
    (list) => routes.jsonFeed(list.listUrl),
    (list, site) => jsonFeed(feedOf(list, site.settings)),
    DATA,
  ),
  robots: single("robots", () => robots(), DATA),
  noJekyll: single("noJekyll", () => "", DATA),
  hostHeaders: single("hostHeaders", () => headersFile(routes.home), DATA),
} satisfies Record<string, PageDefinition>;

/** Every page search engines should find (for the sitemap, written with the calendars: eleventy.ts), with the day its content last changed (never after the build's day). */
export function listedPages(site: SiteData): SitemapEntry[] {
  const registry: Record<string, PageDefinition> = pages;
  // a list, an index or the home page changes whenever content is added
  const newest = newestDay(site);
  return Object.values(registry)
    .filter((page) => page.listed && page.when?.(site) !== false)
    .flatMap((page) =>
      (page.list ? (site[page.list] as readonly unknown[]) : [undefined]).map((entry) => {
        const data = { referat: site, entry };
        const updated = page.updated?.(data) ?? newest;
        return { url: routes.absolute(page.url(data)), updated: updated < site.today ? updated : site.today };
      }),
    );
}

function newestDay(site: SiteData): string {
  let newest = "";
  for (const item of [...site.meetings, ...site.news]) if (item.date > newest && item.date <= site.today) newest = item.date;
  return newest || site.today;
}

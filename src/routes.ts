// Every URL of the site in one place, so layouts, feeds, calendars and tests agree on them:
// no other module writes a path of the site. The paths are in the site's language (its words
// are in src/i18n/); list pages after the first are `<list>/side/<n>/`; a list's feeds and
// calendar sit beside its first page (`feed.xml`, `feed.json`, `kalender.ics`).
import { i18n } from "./i18n/index.ts";

const { paths } = i18n;

/** Where to follow a list of meetings and news: in a feed reader, or in a calendar. */
export interface Subscription {
  atomUrl: string;
  jsonUrl: string;
  /** none for news, which are not events */
  calendarUrl?: string;
}

/** The site's folders that are not pages: each named once, for the URLs below and for what writes them. */
export const folders = { assets: "assets", admin: "admin", search: "pagefind", media: "media" } as const;

export const routes = {
  home: "/",
  meeting: (id: string) => `/${paths.meetings}/${id}/`,
  news: (id: string) => `/${paths.news}/${id}/`,
  newsIndex: `/${paths.news}/`,
  regions: `/${paths.regions}/`,
  region: (key: string) => `/${paths.regions}/${key}/`,
  themes: `/${paths.themes}/`,
  theme: (slug: string) => `/${paths.themes}/${slug}/`,
  years: `/${paths.archive}/`,
  year: (year: string) => `/${paths.archive}/${year}/`,
  notFound: "/404.html",
  organisations: `/${paths.organisations}/`,
  organisation: (slug: string) => `/${paths.organisations}/${slug}/`,
  people: `/${paths.people}/`,
  person: (slug: string) => `/${paths.people}/${slug}/`,
  rounds: `/${paths.rounds}/`,
  round: (slug: string) => `/${paths.rounds}/${slug}/`,
  venues: `/${paths.venues}/`,
  search: `/${paths.search}/`,
  accessibility: `/${paths.accessibility}/`,
  admin: `/${folders.admin}/`,
  cmsConfig: `/${folders.admin}/config.yml`,
  venue: (slug: string) => `/${paths.venues}/${slug}/`,
  atomFeed: (listUrl: string) => `${listUrl}feed.xml`,
  jsonFeed: (listUrl: string) => `${listUrl}feed.json`,
  calendar: (pageUrl: string) => `${pageUrl}${paths.calendar}`,
  stylesheet: `/${folders.assets}/referat.css`,
  searchStylesheet: `/${folders.search}/pagefind-ui.css`,
  searchScript: `/${folders.search}/pagefind-ui.js`,
  cmsScript: `/${folders.admin}/decap-cms.js`,
  /** where files uploaded through the CMS are published */
  media: `/${folders.media}`,
};

/** The feeds (and calendar, where there are meetings) that follow the list at `listUrl`. */
export function subscriptionOf(listUrl: string, withCalendar = true): Subscription {
  return {
    atomUrl: routes.atomFeed(listUrl),
    jsonUrl: routes.jsonFeed(listUrl),
    ...(withCalendar && { calendarUrl: routes.calendar(listUrl) }),
  };
}

/** The URL of page `pageNumber` (1-based) of the list that starts at `firstPage`. */
export function pageUrl(firstPage: string, pageNumber: number): string {
  return pageNumber === 1 ? firstPage : `${firstPage}${paths.page}/${pageNumber}/`;
}

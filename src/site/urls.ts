// Every URL of the site in one place, so templates, feeds and tests agree on them.
// Danish paths; list pages after the first are `<list>/side/<n>/`; a list's feeds and
// calendar sit beside its first page (`feed.xml`, `feed.json`, `kalender.ics`).
import type { Subscription } from "./views.ts";

export const urls = {
  home: "/",
  meeting: (id: string) => `/moeder/${id}/`,
  news: (id: string) => `/nyheder/${id}/`,
  newsIndex: "/nyheder/",
  regions: "/regioner/",
  region: (key: string) => `/regioner/${key}/`,
  themes: "/temaer/",
  theme: (slug: string) => `/temaer/${slug}/`,
  years: "/arkiv/",
  year: (year: string) => `/arkiv/${year}/`,
  notFound: "/404.html",
  organisations: "/organisationer/",
  organisation: (slug: string) => `/organisationer/${slug}/`,
  people: "/personer/",
  person: (slug: string) => `/personer/${slug}/`,
  rounds: "/moederunder/",
  round: (slug: string) => `/moederunder/${slug}/`,
  venues: "/steder/",
  search: "/soeg/",
  accessibility: "/tilgaengelighed/",
  admin: "/admin/",
  cmsConfig: "/admin/config.yml",
  venue: (slug: string) => `/steder/${slug}/`,
  atomFeed: (listUrl: string) => `${listUrl}feed.xml`,
  jsonFeed: (listUrl: string) => `${listUrl}feed.json`,
  calendar: (pageUrl: string) => `${pageUrl}kalender.ics`,
};

/** The feeds (and calendar, where there are meetings) that follow the list at `listUrl`. */
export function subscriptionOf(listUrl: string, withCalendar = true): Subscription {
  return { atomUrl: urls.atomFeed(listUrl), jsonUrl: urls.jsonFeed(listUrl), ...(withCalendar && { calendarUrl: urls.calendar(listUrl) }) };
}

/** The URL of page `pageNumber` (1-based) of the list that starts at `firstPage`. */
export function pageUrl(firstPage: string, pageNumber: number): string {
  return pageNumber === 1 ? firstPage : `${firstPage}side/${pageNumber}/`;
}

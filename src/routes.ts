// Every URL of the site in one place, so layouts, feeds, calendars and tests agree on them:
// no other module writes a path of the site. Danish paths; list pages after the first are
// `<list>/side/<n>/`; a list's feeds and calendar sit beside its first page (`feed.xml`,
// `feed.json`, `kalender.ics`).

/** Where to follow a list of meetings and news: in a feed reader, or in a calendar. */
export interface Subscription {
  atomUrl: string;
  jsonUrl: string;
  /** none for news, which are not events */
  calendarUrl?: string;
}

export const routes = {
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
  stylesheet: "/assets/referat.css",
  searchStylesheet: "/pagefind/pagefind-ui.css",
  searchScript: "/pagefind/pagefind-ui.js",
  cmsScript: "/admin/decap-cms.js",
  /** where files uploaded through the CMS are published */
  media: "/media",
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
  return pageNumber === 1 ? firstPage : `${firstPage}side/${pageNumber}/`;
}

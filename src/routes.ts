// Every URL of the site in one place, so layouts, feeds, calendars and tests agree on them:
// no other module writes a path of the site. The paths are in the site's language (its words
// are in src/i18n/); list pages after the first are `<list>/side/<n>/`; a list's feeds and
// calendar sit beside its first page (`feed.xml`, `feed.json`, `kalender.ics`).
//
// Every URL starts with the site's base path: the path of its address (site.yaml's `url`, or
// --url), "/" at a domain's root, "/referat/" for a GitHub Pages project site. A build makes
// one site, so the address is set once, before any URL is made (publishAt, as the site data
// is built: site/build-site.ts), and read here by every URL; nothing rewrites the HTML afterwards.
// The output folder is laid out from its root whatever the base path: a host serves it there.
import { fingerprinted } from "./assets.ts";
import { MEDIA_FOLDER } from "./content/media.ts";
import { absoluteUrl } from "./format/absolute-url.ts";
import { i18n } from "./i18n/index.ts";

const { paths } = i18n;

/** The site's address as set by publishAt: scheme and host, and the base path ("/" or "/a/b/"). */
let origin = "http://localhost:8080";
let base = "/";

/** Where the site is published, e.g. "https://example.github.io/referat": every URL is made under its path. */
export function publishAt(siteUrl: string): void {
  const address = new URL(siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`);
  origin = address.origin;
  base = address.pathname;
}

/** Where to follow a list of meetings and news: in a feed reader, or in a calendar. */
export interface Subscription {
  atomUrl: string;
  jsonUrl: string;
  /** none for news, which are not events */
  calendarUrl?: string;
}

/** The site's folders that are not pages: each named once, for the URLs below and for what writes them. */
export const folders = { assets: "assets", admin: "admin", search: "pagefind", media: MEDIA_FOLDER } as const;

export const routes = {
  get home() {
    return base;
  },
  meeting: (id: string) => `${base}${paths.meetings}/${id}/`,
  news: (id: string) => `${base}${paths.news}/${id}/`,
  get newsIndex() {
    return `${base}${paths.news}/`;
  },
  get regions() {
    return `${base}${paths.regions}/`;
  },
  region: (key: string) => `${base}${paths.regions}/${key}/`,
  get themes() {
    return `${base}${paths.themes}/`;
  },
  theme: (slug: string) => `${base}${paths.themes}/${slug}/`,
  get years() {
    return `${base}${paths.archive}/`;
  },
  year: (year: string) => `${base}${paths.archive}/${year}/`,
  get notFound() {
    return `${base}404.html`;
  },
  get organisations() {
    return `${base}${paths.organisations}/`;
  },
  organisation: (slug: string) => `${base}${paths.organisations}/${slug}/`,
  get people() {
    return `${base}${paths.people}/`;
  },
  person: (slug: string) => `${base}${paths.people}/${slug}/`,
  get rounds() {
    return `${base}${paths.rounds}/`;
  },
  round: (slug: string) => `${base}${paths.rounds}/${slug}/`,
  get venues() {
    return `${base}${paths.venues}/`;
  },
  get search() {
    return `${base}${paths.search}/`;
  },
  get accessibility() {
    return `${base}${paths.accessibility}/`;
  },
  get admin() {
    return `${base}${folders.admin}/`;
  },
  get cmsConfig() {
    return `${base}${folders.admin}/config.yml`;
  },
  venue: (slug: string) => `${base}${paths.venues}/${slug}/`,
  atomFeed: (listUrl: string) => `${listUrl}feed.xml`,
  jsonFeed: (listUrl: string) => `${listUrl}feed.json`,
  calendar: (pageUrl: string) => `${pageUrl}${paths.calendar}`,
  get stylesheet() {
    return `${base}${folders.assets}/${fingerprinted("referat.css")}`;
  },
  get favicon() {
    return `${base}${folders.assets}/${fingerprinted("favicon.svg")}`;
  },
  get searchStylesheet() {
    return `${base}${folders.search}/pagefind-ui.css`;
  },
  get searchScript() {
    return `${base}${folders.search}/pagefind-ui.js`;
  },
  get sitemap() {
    return `${base}sitemap.xml`;
  },
  sitemapPart: (n: number) => `${base}sitemap-${n}.xml`,
  get robots() {
    return `${base}robots.txt`;
  },
  /** tells GitHub Pages to publish the folder as it is, not through Jekyll */
  get noJekyll() {
    return `${base}.nojekyll`;
  },
  /** the caching and content types for Netlify and Cloudflare Pages (docs/publish/) */
  get hostHeaders() {
    return `${base}_headers`;
  },
  /** the form for editing on this machine (Decap CMS, saving through `npm run cms`) */
  get localCmsScript() {
    return `${base}${folders.admin}/decap-cms.js`;
  },
  /** the form on the published site (Sveltia CMS, saving to GitHub): see README, Editing on the published site */
  get publishedCmsScript() {
    return `${base}${folders.admin}/sveltia-cms.js`;
  },
  /** A file of the content's media folder ("media/Slides 1.pdf"), as site.yaml and the checks name it. */
  media: (file: string) =>
    `${base}${file
      .replace(/^\//, "")
      .split("/")
      .map(encodeURIComponent) // a "#" or "?" in a file's name is part of the name
      .join("/")}`,
  /** The full address of a URL of the site, for feeds, calendars and what is shared elsewhere. */
  absolute: (url: string) => absoluteUrl(url, origin),
  /** An editor's link written from the site's root (`/media/x.pdf`), under the base path. */
  fromRoot: (path: string) => `${base}${path.slice(1)}`,
  /** Where the page at `url` is written: the output folder is laid out from its root ("/referat/x/" → "/x/"). */
  file: (url: string) => url.slice(base.length - 1),
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

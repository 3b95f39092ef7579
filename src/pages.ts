// Every page of the site: which layout renders it, from which list of the site data, at
// which URL. The plugin adds each as an Eleventy virtual template; lists are precomputed
// (build-site.ts), so a paginated page only picks its own entry.
import type { ListPage } from "./site/paginate.ts";
import { urls } from "./site/urls.ts";
import type { MeetingView, NewsView, RegionPage, SiteData, TermPage, YearPage } from "./site/views.ts";

export interface PageDefinition {
  layout: string;
  permalink: string | ((data: Record<string, unknown>) => string);
  /** one page per entry of `referat[list]`, available to the layout as `alias` */
  each?: { list: keyof SiteData; alias: string };
}

function single(layout: string, url: string): PageDefinition {
  return { layout, permalink: url };
}

function each<T>(layout: string, list: keyof SiteData, alias: string, url: (entry: T) => string): PageDefinition {
  return { layout, each: { list, alias }, permalink: (data) => url(data[alias] as T) };
}

export const pages: Record<string, PageDefinition> = {
  home: single("home.njk", urls.home),
  meeting: each("meeting.njk", "meetings", "meeting", (meeting: MeetingView) => meeting.url),
  news: each("news.njk", "news", "article", (article: NewsView) => article.url),
  newsIndex: each("news-index.njk", "newsPages", "list", (list: ListPage<NewsView>) => list.url),
  regions: single("regions.njk", urls.regions),
  region: each("region.njk", "regionPages", "list", (list: RegionPage) => list.page.url),
  themes: single("themes.njk", urls.themes),
  theme: each("theme.njk", "themePages", "list", (list: TermPage) => list.page.url),
  years: single("years.njk", urls.years),
  year: each("year.njk", "yearPages", "list", (list: YearPage) => list.page.url),
  notFound: single("404.njk", urls.notFound),
};

// Every URL of the site in one place, so templates, feeds and tests agree on them.
// Danish paths; list pages after the first are `<list>/side/<n>/`.

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
};

/** The URL of page `pageNumber` (1-based) of the list that starts at `firstPage`. */
export function pageUrl(firstPage: string, pageNumber: number): string {
  return pageNumber === 1 ? firstPage : `${firstPage}side/${pageNumber}/`;
}

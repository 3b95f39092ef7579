// The words every page shares: the menu and the page shell around it, breadcrumbs, pagination,
// the subscription box, and how a meeting or an article is marked, counted and named.
import { counts } from "./counts.ts";

export const shared = {
  /** the site's parts, as the menu, their pages' titles and the breadcrumbs name them */
  sections: {
    home: "Forside",
    regions: "Regioner",
    themes: "Temaer",
    rounds: "Møderunder",
    organisations: "Organisationer",
    people: "Personer",
    venues: "Steder",
    news: "Nyheder",
    archive: "Arkiv",
    search: "Søg",
    accessibility: "Tilgængelighedserklæring",
  },

  shell: {
    skipLink: "Spring til indholdet",
    searchLabel: "Søg i referater og nyheder",
    searchButton: "Søg",
    mainMenu: "Hovedmenu",
    breadcrumbs: "Brødkrummesti",
    newsFeed: "Nyhedsfeed",
    calendar: "Kalender",
    /** the names browsers offer a page's feeds under */
    atomFeed: (name: string) => `${name} (Atom)`,
    jsonFeed: (name: string) => `${name} (JSON Feed)`,
  },

  pagination: {
    label: "Sider",
    page: (n: number) => `Side ${n}`,
    previous: "Forrige side",
    next: "Næste side",
    /** after the title of a list's later pages: "Arkiv 2017 (side 2 af 5)" */
    pageOf: (n: number, of: number) => `side ${n} af ${of}`,
  },

  subscribe: {
    heading: "Abonnér",
    intro: "Følg med i en feedlæser, eller abonnér på møderne i din kalender.",
    atom: "nyhedsfeed (Atom)",
    jsonFeed: "JSON Feed",
    calendar: "kalender (iCal)",
  },

  /** what kind of item a meeting or an article is, where lists and search tell them apart */
  kinds: { meeting: "Møde", news: "Nyhed" },
  statuses: { cancelled: "Aflyst", postponed: "Udsat" },
  draft: "Kladde",
  /** before an item's title in feeds and calendars, where no badge can mark it */
  titlePrefixes: { cancelled: "Aflyst: ", postponed: "Udsat: ", draft: "Kladde: " },
  /** a theme or topic named as such: in headings, feeds' names, and under a meeting in a list */
  themeName: (name: string) => `Tema: ${name}`,
  /** "(online)" after a place that is not a place */
  online: "online",
  /** the heading online venues are listed under, where other venues have their city */
  onlineVenues: "Online",
  counts,
};

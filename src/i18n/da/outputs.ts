// The words of what the site writes besides pages: the feeds' and calendars' names, the line
// a feed entry opens with, and the names of the search filters.
import { shared } from "./shared.ts";

export const outputs = {
  feeds: {
    /** the site's feed, when the site has no description of its own */
    siteDescription: (site: string) => `Mødereferater og nyheder fra ${site}`,
    newsTitle: (site: string) => `Nyheder – ${site}`,
    newsDescription: (site: string) => `Nyheder fra ${site}`,
    regionTitle: (region: string, site: string) => `${region} – ${site}`,
    regionDescription: (region: string) => `Referater og nyheder fra møderne i ${region}`,
    themeTitle: (theme: string, site: string) => `${shared.themeName(theme)} – ${site}`,
    themeDescription: (theme: string) => `Referater og nyheder om ${theme}`,
    /** "Møde i Syddanmark tirsdag 7. marts 2017, Svendborg Rådhus, Svendborg." */
    meetingFacts: (region: string, date: string, venue: string) => `Møde i ${region} ${date}, ${venue}.`,
  },
  calendars: {
    region: (site: string, region: string) => `${site}: ${region}`,
    theme: (site: string, theme: string) => `${site}: ${theme}`,
  },
  /** the names of Pagefind's filters, which its interface shows as they are */
  searchFilters: { region: "Region", theme: "Tema", year: "År", type: "Type" },
};

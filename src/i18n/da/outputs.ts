// The words of what the site writes besides pages: the feeds' and calendars' names, the line
// a feed entry opens with and the name of a meeting's recording there (its materials are
// named as on the meeting's page), the lines of a calendar event's description, and the names
// of the search filters.
import { shared } from "./shared.ts";

const RECORDING = "Optagelse af mødet";

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
    /** the link to a recording of the meeting, in the text and as the entry's related link */
    recording: RECORDING,
  },
  calendars: {
    region: (site: string, region: string) => `${site}: ${region}`,
    theme: (site: string, theme: string) => `${site}: ${theme}`,
    /** lines of an event's description, before the meeting's address */
    registration: (url: string, deadline: string | undefined) =>
      deadline ? `Tilmelding senest ${deadline}: ${url}` : `Tilmelding: ${url}`,
    recording: (url: string) => `${RECORDING}: ${url}`,
  },
  /** the names of Pagefind's filters, which its interface shows as they are */
  searchFilters: { region: "Region", theme: "Tema", year: "År", type: "Type" },
};

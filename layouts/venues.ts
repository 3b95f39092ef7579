// Every venue, by city (online venues last).
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { AlphabetPage, SiteData, VenueView } from "../src/site/views.ts";
import { alphabetIndexPage } from "./alphabet-index.ts";

export function venuesPage(index: AlphabetPage<VenueView>, site: SiteData): Html {
  return alphabetIndexPage(
    index,
    site,
    { heading: i18n.sections.venues, intro: i18n.venues.intro },
    (venue) => html`<a href="${venue.url}">${venue.name}</a> <span class="meta">${i18n.counts.meetings(venue.meetingCount)}</span>`,
  );
}

// Every venue, by city (online venues last).
import { html, type Html } from "../src/html.ts";
import type { AlphabetPage, SiteData, VenueView } from "../src/site/views.ts";
import { alphabetIndexPage } from "./alphabet-index.ts";
import { count } from "./parts.ts";

export function venuesPage(index: AlphabetPage<VenueView>, site: SiteData): Html {
  return alphabetIndexPage(
    index,
    site,
    { heading: "Steder", intro: "Alle steder, hvor netværket har holdt møder, by for by." },
    (venue) => html`<a href="${venue.url}">${venue.name}</a> <span class="meta">${count(venue.meetingCount, "møde", "møder")}</span>`,
  );
}

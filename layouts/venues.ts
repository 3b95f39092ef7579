// Every venue, by city (online venues last).
import { html, type Html } from "../src/html.ts";
import type { AlphabetPage, SiteData, VenueView } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { alphabetIndex, count, pageSuffix } from "./parts.ts";

export function venuesPage(index: AlphabetPage<VenueView>, site: SiteData): Html {
  const title = `Steder${pageSuffix(index.page)}`;
  return basePage({
    site,
    url: index.page.url,
    title,
    trail: [{ title: "Steder" }],
    main: html`<h1>${title}</h1>
<p>Alle steder, hvor netværket har holdt møder, by for by.</p>
${alphabetIndex(index, (venue) => html`<a href="${venue.url}">${venue.name}</a> <span class="meta">${count(venue.meetingCount, "møde", "møder")}</span>`)}`,
  });
}

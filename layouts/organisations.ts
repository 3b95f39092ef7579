// Every organisation that has presented, A–Z, with its number of meetings.
import { html, type Html } from "../src/html.ts";
import type { AlphabetPage, OrganisationView, SiteData } from "../src/site/views.ts";
import { alphabetIndexPage } from "./alphabet-index.ts";
import { count } from "./parts.ts";

export function organisationsPage(index: AlphabetPage<OrganisationView>, site: SiteData): Html {
  return alphabetIndexPage(
    index,
    site,
    { heading: "Organisationer", intro: "Kommuner, KL, KOMBIT og andre, der har holdt oplæg i netværket, med antallet af møder." },
    (organisation) =>
      html`<a href="${organisation.url}">${organisation.name}</a> <span class="meta">${count(organisation.meetingCount, "møde", "møder")}</span>`,
  );
}

// Every organisation that has presented, A–Z, with its number of meetings.
import { html, type Html } from "../src/html.ts";
import type { AlphabetPage, OrganisationView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { alphabetIndex, count, pageSuffix } from "./parts.ts";

export function organisationsPage(index: AlphabetPage<OrganisationView>, site: SiteData): Html {
  const title = `Organisationer${pageSuffix(index.page)}`;
  return basePage({
    site,
    url: index.page.url,
    title,
    trail: [{ title: "Organisationer" }],
    main: html`<h1>${title}</h1>
<p>Kommuner, KL, KOMBIT og andre, der har holdt oplæg i netværket, med antallet af møder.</p>
${alphabetIndex(index, (organisation) => html`<a href="${organisation.url}">${organisation.name}</a> <span class="meta">${count(organisation.meetingCount, "møde", "møder")}</span>`)}`,
  });
}

// Every organisation that has presented, A–Z, with its number of meetings.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { AlphabetPage, OrganisationView, SiteData } from "../src/site/views.ts";
import { alphabetIndexPage } from "./alphabet-index.ts";

export function organisationsPage(index: AlphabetPage<OrganisationView>, site: SiteData): Html {
  return alphabetIndexPage(
    index,
    site,
    { heading: i18n.sections.organisations, intro: i18n.organisations.intro },
    (organisation) =>
      html`<a href="${organisation.url}">${organisation.name}</a> <span class="meta">${i18n.counts.meetings(organisation.meetingCount)}</span>`,
  );
}

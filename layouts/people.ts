// Every person who has spoken, A–Z by surname, with their number of meetings.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { AlphabetPage, PersonView, SiteData } from "../src/site/views.ts";
import { alphabetIndexPage } from "./alphabet-index.ts";

export function peoplePage(index: AlphabetPage<PersonView>, site: SiteData): Html {
  return alphabetIndexPage(
    index,
    site,
    { heading: i18n.sections.people, intro: i18n.people.intro },
    (person) =>
      html`<a href="${person.url}">${person.name}</a>${person.roles[0] && `, ${person.roles[0].organisation.name}`} <span class="meta">${i18n.counts.meetings(person.meetingCount)}</span>`,
  );
}

// Every person who has spoken, A–Z by surname, with their number of meetings.
import { html, type Html } from "../src/html.ts";
import type { AlphabetPage, PersonView, SiteData } from "../src/site/views.ts";
import { alphabetIndexPage } from "./alphabet-index.ts";
import { count } from "./parts.ts";

export function peoplePage(index: AlphabetPage<PersonView>, site: SiteData): Html {
  return alphabetIndexPage(
    index,
    site,
    { heading: "Personer", intro: "Alle, der har holdt oplæg i netværket, efter efternavn." },
    (person) =>
      html`<a href="${person.url}">${person.name}</a>${person.roles[0] && `, ${person.roles[0].organisation.name}`} <span class="meta">${count(person.meetingCount, "møde", "møder")}</span>`,
  );
}

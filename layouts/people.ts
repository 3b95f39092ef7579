// Every person who has spoken, A–Z by surname, with their number of meetings.
import { html, type Html } from "../src/html.ts";
import type { AlphabetPage, PersonView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { alphabetIndex, count, pageSuffix } from "./parts.ts";

export function peoplePage(index: AlphabetPage<PersonView>, site: SiteData): Html {
  const title = `Personer${pageSuffix(index.page)}`;
  return basePage({
    site,
    url: index.page.url,
    title,
    trail: [{ title: "Personer" }],
    main: html`<h1>${title}</h1>
<p>Alle, der har holdt oplæg i netværket, efter efternavn.</p>
${alphabetIndex(index, (person) => html`<a href="${person.url}">${person.name}</a>${person.roles[0] && `, ${person.roles[0].organisation.name}`} <span class="meta">${count(person.meetingCount, "møde", "møder")}</span>`)}`,
  });
}

// The A–Z index pages (themes, organisations, people, venues): a heading, a line about what
// is listed, the row of initials and the entries under their headings, paginated.
import { html, type Content, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { AlphabetPage, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { pageSuffix, pagination } from "./parts.ts";

export interface IndexText {
  heading: string;
  intro: string;
}

export function alphabetIndexPage<T>(index: AlphabetPage<T>, site: SiteData, text: IndexText, entry: (item: T) => Content): Html {
  const title = `${text.heading}${pageSuffix(index.page)}`;
  const letters = index.letters.map(({ letter, url }) => html`<li><a href="${url}">${letter}</a></li>`);
  const groups = index.groups.map(
    ({ heading, id, entries }) => html`
<section aria-labelledby="${id}">
  <h2 id="${id}">${heading}</h2>
  <ul class="index">${entries.map(
    (item) => html`
    <li>${entry(item)}</li>`,
  )}
  </ul>
</section>`,
  );
  return basePage({
    site,
    url: index.page.url,
    title,
    trail: [{ title: text.heading }],
    main: html`<h1>${title}</h1>
<p>${text.intro}</p>
<nav class="letters" aria-label="${i18n.letters}"><ul>${letters}</ul></nav>${groups}${pagination(index.page)}`,
  });
}

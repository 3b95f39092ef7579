// Every theme and topic A–Z, with its number of meetings.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { AlphabetPage, SiteData, TermView } from "../src/site/views.ts";
import { alphabetIndexPage } from "./alphabet-index.ts";

export function themesPage(index: AlphabetPage<TermView>, site: SiteData): Html {
  return alphabetIndexPage(
    index,
    site,
    { heading: i18n.sections.themes, intro: i18n.themes.intro },
    (term) => html`<a href="${term.url}">${term.name}</a> <span class="meta">${i18n.counts.meetings(term.meetingCount)}</span>`,
  );
}

// Every theme and topic A–Z, with its number of meetings.
import { html, type Html } from "../src/html.ts";
import type { AlphabetPage, SiteData, TermView } from "../src/site/views.ts";
import { alphabetIndexPage } from "./alphabet-index.ts";
import { count } from "./parts.ts";

export function themesPage(index: AlphabetPage<TermView>, site: SiteData): Html {
  return alphabetIndexPage(
    index,
    site,
    { heading: "Temaer", intro: "Alle temaer og emner, som møderne har handlet om, med antallet af møder." },
    (term) => html`<a href="${term.url}">${term.name}</a> <span class="meta">${count(term.meetingCount, "møde", "møder")}</span>`,
  );
}

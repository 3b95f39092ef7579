// Every theme and topic A–Z, with its number of meetings.
import { html, type Html } from "../src/html.ts";
import type { AlphabetPage, SiteData, TermView } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { alphabetIndex, count, pageSuffix } from "./parts.ts";

export function themesPage(index: AlphabetPage<TermView>, site: SiteData): Html {
  const title = `Temaer${pageSuffix(index.page)}`;
  return basePage({
    site,
    url: index.page.url,
    title,
    trail: [{ title: "Temaer" }],
    main: html`<h1>${title}</h1>
<p>Alle temaer og emner, som møderne har handlet om, med antallet af møder.</p>
${alphabetIndex(index, (term) => html`<a href="${term.url}">${term.name}</a> <span class="meta">${count(term.meetingCount, "møde", "møder")}</span>`)}`,
  });
}

// Every theme and topic with its number of meetings.
import { html, type Html } from "../src/html.ts";
import { urls } from "../src/site/urls.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { count } from "./parts.ts";

export function themesPage(site: SiteData): Html {
  const entries = site.themes.map(
    (term) => html`
  <li><a href="${term.url}">${term.name}</a> <span class="meta">${count(term.meetingCount, "møde", "møder")}</span></li>`,
  );
  return basePage({
    site,
    url: urls.themes,
    title: "Temaer",
    trail: [{ title: "Temaer" }],
    main: html`<h1>Temaer</h1>
<p>Alle temaer og emner, som møderne har handlet om, med antallet af møder.</p>
<ul class="terms">${entries}
</ul>`,
  });
}

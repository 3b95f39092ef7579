// The archive's years with their counts.
import { html, type Html } from "../src/html.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { count } from "./parts.ts";

export function yearsPage(site: SiteData): Html {
  const entries = site.years.map(
    (year) => html`
  <li><a href="${year.url}">${year.year}</a> <span class="meta">${count(year.meetingCount, "møde", "møder")}, ${count(year.newsCount, "nyhed", "nyheder")}</span></li>`,
  );
  return basePage({
    site,
    url: routes.years,
    title: "Arkiv",
    trail: [{ title: "Arkiv" }],
    main: html`<h1>Arkiv</h1>
<ul class="years">${entries}
</ul>`,
  });
}

// The archive's years with their counts.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";

export function yearsPage(site: SiteData): Html {
  const entries = site.years.map(
    (year) => html`
  <li><a href="${year.url}">${year.year}</a> <span class="meta">${i18n.counts.meetings(year.meetingCount)}, ${i18n.counts.news(year.newsCount)}</span></li>`,
  );
  return basePage({
    site,
    url: routes.years,
    title: i18n.sections.archive,
    trail: [{ title: i18n.sections.archive }],
    main: html`<h1>${i18n.sections.archive}</h1>
<ul class="years">${entries}
</ul>`,
  });
}

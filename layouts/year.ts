// One year of the archive: meetings and news together, newest first.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { SiteData, YearPage } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { items, pageSuffix, pagination } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function yearPage({ year, page, months }: YearPage, site: SiteData): Html {
  return basePage({
    site,
    url: page.url,
    title: `${year.year}${pageSuffix(page)}`,
    trail: [{ title: i18n.sections.archive, url: routes.years }, { title: year.year }],
    main: html`<h1>${i18n.year.heading(year.year)}${pageSuffix(page)}</h1>
<p>${i18n.year.intro(year.meetingCount, year.newsCount)}</p>
${months.map(
  ({ name, id, items: inMonth }) => html`
<section aria-labelledby="${id}">
  <h2 id="${id}">${name[0]!.toUpperCase()}${name.slice(1)}</h2>
  ${items(inMonth, site.pictures)}
</section>`,
)}${pagination(page)}`,
  });
}

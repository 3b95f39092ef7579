// One year of the archive: meetings and news together, newest first.
import { html, type Html } from "../src/html.ts";
import type { SiteData, YearPage } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { count, items, pageSuffix, pagination } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function yearPage({ year, page, months }: YearPage, site: SiteData): Html {
  return basePage({
    site,
    url: page.url,
    title: `${year.year}${pageSuffix(page)}`,
    trail: [{ title: "Arkiv", url: routes.years }, { title: year.year }],
    main: html`<h1>Arkiv ${year.year}${pageSuffix(page)}</h1>
<p>${count(year.meetingCount, "møde", "møder")} og ${count(year.newsCount, "nyhed", "nyheder")}, nyeste først.</p>
${months.map(
  ({ name, id, items: inMonth }) => html`
<section aria-labelledby="${id}">
  <h2 id="${id}">${name[0]!.toUpperCase()}${name.slice(1)}</h2>
  ${items(inMonth)}
</section>`,
)}${pagination(page)}`,
  });
}

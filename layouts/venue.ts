// One venue: every meeting held there, newest first.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { SiteData, VenuePage } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { items, pageSuffix, pagination } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function venuePage({ venue, page }: VenuePage, site: SiteData): Html {
  const where = venue.city ? `${venue.name}, ${venue.city}` : `${venue.name} (${i18n.online})`;
  return basePage({
    site,
    url: page.url,
    title: `${where}${pageSuffix(page)}`,
    trail: [{ title: i18n.sections.venues, url: routes.venues }, { title: venue.name }],
    main: html`<h1>${where}${pageSuffix(page)}</h1>
<p>${i18n.venue.intro(venue.meetingCount)}</p>
${items(page.items, site.pictures)}${pagination(page)}`,
  });
}

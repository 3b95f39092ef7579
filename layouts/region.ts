// One region's meetings: the upcoming ones first (soonest first), then the past (newest first).
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { RegionPage, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { items, pageSuffix, pagination, subscribe } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function regionPage({ region, page, upcoming, past }: RegionPage, site: SiteData): Html {
  const words = i18n.region;
  const follow = [{ name: region.name, subscription: region.subscription }];
  return basePage({
    site,
    url: page.url,
    title: `${region.name}${pageSuffix(page)}`,
    trail: [{ title: i18n.sections.regions, url: routes.regions }, { title: region.name }],
    feeds: follow,
    main: html`<h1>${words.heading(region.name)}${pageSuffix(page)}</h1>${
      region.description &&
      page.pageNumber === 1 &&
      html`
<p class="lead">${region.description}</p>`
    }${
      upcoming.length > 0 &&
      html`
<section aria-labelledby="kommende">
  <h2 id="kommende">${words.upcoming}</h2>
  ${items(upcoming, site.pictures)}
</section>`
    }${
      past.length > 0 &&
      html`
<section aria-labelledby="afholdte">
  <h2 id="afholdte">${words.past}</h2>
  ${items(past, site.pictures)}
</section>`
    }${
      page.items.length === 0 &&
      html`
<p>${words.empty(region.name)}</p>`
    }${pagination(page)}${subscribe(follow)}`,
  });
}

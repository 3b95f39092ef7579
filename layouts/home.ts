// The front page: latest news, upcoming meetings, latest reports, the regions.
import { html, type Content, type Html } from "../src/html.ts";
import { routes } from "../src/routes.ts";
import type { ItemView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { count, items, subscribe } from "./parts.ts";

function section(id: string, heading: string, list: readonly ItemView[], empty: string, more?: Html): Html {
  return html`
<section aria-labelledby="${id}">
  <h2 id="${id}">${heading}</h2>
  ${list.length > 0 ? items(list) : html`<p>${empty}</p>`}${
    more &&
    html`
  <p>${more}</p>`
  }
</section>`;
}

export function homePage(site: SiteData): Html {
  const { settings, home } = site;
  const regions: Content = site.regions.map(
    (region) => html`
    <li><a href="${region.url}">${region.name}</a> <span class="meta">${count(region.meetingCount, "møde", "møder")}</span></li>`,
  );
  return basePage({
    site,
    url: routes.home,
    main: html`<h1>${settings.title}</h1>${
      settings.description &&
      html`
<p class="lead">${settings.description}</p>`
    }${section("seneste-nyheder", "Seneste nyheder", home.latestNews, "Der er endnu ingen nyheder.", html`<a href="${routes.newsIndex}">Alle nyheder</a>`)}${section(
      "kommende-moeder",
      "Kommende møder",
      home.upcoming,
      "Der er ingen kommende møder i kalenderen lige nu.",
    )}${section("seneste-referater", "Seneste referater", home.latestReports, "Der er endnu ingen referater.", html`<a href="${routes.years}">Alle år i arkivet</a>`)}
<section aria-labelledby="regionerne">
  <h2 id="regionerne">Regionerne</h2>
  <ul class="regions">${regions}
  </ul>
</section>${subscribe([
      { name: "Alle referater og nyheder", subscription: site.subscription },
      { name: "Kun nyheder", subscription: site.newsSubscription },
    ])}`,
  });
}

// The front page: latest news, upcoming meetings, latest reports, the regions.
import { html, type Content, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import { routes } from "../src/routes.ts";
import type { ItemView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { items, subscribe } from "./parts.ts";

function section(id: string, heading: string, list: readonly ItemView[], pictures: SiteData["pictures"], empty: string, more?: Html): Html {
  return html`
<section aria-labelledby="${id}">
  <h2 id="${id}">${heading}</h2>
  ${list.length > 0 ? items(list, pictures) : html`<p>${empty}</p>`}${
    more &&
    html`
  <p>${more}</p>`
  }
</section>`;
}

export function homePage(site: SiteData): Html {
  const { settings, home } = site;
  const words = i18n.home;
  const regions: Content = site.regions.map(
    (region) => html`
    <li><a href="${region.url}">${region.name}</a> <span class="meta">${i18n.counts.meetings(region.meetingCount)}</span></li>`,
  );
  return basePage({
    site,
    url: routes.home,
    main: html`<h1>${settings.title}</h1>${
      settings.description &&
      html`
<p class="lead">${settings.description}</p>`
    }${section("seneste-nyheder", words.latestNews, home.latestNews, site.pictures, words.noNews, html`<a href="${routes.newsIndex}">${words.allNews}</a>`)}${section(
      "kommende-moeder",
      words.upcoming,
      home.upcoming,
      site.pictures,
      words.noUpcoming,
    )}${section("seneste-referater", words.latestReports, home.latestReports, site.pictures, words.noReports, html`<a href="${routes.years}">${words.allYears}</a>`)}
<section aria-labelledby="regionerne">
  <h2 id="regionerne">${words.regions}</h2>
  <ul class="regions">${regions}
  </ul>
</section>${subscribe([
      { name: words.everything, subscription: site.subscription },
      { name: words.newsOnly, subscription: site.newsSubscription },
    ])}`,
  });
}

// The four regions with their meeting counts.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";

export function regionsPage(site: SiteData): Html {
  const entries = site.regions.map(
    (region) => html`
  <li>
    <a href="${region.url}">${region.name}</a>
    <span class="meta">${i18n.counts.meetings(region.meetingCount)}${region.upcomingCount > 0 && `, ${i18n.regions.upcoming(region.upcomingCount)}`}</span>${
      region.description &&
      html`
    <p>${region.description}</p>`
    }
  </li>`,
  );
  return basePage({
    site,
    url: routes.regions,
    title: i18n.sections.regions,
    trail: [{ title: i18n.sections.regions }],
    main: html`<h1>${i18n.sections.regions}</h1>
<ul class="regions">${entries}
</ul>`,
  });
}

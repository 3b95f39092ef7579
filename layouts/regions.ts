// The four regions with their meeting counts.
import { html, type Html } from "../src/html.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { count } from "./parts.ts";

export function regionsPage(site: SiteData): Html {
  const entries = site.regions.map(
    (region) => html`
  <li>
    <a href="${region.url}">${region.name}</a>
    <span class="meta">${count(region.meetingCount, "møde", "møder")}${region.upcomingCount > 0 && `, heraf ${region.upcomingCount} kommende`}</span>${
      region.description &&
      html`
    <p>${region.description}</p>`
    }
  </li>`,
  );
  return basePage({
    site,
    url: routes.regions,
    title: "Regioner",
    trail: [{ title: "Regioner" }],
    main: html`<h1>Regioner</h1>
<ul class="regions">${entries}
</ul>`,
  });
}

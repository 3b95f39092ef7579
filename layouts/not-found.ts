// The page a server shows for an address that does not exist.
import { html, type Html } from "../src/html.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";

export function notFoundPage(site: SiteData): Html {
  return basePage({
    site,
    url: routes.notFound,
    title: "Siden findes ikke",
    main: html`<h1>Siden findes ikke</h1>
<p>Vi kan ikke finde den side, du leder efter. Den kan være flyttet, eller adressen kan være skrevet forkert.</p>
<ul>
  <li><a href="/">Gå til forsiden</a></li>
  <li><a href="${routes.regions}">Se møderne region for region</a></li>
  <li><a href="${routes.themes}">Se alle temaer</a></li>
  <li><a href="${routes.years}">Se arkivet år for år</a></li>
</ul>`,
  });
}

// The page a server shows for an address that does not exist.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";

export function notFoundPage(site: SiteData): Html {
  const words = i18n.notFound;
  return basePage({
    site,
    url: routes.notFound,
    title: words.title,
    main: html`<h1>${words.title}</h1>
<p>${words.text}</p>
<ul>
  <li><a href="${routes.home}">${words.home}</a></li>
  <li><a href="${routes.regions}">${words.regions}</a></li>
  <li><a href="${routes.themes}">${words.themes}</a></li>
  <li><a href="${routes.years}">${words.years}</a></li>
</ul>`,
  });
}

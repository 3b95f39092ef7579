// The search page: Pagefind's UI in Danish, with filters for region, theme, year and type.
// Without JavaScript it says so, and points to the indexes that need none.
import { html, trusted, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";

// starts the search a reader typed into the search field of another page (?q=...); the
// records hold each page's whole URL, base path and all, so Pagefind must not prefix its own
const START = `window.addEventListener("DOMContentLoaded", function () {
  var ui = new PagefindUI({ element: "#soegning", baseUrl: "/", showImages: false, resetStyles: false, autofocus: !location.search });
  var query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
});`;

export function searchPage(site: SiteData): Html {
  return basePage({
    site,
    url: routes.search,
    title: i18n.sections.search,
    trail: [{ title: i18n.sections.search }],
    head: html`
<link rel="stylesheet" href="${routes.searchStylesheet}">
<script src="${routes.searchScript}"></script>
<script>${trusted(START)}</script>`,
    main: html`<h1>${i18n.search.heading}</h1>
<div id="soegning" class="search"></div>
<noscript>
  <p>${i18n.search.noScript(routes)}</p>
</noscript>`,
  });
}

// The search page: Pagefind's UI in Danish, with filters for region, theme, year and type.
// Without JavaScript it says so, and points to the indexes that need none.
import { html, trusted, type Html } from "../src/html.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";

// starts the search a reader typed into the search field of another page (?q=...)
const START = `window.addEventListener("DOMContentLoaded", function () {
  var ui = new PagefindUI({ element: "#soegning", showImages: false, resetStyles: false, autofocus: !location.search });
  var query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
});`;

export function searchPage(site: SiteData): Html {
  return basePage({
    site,
    url: routes.search,
    title: "Søg",
    trail: [{ title: "Søg" }],
    head: html`
<link rel="stylesheet" href="${routes.searchStylesheet}">
<script src="${routes.searchScript}"></script>
<script>${trusted(START)}</script>`,
    main: html`<h1>Søg i referater og nyheder</h1>
<div id="soegning" class="search"></div>
<noscript>
  <p>Søgningen bruger JavaScript, som er slået fra i din browser. Du kan finde alle møder og nyheder uden:
  efter <a href="${routes.regions}">region</a>, <a href="${routes.themes}">tema</a>, <a href="${routes.organisations}">organisation</a>,
  <a href="${routes.people}">person</a>, <a href="${routes.venues}">sted</a>, <a href="${routes.rounds}">møderunde</a> og
  <a href="${routes.years}">år</a>.</p>
</noscript>`,
  });
}

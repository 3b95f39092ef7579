// The shell of every page: head, skip link, header with the main menu, breadcrumbs, main, footer.
import { absoluteUrl } from "../src/format/absolute-url.ts";
import { html, type Content, type Html } from "../src/html.ts";
import type { SiteData } from "../src/site/views.ts";
import { breadcrumbs, type Crumb, type Followable } from "./parts.ts";
import { routes } from "../src/routes.ts";

export interface PageShell {
  site: SiteData;
  /** the page's own URL, for its canonical link */
  url: string;
  /** without the site's name, which is added; none on the home page */
  title?: string;
  description?: string;
  head?: Content;
  /** the trail below "Forside"; none on the home page */
  trail?: Crumb[];
  /** feeds for browsers to offer besides the whole site's, e.g. the region's */
  feeds?: readonly Followable[];
  main: Content;
}

function alternates({ name, subscription }: Followable): Html {
  return html`
<link rel="alternate" type="application/atom+xml" title="${name} (Atom)" href="${subscription.atomUrl}">
<link rel="alternate" type="application/feed+json" title="${name} (JSON Feed)" href="${subscription.jsonUrl}">`;
}

export function basePage({ site, url, title, description, head, trail, feeds = [], main }: PageShell): Html {
  const { settings } = site;
  return html`<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title && `${title} – `}${settings.title}</title>
<meta name="description" content="${description ?? settings.description}">
<link rel="canonical" href="${absoluteUrl(url, settings.url)}">
<link rel="stylesheet" href="${routes.stylesheet}">${[{ name: settings.title, subscription: site.subscription }, ...feeds].map(alternates)}${head}
</head>
<body>
<a class="skip-link" href="#indhold">Spring til indholdet</a>
<header class="site-header">
  <a class="site-title" href="${routes.home}">${settings.title}</a>
  <form class="site-search" role="search" action="${routes.search}" method="get">
    <label class="visually-hidden" for="sitesoeg">Søg i referater og nyheder</label>
    <input id="sitesoeg" name="q" type="search" autocomplete="off">
    <button type="submit">Søg</button>
  </form>
  <nav aria-label="Hovedmenu">
    <ul>
      <li><a href="${routes.regions}">Regioner</a></li>
      <li><a href="${routes.themes}">Temaer</a></li>
      <li><a href="${routes.rounds}">Møderunder</a></li>
      <li><a href="${routes.organisations}">Organisationer</a></li>
      <li><a href="${routes.people}">Personer</a></li>
      <li><a href="${routes.venues}">Steder</a></li>
      <li><a href="${routes.newsIndex}">Nyheder</a></li>
      <li><a href="${routes.years}">Arkiv</a></li>
    </ul>
  </nav>
</header>
${trail && breadcrumbs(trail)}
<main id="indhold" tabindex="-1">
${main}
</main>
<footer class="site-footer">
  <p>${settings.title}</p>
  <ul>
    <li><a href="${routes.accessibility}">Tilgængelighedserklæring</a></li>
    <li><a href="${site.subscription.atomUrl}">Nyhedsfeed</a></li>
    <li><a href="${site.subscription.calendarUrl}">Kalender</a></li>
  </ul>
</footer>
</body>
</html>
`;
}

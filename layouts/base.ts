// The shell of every page: head, skip link, header with the main menu, breadcrumbs, main, footer.
import type { Settings } from "../src/content/model.ts";
import { accessibilityLink } from "../src/format/accessibility.ts";
import { fileType } from "../src/format/file-type.ts";
import { html, type Content, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { SiteData } from "../src/site/views.ts";
import { breadcrumbs, type Crumb, type Followable } from "./parts.ts";
import { sharing } from "./sharing.ts";
import { routes } from "../src/routes.ts";

export interface PageShell {
  site: SiteData;
  /** the page's own URL, for its canonical link */
  url: string;
  /** without the site's name, which is added; none on the home page */
  title?: string;
  description?: string;
  head?: Content;
  /** the trail below the home page; none on the home page */
  trail?: Crumb[];
  /** feeds for browsers to offer besides the whole site's, e.g. the region's */
  feeds?: readonly Followable[];
  /** a news article's day of publication: it is shared as an article, not as a page of the site */
  published?: string;
  /** the page's own picture, shared in place of the site's */
  image?: { url: string; alt: string };
  main: Content;
}

function alternates({ name, subscription }: Followable): Html {
  return html`
<link rel="alternate" type="application/atom+xml" title="${i18n.shell.atomFeed(name)}" href="${subscription.atomUrl}">
<link rel="alternate" type="application/feed+json" title="${i18n.shell.jsonFeed(name)}" href="${subscription.jsonUrl}">`;
}

/** The site's logo from site.yaml, which browsers show in the tab, or referat's own. */
function favicon({ logo }: Settings): Html {
  const [href, file] = logo ? [routes.media(logo.file), logo.file] : [routes.favicon, routes.favicon];
  return html`<link rel="icon" href="${href}" type="${fileType(file).mime}">`;
}

export function basePage(page: PageShell): Html {
  const { site, url, title, description, head, trail, feeds = [], main } = page;
  const { settings } = site;
  const { shell, sections } = i18n;
  return html`<!DOCTYPE html>
<html lang="${i18n.code}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title && `${title} – `}${settings.title}</title>
<meta name="description" content="${description ?? settings.description}">
<link rel="canonical" href="${routes.absolute(url)}">${sharing(page)}
${favicon(settings)}
<link rel="stylesheet" href="${routes.stylesheet}">${[{ name: settings.title, subscription: site.subscription }, ...feeds].map(alternates)}${head}
</head>
<body>
<a class="skip-link" href="#indhold">${shell.skipLink}</a>
<header class="site-header">
  <a class="site-title" href="${routes.home}">${
    // the link is named by the title beside the logo: a screen reader need not read it twice
    settings.logo &&
    html`<img src="${routes.media(settings.logo.file)}" alt="${settings.logo.alt === settings.title ? "" : settings.logo.alt}" height="40">`
  }${settings.title}</a>
  <form class="site-search" role="search" action="${routes.search}" method="get">
    <label class="visually-hidden" for="sitesoeg">${shell.searchLabel}</label>
    <input id="sitesoeg" name="q" type="search" autocomplete="off">
    <button type="submit">${shell.searchButton}</button>
  </form>
  <nav aria-label="${shell.mainMenu}">
    <ul>
      <li><a href="${routes.regions}">${sections.regions}</a></li>
      <li><a href="${routes.themes}">${sections.themes}</a></li>
      <li><a href="${routes.rounds}">${sections.rounds}</a></li>
      <li><a href="${routes.organisations}">${sections.organisations}</a></li>
      <li><a href="${routes.people}">${sections.people}</a></li>
      <li><a href="${routes.venues}">${sections.venues}</a></li>
      <li><a href="${routes.newsIndex}">${sections.news}</a></li>
      <li><a href="${routes.years}">${sections.archive}</a></li>
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
    <li><a href="${accessibilityLink(settings) ?? routes.accessibility}">${sections.accessibility}</a></li>
    <li><a href="${site.subscription.atomUrl}">${shell.newsFeed}</a></li>
    <li><a href="${site.subscription.calendarUrl}">${shell.calendar}</a></li>
  </ul>
</footer>
</body>
</html>
`;
}

// The accessibility statement ("tilgængelighedserklæring") Danish public-sector sites
// publish and link from every page.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";

export function accessibilityPage(site: SiteData): Html {
  const title = i18n.sections.accessibility;
  const statement = i18n.accessibility;
  return basePage({
    site,
    url: routes.accessibility,
    title,
    trail: [{ title }],
    main: html`<h1>${title}</h1>
<p>${statement.intro(site.settings.title)}</p>
<h2>${statement.howHeading}</h2>
<ul>${statement.how.map((line) => html`\n  <li>${line}</li>`)}
</ul>
<h2>${statement.problemHeading}</h2>
<p>${statement.problem}</p>`,
  });
}

// The accessibility statement ("tilgængelighedserklæring") Danish public-sector sites
// publish and link from every page, in the sections of the statements made in
// Digitaliseringsstyrelsen's WAS-Tool, with the contact from site.yaml. A site whose statement
// is in the WAS-Tool links there instead (format/accessibility.ts: accessibilityLink).
import { mailtoHref, telHref } from "../src/format/accessibility.ts";
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";

export function accessibilityPage(site: SiteData): Html {
  const title = i18n.sections.accessibility;
  const statement = i18n.accessibility;
  const { email, phone } = site.settings.accessibility ?? {};
  const list = (lines: readonly string[]) => html`<ul>${lines.map((line) => html`\n  <li>${line}</li>`)}
</ul>`;
  return basePage({
    site,
    url: routes.accessibility,
    title,
    trail: [{ title }],
    main: html`<h1>${title}</h1>
<p>${statement.intro(site.settings.title)}</p>
<h2>${statement.statusHeading}</h2>
<p>${statement.status}</p>
<h2>${statement.notAccessibleHeading}</h2>
${list(statement.notAccessible)}
<p>${statement.notAccessibleHelp}</p>
<h2>${statement.howHeading}</h2>
<p>${statement.howIntro}</p>
${list(statement.how)}
<h2>${statement.contactHeading}</h2>
<p>${statement.contact(email && html`<a href="${mailtoHref(email)}">${email}</a>`, phone && html`<a href="${telHref(phone)}">${phone.replace(/ /g, "\u00a0")}</a>`)}</p>
<p>${statement.privacy}</p>
<h2>${statement.enforcementHeading}</h2>
<p>${statement.enforcement}</p>`,
  });
}

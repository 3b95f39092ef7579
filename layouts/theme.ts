// The meetings that had one theme, as their theme or as one of their topics.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { SiteData, TermPage } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { items, pageSuffix, pagination, subscribe } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function themePage({ term, page }: TermPage, site: SiteData): Html {
  const name = i18n.themeName(term.name);
  const follow = [{ name, subscription: term.subscription }];
  return basePage({
    site,
    url: page.url,
    title: `${term.name}${pageSuffix(page)}`,
    trail: [{ title: i18n.sections.themes, url: routes.themes }, { title: term.name }],
    feeds: follow,
    main: html`<h1>${name}${pageSuffix(page)}</h1>
<p>${i18n.theme.intro(term.meetingCount, term.name)}</p>
${items(page.items, site.pictures)}${pagination(page)}${subscribe(follow)}`,
  });
}

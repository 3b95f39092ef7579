// The meetings that had one theme, as their theme or as one of their topics.
import { html, type Html } from "../src/html.ts";
import type { SiteData, TermPage } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { count, items, pageSuffix, pagination, subscribe } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function themePage({ term, page }: TermPage, site: SiteData): Html {
  const follow = [{ name: `Tema: ${term.name}`, subscription: term.subscription }];
  return basePage({
    site,
    url: page.url,
    title: `${term.name}${pageSuffix(page)}`,
    trail: [{ title: "Temaer", url: routes.themes }, { title: term.name }],
    feeds: follow,
    main: html`<h1>Tema: ${term.name}${pageSuffix(page)}</h1>
<p>${count(term.meetingCount, "møde", "møder")} har haft ${term.name} som tema eller emne. Nyeste først.</p>
${items(page.items)}${pagination(page)}${subscribe(follow)}`,
  });
}

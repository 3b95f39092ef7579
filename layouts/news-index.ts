// All news, newest first, 20 to a page.
import { html, type Html } from "../src/html.ts";
import type { ListPage } from "../src/site/paginate.ts";
import type { NewsView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { items, pageSuffix, pagination, subscribe } from "./parts.ts";

export function newsIndexPage(list: ListPage<NewsView>, site: SiteData): Html {
  const title = `Nyheder${pageSuffix(list)}`;
  const follow = [{ name: "Nyheder", subscription: site.newsSubscription }];
  return basePage({
    site,
    url: list.url,
    title,
    trail: [{ title: "Nyheder" }],
    feeds: follow,
    main: html`<h1>${title}</h1>
${list.items.length > 0 ? items(list.items) : html`<p>Der er endnu ingen nyheder.</p>`}${pagination(list)}${subscribe(follow)}`,
  });
}

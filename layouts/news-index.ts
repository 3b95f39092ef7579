// All news, newest first, 20 to a page.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { ListPage } from "../src/site/paginate.ts";
import type { NewsView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { items, pageSuffix, pagination, subscribe } from "./parts.ts";

export function newsIndexPage(list: ListPage<NewsView>, site: SiteData): Html {
  const name = i18n.sections.news;
  const title = `${name}${pageSuffix(list)}`;
  const follow = [{ name, subscription: site.newsSubscription }];
  return basePage({
    site,
    url: list.url,
    title,
    trail: [{ title: name }],
    feeds: follow,
    main: html`<h1>${title}</h1>
${list.items.length > 0 ? items(list.items, site.pictures) : html`<p>${i18n.newsIndex.empty}</p>`}${pagination(list)}${subscribe(follow)}`,
  });
}

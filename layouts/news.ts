// A news article and the meetings it is about.
import { zonedDateTime } from "../src/dates.ts";
import { html, trusted, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { NewsView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { badges, date, linkSection } from "./parts.ts";
import { routes } from "../src/routes.ts";
import { newsStructuredData } from "./structured-data.ts";

export function newsPage(article: NewsView, site: SiteData): Html {
  return basePage({
    site,
    url: article.url,
    title: article.title,
    description: article.summary,
    published: zonedDateTime(article.date),
    head: html`\n<script type="application/ld+json">${trusted(newsStructuredData(article, site.settings))}</script>`,
    trail: [{ title: i18n.sections.news, url: routes.newsIndex }, { title: article.title }],
    main: html`<article class="news">
  <header>
    <p class="kicker">${i18n.kinds.news}</p>
    <h1>${article.title}${badges(article)}</h1>
    <p class="meta">${date(article.date)}${article.author && ` · ${article.author}`}</p>
  </header>${
    article.html &&
    html`
  <div class="body">
    ${trusted(article.html)}
  </div>`
  }${linkSection("moeder", i18n.article.meetings, article.meetings)}
</article>`,
  });
}

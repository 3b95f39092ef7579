// A news article and the meetings it is about.
import { html, trusted, type Html } from "../src/html.ts";
import type { NewsView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { badges, date, linkSection } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function newsPage(article: NewsView, site: SiteData): Html {
  return basePage({
    site,
    url: article.url,
    title: article.title,
    description: article.summary,
    trail: [{ title: "Nyheder", url: routes.newsIndex }, { title: article.title }],
    main: html`<article class="news">
  <header>
    <p class="kicker">Nyhed</p>
    <h1>${article.title}${badges(article)}</h1>
    <p class="meta">${date(article.date)}${article.author && ` · ${article.author}`}</p>
  </header>${
    article.html &&
    html`
  <div class="body">
    ${trusted(article.html)}
  </div>`
  }${linkSection("moeder", "Møder i artiklen", article.meetings)}
</article>`,
  });
}

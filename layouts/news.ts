// A news article and the meetings it is about.
import { html, trusted, type Html } from "../src/html.ts";
import type { NewsView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { badges, date } from "./parts.ts";

function meetings(article: NewsView): Html | false {
  if (article.meetings.length === 0) return false;
  const entries = article.meetings.map(
    (meeting) => html`<li><a href="${meeting.url}">${meeting.title}</a>${badges(meeting)} <span class="meta">${date(meeting.date)} · <span>${meeting.regionName}</span></span></li>`,
  );
  return html`
  <section aria-labelledby="moeder">
    <h2 id="moeder">Møder i artiklen</h2>
    <ul class="items">
      ${entries}
    </ul>
  </section>`;
}

export function newsPage(article: NewsView, site: SiteData): Html {
  return basePage({
    site,
    url: article.url,
    title: article.title,
    description: article.summary,
    trail: [{ title: "Nyheder", url: "/nyheder/" }, { title: article.title }],
    main: html`<article class="news">
  <header>
    <p class="kicker">Nyhed</p>
    <h1>${article.title}${badges(article)}</h1>
    <p class="meta">${date(article.date)}${article.author && ` · ${article.author}`}</p>
  </header>
  <div class="body">
    ${trusted(article.html)}
  </div>${meetings(article)}
</article>`,
  });
}

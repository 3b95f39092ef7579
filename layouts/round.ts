// One meeting round: the regions' meetings side by side, and the news that covered the round.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { RoundPage, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { badges, date, items, pageSuffix, pagination } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function roundPage({ round, page, columns, news }: RoundPage, site: SiteData): Html {
  const regions = columns.map(
    ({ region, meetings }) => html`
  <section class="round-region" aria-labelledby="runde-${region.key}">
    <h2 id="runde-${region.key}"><a href="${region.url}">${region.name}</a></h2>
    <ul class="items">${meetings.map(
      (meeting) => html`
      <li class="item item-meeting">
        <a href="${meeting.url}">${meeting.title}</a>${badges(meeting)}
        <p class="meta">${date(meeting.date)} · ${meeting.place.name}</p>
        <p>${meeting.summary}</p>
      </li>`,
    )}
    </ul>
  </section>`,
  );
  return basePage({
    site,
    url: page.url,
    title: `${round.name}${pageSuffix(page)}`,
    trail: [{ title: i18n.sections.rounds, url: routes.rounds }, { title: round.name }],
    main: html`<h1>${round.name}${pageSuffix(page)}</h1>
<p>${i18n.round.intro(round.meetingCount, date(round.firstDate))}</p>
<div class="round">${regions}
</div>${pagination(page)}${
      news.length > 0 &&
      html`
<section aria-labelledby="runde-nyheder">
  <h2 id="runde-nyheder">${i18n.round.news}</h2>
  ${items(news, site.pictures)}
</section>`
    }`,
  });
}

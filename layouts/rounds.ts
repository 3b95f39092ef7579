// Every meeting round by year, newest first.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { ListPage } from "../src/site/paginate.ts";
import type { RoundView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { date, pageSuffix, pagination } from "./parts.ts";

export function roundsPage(list: ListPage<RoundView>, site: SiteData): Html {
  const years: { year: string; rounds: RoundView[] }[] = [];
  for (const round of list.items) {
    if (years.at(-1)?.year !== round.year) years.push({ year: round.year, rounds: [] });
    years.at(-1)!.rounds.push(round);
  }
  const name = i18n.sections.rounds;
  const title = `${name}${pageSuffix(list)}`;
  return basePage({
    site,
    url: list.url,
    title,
    trail: [{ title: name }],
    main: html`<h1>${title}</h1>
<p>${i18n.rounds.intro}</p>${years.map(
      ({ year, rounds }) => html`
<section aria-labelledby="aar-${year}">
  <h2 id="aar-${year}">${year}</h2>
  <ul class="index">${rounds.map(
    (round) => html`
    <li><a href="${round.url}">${round.name}</a> <span class="meta">${i18n.rounds.since(round.meetingCount, date(round.firstDate))}</span></li>`,
  )}
  </ul>
</section>`,
    )}${pagination(list)}`,
  });
}

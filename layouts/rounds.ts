// Every meeting round by year, newest first.
import { html, type Html } from "../src/html.ts";
import type { ListPage } from "../src/site/paginate.ts";
import type { RoundView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { count, date, pageSuffix, pagination } from "./parts.ts";

export function roundsPage(list: ListPage<RoundView>, site: SiteData): Html {
  const years: { year: string; rounds: RoundView[] }[] = [];
  for (const round of list.items) {
    if (years.at(-1)?.year !== round.year) years.push({ year: round.year, rounds: [] });
    years.at(-1)!.rounds.push(round);
  }
  const title = `Møderunder${pageSuffix(list)}`;
  return basePage({
    site,
    url: list.url,
    title,
    trail: [{ title: "Møderunder" }],
    main: html`<h1>${title}</h1>
<p>Netværkets møderunder, hvor regionerne mødes om de samme emner, nyeste først.</p>${years.map(
      ({ year, rounds }) => html`
<section aria-labelledby="aar-${year}">
  <h2 id="aar-${year}">${year}</h2>
  <ul class="index">${rounds.map(
    (round) => html`
    <li><a href="${round.url}">${round.name}</a> <span class="meta">${count(round.meetingCount, "møde", "møder")} fra ${date(round.firstDate)}</span></li>`,
  )}
  </ul>
</section>`,
    )}${pagination(list)}`,
  });
}

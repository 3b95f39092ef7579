// Meeting rounds (`series`): the regions' meetings of one round side by side, with the news
// that covers them, and an index of rounds by year.
import { pushTo } from "./lists.ts";
import { paginate } from "./paginate.ts";
import { Taxonomy, TAXONOMIES } from "./taxonomy.ts";
import { routes } from "../routes.ts";
import type { MeetingView, NewsView, RegionView, RoundPage, RoundView, SiteData } from "./views.ts";

export function roundTaxonomy(): Taxonomy<RoundView, MeetingView> {
  return new Taxonomy<RoundView, MeetingView>(TAXONOMIES.rounds, () => ({ year: "", firstDate: "" }));
}

export type RoundIndexes = Pick<SiteData, "rounds" | "roundPages" | "roundIndex">;

/** `meetings` and `news` newest first, `newsAbout` the meetings of each article; `regions` in the order of regions.yaml. */
export function roundIndexes(
  meetings: readonly MeetingView[],
  news: readonly NewsView[],
  newsAbout: Map<NewsView, MeetingView[]>,
  regions: readonly RegionView[],
  taxonomy: Taxonomy<RoundView, MeetingView>,
): RoundIndexes {
  for (const meeting of meetings) if (meeting.round) taxonomy.file(meeting.round, meeting);
  const newsByRound = new Map<RoundView, NewsView[]>();
  for (const article of news) {
    const covered = new Set((newsAbout.get(article) ?? []).map((meeting) => meeting.round).filter((round) => round !== undefined));
    for (const round of covered) pushTo(newsByRound, round, article);
  }

  const regionOrder = new Map(regions.map((region, index) => [region.key, index]));
  const rounds = taxonomy.all();
  for (const round of rounds) {
    round.firstDate = taxonomy.entriesOf(round).at(-1)!.date;
    round.year = round.firstDate.slice(0, 4);
  }
  rounds.sort((a, b) => (a.firstDate < b.firstDate ? 1 : a.firstDate > b.firstDate ? -1 : a.slug < b.slug ? -1 : 1));

  const roundPages = rounds.flatMap((round) => {
    // by region, then by date: each region's column reads in order
    const ordered = [...taxonomy.entriesOf(round)]
      .reverse()
      .sort((a, b) => regionOrder.get(a.region.key)! - regionOrder.get(b.region.key)!);
    return paginate(ordered, round.url).map((page): RoundPage => ({
      round,
      page,
      columns: regions
        .map((region) => ({ region, meetings: page.items.filter((meeting) => meeting.region === region) }))
        .filter((column) => column.meetings.length > 0),
      news: page.pageNumber === 1 ? (newsByRound.get(round) ?? []) : [],
    }));
  });
  return { rounds, roundPages, roundIndex: paginate(rounds, routes.rounds) };
}

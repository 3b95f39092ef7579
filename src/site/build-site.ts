// Builds everything the templates need from the validated content, once per build: views
// with their links, and every index (regions, themes, years, organisations, people, rounds,
// venues, home), in passes over the content that are linear in its size. No template
// filters the whole collection.
import type { Content, News } from "../content/model.ts";
import { i18n } from "../i18n/index.ts";
import type { Problem } from "../content/problems.ts";
import { monthName } from "../dates.ts";
import { noMemo, type Memo } from "../memo.ts";
import { alphabetPages, indexOrder, initialOf } from "./alphabet.ts";
import { Contributors, contributorIndexes } from "./contributors.ts";
import { meetingLink } from "./links.ts";
import { newestFirst, pushTo } from "./lists.ts";
import { renderMarkdown, type RenderedMarkdown } from "./markdown.ts";
import { meetingView, type Registries } from "./meeting-view.ts";
import { paginate } from "./paginate.ts";
import { linkRelated } from "./related.ts";
import { roundIndexes, roundTaxonomy } from "./rounds.ts";
import { buildSubscriptions } from "./subscriptions.ts";
import { Taxonomy, TAXONOMIES } from "./taxonomy.ts";
import { publishAt, routes, subscriptionOf } from "../routes.ts";
import { VenueTaxonomy, venueIndexes } from "./venues.ts";
import type { ItemView, MeetingView, NewsView, RegionPage, RegionView, SiteData, TermPage, TermView, YearPage, YearView } from "./views.ts";

const HOME_LIST_LENGTH = 5;

export function buildSite(
  content: Content,
  today: string,
  markdown: Memo<RenderedMarkdown> = noMemo(),
): { site: SiteData; problems: Problem[] } {
  // every URL from here on is made under the site's address (routes.ts)
  publishAt(content.settings.url);
  const regions = new Map<string, RegionView>(
    content.regions.map((region) => {
      const url = routes.region(region.key);
      return [region.key, { ...region, url, subscription: subscriptionOf(url), meetingCount: 0, upcomingCount: 0 }];
    }),
  );
  const registries: Registries = {
    terms: new Taxonomy<TermView, MeetingView>(TAXONOMIES.themes, (slug) => ({ subscription: subscriptionOf(routes.theme(slug)) })),
    contributors: new Contributors(),
    rounds: roundTaxonomy(),
    venues: new VenueTaxonomy(),
  };
  const meetings = content.meetings
    .map((meeting) => meetingView(meeting, regions.get(meeting.region)!, today, registries, markdown))
    .sort(newestFirst);
  const problems = [
    ...registries.terms.settle(),
    ...registries.contributors.organisations.settle(),
    ...registries.contributors.people.settle(),
    ...registries.rounds.settle(),
    ...registries.venues.settle(),
  ];

  const meetingsById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  // the meetings each article is about, resolved once here for the feeds and the rounds
  const newsAbout = new Map<NewsView, MeetingView[]>();
  const news = content.news.map((article) => newsView(article, meetingsById, markdown, newsAbout)).sort(newestFirst);

  // one pass over the meetings (newest first) fills every meeting index
  const byRegion = new Map<string, MeetingView[]>();
  const byYear = new Map<string, ItemView[]>();
  for (const meeting of meetings) {
    pushTo(byRegion, meeting.region.key, meeting);
    meeting.region.meetingCount++;
    if (meeting.upcoming) meeting.region.upcomingCount++;
    for (const term of [meeting.theme, ...meeting.topics]) registries.terms.file(term, meeting);
    pushTo(byYear, meeting.date.slice(0, 4), meeting);
  }
  for (const article of news) pushTo(byYear, article.date.slice(0, 4), article);
  for (const items of byRegion.values()) linkNeighbours(items);

  linkRelated(meetings);
  const themes = registries.terms.all().sort((a, b) => indexOrder((term: TermView) => term.name)(a, b) || (a.slug < b.slug ? -1 : 1));
  const years = [...byYear.keys()]
    .sort()
    .reverse()
    .map((year): YearView => {
      const items = byYear.get(year)!;
      const meetingCount = items.filter((item) => item.kind === "meeting").length;
      return { year, url: routes.year(year), meetingCount, newsCount: items.length - meetingCount };
    });

  const { siteSubscription, newsSubscription, feeds, calendars } = buildSubscriptions({
    settings: content.settings,
    today,
    meetings,
    news,
    regions: [...regions.values()],
    themes,
    byRegion,
    meetingsOf: (term) => registries.terms.entriesOf(term),
    newsAbout,
  });

  const site: SiteData = {
    settings: content.settings,
    editing: content.settings.cms ? "published" : undefined,
    media: content.media,
    pictures: new Map(),
    today,
    subscription: siteSubscription,
    newsSubscription,
    feeds,
    calendars,
    regions: [...regions.values()],
    meetings,
    news,
    themes,
    years,
    home: {
      latestNews: news.slice(0, HOME_LIST_LENGTH),
      upcoming: meetings
        .filter((meeting) => meeting.upcoming)
        .reverse()
        .slice(0, HOME_LIST_LENGTH),
      latestReports: meetings.filter((meeting) => !meeting.upcoming).slice(0, HOME_LIST_LENGTH),
    },
    regionPages: [...regions.values()].flatMap((region) => regionPages(region, byRegion.get(region.key) ?? [])),
    themePages: themes.flatMap((term): TermPage[] => paginate(registries.terms.entriesOf(term), term.url).map((page) => ({ term, page }))),
    themeIndex: alphabetPages(themes, (term) => initialOf(term.name), routes.themes),
    ...contributorIndexes(meetings, registries.contributors),
    ...roundIndexes(meetings, news, newsAbout, [...regions.values()], registries.rounds),
    ...venueIndexes(meetings, registries.venues),
    yearPages: years.flatMap((year): YearPage[] =>
      paginate(byYear.get(year.year)!.sort(newestFirst), year.url).map((page) => ({ year, page, months: byMonth(page.items) })),
    ),
    newsPages: paginate(news, routes.newsIndex),
  };
  return { site, problems };
}

/** A page of the year archive by month, newest first. */
function byMonth(items: readonly ItemView[]): YearPage["months"] {
  const months: YearPage["months"] = [];
  for (const item of items) {
    const month = item.date.slice(0, 7);
    const id = `${i18n.paths.month}-${month}`;
    if (months.at(-1)?.id !== id) months.push({ name: monthName(month), id, items: [] });
    months.at(-1)!.items.push(item);
  }
  return months;
}

function newsView(
  article: News,
  meetingsById: Map<string, MeetingView>,
  markdown: Memo<RenderedMarkdown>,
  newsAbout: Map<NewsView, MeetingView[]>,
): NewsView {
  const { html, firstParagraph } = markdown.get([routes.home, 2, article.body].join("\0"), () => renderMarkdown(article.body, 2));
  const { summary, meetings: _meetings, body: _body, ...asTheyAre } = article;
  const view: NewsView = {
    ...asTheyAre,
    kind: "news",
    url: routes.news(article.id),
    summary: summary ?? firstParagraph,
    html,
    meetings: [],
  };
  // a dev build keeps drafts, a production build has none: both find every referenced meeting
  const about = article.meetings.map((id) => meetingsById.get(id)).filter((meeting) => meeting !== undefined);
  for (const meeting of about) {
    view.meetings.push(meetingLink(meeting));
    meeting.news.push({ title: view.title, url: view.url, date: view.date });
  }
  newsAbout.set(view, about);
  view.meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.url < b.url ? -1 : 1));
  return view;
}

/** Links each meeting of a region (given newest first) to the one before and after it. */
function linkNeighbours(newestFirstInRegion: MeetingView[]): void {
  newestFirstInRegion.forEach((meeting, index) => {
    const later = newestFirstInRegion[index - 1];
    const earlier = newestFirstInRegion[index + 1];
    meeting.previous = earlier && meetingLink(earlier);
    meeting.next = later && meetingLink(later);
  });
}

/** Upcoming meetings first (soonest first), then past ones (newest first), 20 a page. */
function regionPages(region: RegionView, newestFirstInRegion: MeetingView[]): RegionPage[] {
  const upcoming = newestFirstInRegion.filter((meeting) => meeting.upcoming).reverse();
  const past = newestFirstInRegion.filter((meeting) => !meeting.upcoming);
  return paginate([...upcoming, ...past], region.url).map((page) => ({
    region,
    page,
    upcoming: page.items.filter((meeting) => meeting.upcoming),
    past: page.items.filter((meeting) => !meeting.upcoming),
  }));
}

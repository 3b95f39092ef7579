// What search knows of each meeting and news article: its text and the filters it offers,
// taken from the site data (not parsed back out of the pages), so that indexing can start
// as soon as the data is ready and run beside Eleventy's rendering.
import { i18n } from "../i18n/index.ts";
import type { ItemView, MeetingView, NewsView, SiteData } from "../site/views.ts";

const { searchFilters: filter, kinds } = i18n;

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string; date: string };
  filters: Record<string, string[]>;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** The text of our own HTML (markdown-it's output): tags dropped, character references read. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39);|&#(\d+);/g, (_, name: string | undefined, code: string | undefined) =>
      code ? String.fromCodePoint(Number(code)) : ENTITIES[name!]!,
    )
    .replace(/\s+/g, " ")
    .trim();
}

function meetingRecord(meeting: MeetingView): SearchRecord {
  const speakers = meeting.speakers.map(({ person, role, organisation, topic }) =>
    [person?.name, role, organisation.name, topic].filter(Boolean).join(", "),
  );
  const terms = [meeting.theme, ...meeting.topics].map((term) => term.name);
  // the materials by their titles: a reader looking for "præsentation fra KL" finds the meeting
  const materials = meeting.materials.map((material) => material.title);
  return {
    url: meeting.url,
    content: [
      meeting.title,
      meeting.summary,
      meeting.place.name,
      meeting.venue.city,
      ...terms,
      ...speakers,
      textOf(meeting.html),
      ...materials,
    ]
      .filter(Boolean)
      .join(". "),
    language: i18n.code,
    meta: { title: meeting.title, date: meeting.date },
    filters: {
      [filter.region]: [meeting.region.name],
      [filter.theme]: terms,
      [filter.year]: [meeting.date.slice(0, 4)],
      [filter.type]: [kinds.meeting],
    },
  };
}

function newsRecord(article: NewsView): SearchRecord {
  return {
    url: article.url,
    content: [article.title, article.summary, article.author, textOf(article.html)].filter(Boolean).join(". "),
    language: i18n.code,
    meta: { title: article.title, date: article.date },
    // a news article is found under the regions of the meetings it is about
    filters: {
      [filter.region]: [...new Set(article.meetings.map((meeting) => meeting.regionName))],
      [filter.year]: [article.date.slice(0, 4)],
      [filter.type]: [kinds.news],
    },
  };
}

export function searchRecords(site: SiteData): SearchRecord[] {
  const items: ItemView[] = [...site.meetings, ...site.news];
  return items.map((item) => (item.kind === "meeting" ? meetingRecord(item) : newsRecord(item)));
}

// Validated content built in memory, for tests of the site layer without files.
import type { Content, Meeting, News } from "../../src/content/model.ts";
import { buildSite } from "../../src/site/build-site.ts";

const REGIONS = [
  { key: "midt-nord", name: "Midt-Nord" },
  { key: "syddanmark", name: "Syddanmark" },
];

/** A meeting with the id "<region>/<name>"; `fields` replaces any of its defaults. */
export function meeting(id: string, date: string, fields: Partial<Meeting> = {}): Meeting {
  return {
    id,
    file: `meetings/${id}.md`,
    region: id.split("/")[0]!,
    date,
    title: `Møde ${id}`,
    venue: { name: "Rådhuset", city: "By", online: false },
    theme: "Rammearkitektur",
    topics: [],
    speakers: [],
    draft: false,
    body: "Første afsnit.\n\nAndet afsnit.\n",
    ...fields,
  };
}

export function news(id: string, date: string, meetings: string[] = []): News {
  return { id, file: `news/${id}.md`, date, title: `Nyhed ${id}`, meetings, draft: false, body: "Tekst.\n" };
}

/** The site data for these meetings and news, published at `url`, on `today`. */
export function site(meetings: Meeting[], articles: News[] = [], today = "2026-11-27", url = "https://x.dk") {
  const content: Content = {
    settings: { title: "T", url, description: "" },
    regions: REGIONS,
    meetings,
    news: articles,
    media: [],
  };
  return buildSite(content, today);
}

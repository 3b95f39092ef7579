// A meeting as its pages, feeds and calendar see it: its own fields as they are, its names
// (theme, topics, speakers, round, venue) filed in the site's groupings, its body rendered,
// its materials, programme and sign-up (materials.ts). Links to other meetings are added
// later, once every meeting has its view (build-site.ts).
import type { Meeting } from "../content/model.ts";
import type { Memo } from "../memo.ts";
import { routes } from "../routes.ts";
import type { Contributors } from "./contributors.ts";
import { renderMarkdown, type RenderedMarkdown } from "./markdown.ts";
import { materialsOf, programmeOf, publishedUrl, registrationOf } from "./materials.ts";
import type { Taxonomy } from "./taxonomy.ts";
import type { VenueTaxonomy } from "./venues.ts";
import type { MeetingView, RegionView, RoundView, TermView } from "./views.ts";

/** Everything named by free text in the meetings, grouped by slug. */
export interface Registries {
  terms: Taxonomy<TermView, MeetingView>;
  contributors: Contributors;
  rounds: Taxonomy<RoundView, MeetingView>;
  venues: VenueTaxonomy;
}

export function meetingView(
  meeting: Meeting,
  region: RegionView,
  today: string,
  registries: Registries,
  markdown: Memo<RenderedMarkdown>,
): MeetingView {
  const { html, firstParagraph } = markdown.get([routes.home, 3, meeting.body].join("\0"), () => renderMarkdown(meeting.body, 3));
  const { terms } = registries;
  const theme = terms.add(meeting.theme, meeting.file);
  // spellings of one term share one object: a Set drops repeats and the theme among the topics
  const topics = new Set(meeting.topics.map((topic) => terms.add(topic, meeting.file)));
  topics.delete(theme);
  // the meeting's own fields go on as they are, any new field of the schema with them
  const {
    region: _region,
    theme: _theme,
    topics: _topics,
    speakers: _speakers,
    series,
    summary,
    body: _body,
    registration: _r,
    image,
    ...asTheyAre
  } = meeting;
  const url = routes.meeting(meeting.id);
  const materials = materialsOf(meeting, url);
  return {
    ...asTheyAre,
    kind: "meeting",
    url,
    region,
    place: registries.venues.addVenue(meeting.venue, meeting.file),
    theme,
    topics: [...topics],
    speakers: registries.contributors.speakersOf(meeting.speakers, meeting.file),
    round: series === undefined ? undefined : registries.rounds.add(series, meeting.file),
    summary: summary ?? firstParagraph,
    upcoming: meeting.date >= today,
    html,
    calendarUrl: routes.calendar(routes.meeting(meeting.id)),
    news: [],
    previous: undefined,
    next: undefined,
    related: [],
    sameVenue: [],
    materials,
    programme: programmeOf(meeting, materials),
    registration: registrationOf(meeting, today),
    image: image && { ...image, url: publishedUrl(image.file, url, meeting.bundle?.folder) },
  };
}

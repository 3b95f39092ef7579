// A feed as the output writes it, from what the site data says it follows (site/subscriptions.ts):
// absolute URLs, RFC 3339 dates, the full text with its links made absolute. Each item's entry
// is made once per build, however many feeds it is in.
import type { Settings } from "../content/model.ts";
import { longDate, zonedDateTime } from "../dates.ts";
import { materialNote } from "../format/material-note.ts";
import { itemTitle } from "../format/item-title.ts";
import { venueLine } from "../format/venue-line.ts";
import { escapeHtml, html } from "../html.ts";
import { i18n } from "../i18n/index.ts";
import { routes } from "../routes.ts";
import type { FeedList, ItemView, MeetingView, NewsView } from "../site/views.ts";
import { absoluteLinks } from "./absolute-links.ts";
import type { Enclosure, Feed, FeedEntry } from "./feed.ts";

const entries = new WeakMap<ItemView, FeedEntry>();
const feeds = new WeakMap<FeedList, Feed>();

/** The feed that follows `list`, made once (both its Atom and its JSON Feed are written from it). */
export function feedOf(list: FeedList, settings: Settings): Feed {
  let feed = feeds.get(list);
  if (!feed) {
    const absolute = routes.absolute;
    feed = {
      title: list.title,
      description: list.description,
      homeUrl: absolute(list.listUrl),
      atomUrl: absolute(routes.atomFeed(list.listUrl)),
      jsonUrl: absolute(routes.jsonFeed(list.listUrl)),
      author: settings.title,
      updated: zonedDateTime(list.updated),
      entries: list.items.map(entryOf),
    };
    feeds.set(list, feed);
  }
  return feed;
}

function entryOf(item: ItemView): FeedEntry {
  let entry = entries.get(item);
  if (!entry) {
    entry = item.kind === "meeting" ? meetingEntry(item) : newsEntry(item);
    entries.set(item, entry);
  }
  return entry;
}

function meetingEntry(meeting: MeetingView): FeedEntry {
  const url = routes.absolute(meeting.url);
  const facts = `<p>${i18n.feeds.meetingFacts(escapeHtml(meeting.region.name), escapeHtml(longDate(meeting.date)), escapeHtml(venueLine(meeting.venue)))}</p>\n`;
  const enclosures = enclosuresOf(meeting);
  return {
    url,
    title: itemTitle(meeting),
    published: zonedDateTime(meeting.date),
    updated: zonedDateTime(meeting.date),
    summary: meeting.summary,
    html: facts + absoluteLinks(meeting.html, url) + materialsHtml(meeting),
    categories: [
      { term: meeting.region.key, label: meeting.region.name },
      ...[meeting.theme, ...meeting.topics].map((term) => ({ term: term.slug, label: term.name })),
    ],
    // left out when there are none, so that a meeting without them is written as it always was
    ...(enclosures.length > 0 && { enclosures }),
    ...(meeting.recording && { related: { url: meeting.recording, title: i18n.feeds.recording } }),
  };
}

/** The files among the meeting's materials (its links are no files to fetch). */
function enclosuresOf(meeting: MeetingView): Enclosure[] {
  return meeting.materials.flatMap(({ title, url, file }) =>
    file ? [{ url: routes.absolute(url), mime: file.mime, title, bytes: file.bytes }] : [],
  );
}

/**
 * The materials and the recording at the end of the text: a feed reader shows the entry
 * without the page around it, and many show no enclosure at all.
 */
function materialsHtml({ materials, recording }: MeetingView): string {
  const items = materials.map(
    (material) => html`<li><a href="${routes.absolute(material.url)}">${material.title}</a> (${materialNote(material)})</li>\n`,
  );
  return html`${items.length > 0 && html`<h2>${i18n.meeting.materials.heading}</h2>\n<ul>\n${items}</ul>\n`}${
    recording && html`<p><a href="${recording}">${i18n.feeds.recording}</a></p>\n`
  }`.markup;
}

function newsEntry(article: NewsView): FeedEntry {
  const url = routes.absolute(article.url);
  return {
    url,
    title: itemTitle(article),
    published: zonedDateTime(article.date),
    updated: zonedDateTime(article.date),
    summary: article.summary,
    html: absoluteLinks(article.html, url),
    author: article.author,
    categories: [],
  };
}

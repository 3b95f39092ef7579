// A feed as the output writes it, from what the site data says it follows (site/subscriptions.ts):
// absolute URLs, RFC 3339 dates, the full text with its links made absolute. Each item's entry
// is made once per build, however many feeds it is in.
import type { Settings } from "../content/model.ts";
import { longDate, zonedDateTime } from "../dates.ts";
import { itemTitle } from "../format/item-title.ts";
import { venueLine } from "../format/venue-line.ts";
import { escapeHtml } from "../html.ts";
import { i18n } from "../i18n/index.ts";
import { routes } from "../routes.ts";
import type { FeedList, ItemView, MeetingView, NewsView } from "../site/views.ts";
import { absoluteLinks } from "./absolute-links.ts";
import type { Feed, FeedEntry } from "./feed.ts";

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
  return {
    url,
    title: itemTitle(meeting),
    published: zonedDateTime(meeting.date),
    updated: zonedDateTime(meeting.date),
    summary: meeting.summary,
    html: facts + absoluteLinks(meeting.html, url),
    categories: [
      { term: meeting.region.key, label: meeting.region.name },
      ...[meeting.theme, ...meeting.topics].map((term) => ({ term: term.slug, label: term.name })),
    ],
  };
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

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
import { i18n } from "../i18n/index.ts";
import { latin1Json } from "../latin1.ts";
import { concatenate, type Enclosure, type Feed, type FeedEntry } from "./feed.ts";

const written = new WeakMap<FeedEntry, string>();

function itemJson(entry: FeedEntry): string {
  let json = written.get(entry);
  if (json === undefined) {
    json = latin1Json(
      JSON.stringify({
        id: entry.url,
        url: entry.url,
        title: entry.title,
        summary: entry.summary,
        content_html: entry.html,
        date_published: entry.published,
        date_modified: entry.updated,
        ...(entry.author && { authors: [{ name: entry.author }] }),
        tags: entry.categories.map((category) => category.label),
        ...(entry.enclosures && { attachments: entry.enclosures.map(attachmentOf) }),
      }),
    );
    written.set(entry, json);
  }
  return json;
}

/** JSON Feed 1.1's attachment: `url` and `mime_type` required, `size_in_bytes` left out when unknown. */
function attachmentOf({ url, mime, title, bytes }: Enclosure) {
  return { url, mime_type: mime, title, ...(bytes > 0 && { size_in_bytes: bytes }) };
}

export function jsonFeed(feed: Feed): string {
  const head = latin1Json(
    JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      description: feed.description,
      home_page_url: feed.homeUrl,
      feed_url: feed.jsonUrl,
      language: i18n.code,
      authors: [{ name: feed.author }],
    }),
  );
  // the items are written once per build and spliced in, rather than serialised per feed
  return `${head.slice(0, -1)},"items":[${concatenate(feed.entries.map(itemJson), ",")}]}\n`;
}

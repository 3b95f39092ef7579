// Atom 1.0 (RFC 4287). Each entry's XML is written once per build and reused by every feed
// it appears in (the site's, its region's, its themes').
import { escapeHtml } from "../html.ts";
import { i18n } from "../i18n/index.ts";
import { concatenate, type Enclosure, type Feed, type FeedEntry } from "./feed.ts";

/** Text for XML: escaped, and without the control characters XML 1.0 cannot carry at all. */
export function xmlText(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
}

const written = new WeakMap<FeedEntry, string>();

function entryXml(entry: FeedEntry): string {
  let xml = written.get(entry);
  if (xml === undefined) {
    xml = `  <entry>
    <id>${xmlText(entry.url)}</id>
    <title type="text">${xmlText(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>
${(entry.enclosures ?? []).map(enclosureXml).join("")}${
      entry.related ? `    <link rel="related" href="${xmlText(entry.related.url)}" title="${xmlText(entry.related.title)}"/>\n` : ""
    }    <published>${entry.published}</published>
    <updated>${entry.updated}</updated>
${entry.author ? `    <author><name>${xmlText(entry.author)}</name></author>\n` : ""}${entry.categories
      .map(({ term, label }) => `    <category term="${xmlText(term)}" label="${xmlText(label)}"/>\n`)
      .join("")}    <summary type="text">${xmlText(entry.summary)}</summary>
    <content type="html">${xmlText(entry.html)}</content>
  </entry>
`;
    written.set(entry, xml);
  }
  return xml;
}

/** RFC 4287 4.2.7.2: a related resource that may be large; `length` is advisory, and left out when unknown. */
function enclosureXml({ url, mime, bytes, title }: Enclosure): string {
  const length = bytes > 0 ? ` length="${bytes}"` : "";
  return `    <link rel="enclosure" href="${xmlText(url)}" type="${xmlText(mime)}"${length} title="${xmlText(title)}"/>\n`;
}

export function atomFeed(feed: Feed): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${i18n.code}">
  <id>${xmlText(feed.atomUrl)}</id>
  <title type="text">${xmlText(feed.title)}</title>
  <subtitle type="text">${xmlText(feed.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.atomUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.homeUrl)}"/>
  <updated>${feed.updated}</updated>
  <author><name>${xmlText(feed.author)}</name></author>
  <generator>referat</generator>
${concatenate(feed.entries.map(entryXml))}</feed>
`;
}

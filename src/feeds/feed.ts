// A feed as it is written, independent of its format: made once per build (entries.ts) from
// what the site data says it follows, and written as Atom and as JSON Feed.

export interface FeedEntry {
  /** the entry's absolute page URL, which is also its id */
  url: string;
  title: string;
  /** RFC 3339, from the content's date: two builds of the same content agree */
  published: string;
  updated: string;
  summary: string;
  /** the full text as HTML, links made absolute */
  html: string;
  author?: string;
  categories: { term: string; label: string }[];
  /** the files it carries (a meeting's materials), for readers that fetch or list them; none when it has none */
  enclosures?: Enclosure[];
  /** a page elsewhere about it: a meeting's recording */
  related?: { url: string; title: string };
}

/** A file of an entry: Atom's enclosure link, JSON Feed's attachment. */
export interface Enclosure {
  /** absolute */
  url: string;
  mime: string;
  title: string;
  /** its size; 0 when unknown, and then left out */
  bytes: number;
}

export interface Feed {
  title: string;
  description: string;
  /** absolute URL of that list's page */
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** the network, named as every entry's author where the entry names none */
  author: string;
  /** the newest entry's date (the site's newest content for a feed without entries) */
  updated: string;
  /** newest first */
  entries: FeedEntry[];
}

/**
 * Joins the entries' text without copying it: `+` makes V8 keep a rope that points at each
 * entry's text, written once per build, where `join` would copy it into every feed. Eleventy
 * holds every rendered file in memory until it writes them; at 10,000 meetings the copies
 * were some 300 MB.
 */
export function concatenate(parts: readonly string[], separator = ""): string {
  let text = "";
  parts.forEach((part, index) => {
    text = index === 0 ? part : text + separator + part;
  });
  return text;
}

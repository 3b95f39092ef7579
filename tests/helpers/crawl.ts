// Crawls a served site as its readers' programs would: every page in Chromium, and every feed
// and calendar as a feed reader or calendar fetches it, following each same-site link once.
import type { APIResponse, BrowserContext, Response } from "playwright-core";

/** One answer of the server: what was asked, from which page, and what came back. */
export interface Fetched {
  url: string;
  from: string;
  status: number;
  type: string;
  cache: string;
  redirected: boolean;
}

export interface Crawl {
  fetched: Fetched[];
  /** every link seen, resolved, with the page it was on (external ones too) */
  links: { url: string; from: string }[];
  problems: string[];
}

export const IMMUTABLE = "public, max-age=31536000, immutable";

const SELECTOR = "a[href], link[href], script[src], img[src], form[action]";

/** What kind of file a URL is, by its name, for the content type it must have. */
export function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith("/") || path.endsWith(".html")) return "html";
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name === "feed.xml") return "atom";
  if (name === "feed.json") return "feed+json";
  const extension = name.slice(name.lastIndexOf(".") + 1);
  if (extension === "pagefind" || extension.startsWith("pf_")) return "pagefind";
  return { ics: "calendar", jpeg: "jpg", mjs: "js" }[extension] ?? extension;
}

export const CONTENT_TYPES: Record<string, RegExp> = {
  html: /^text\/html; charset=utf-8$/i,
  css: /^text\/css; charset=utf-8$/i,
  js: /^(text|application)\/javascript; charset=utf-8$/i,
  atom: /^application\/atom\+xml; charset=utf-8$/i,
  "feed+json": /^application\/feed\+json(; charset=utf-8)?$/i,
  calendar: /^text\/calendar; charset=utf-8$/i,
  json: /^application\/json(; charset=utf-8)?$/i,
  // gzip data that Pagefind unpacks itself (its WebAssembly too): no type of its own
  pagefind: /^application\/octet-stream$/,
  xml: /^(text|application)\/xml(; charset=utf-8)?$/i,
  txt: /^text\/plain; charset=utf-8$/i,
  svg: /^image\/svg\+xml$/,
  png: /^image\/png$/,
  jpg: /^image\/jpeg$/,
  ico: /^image\/(x-icon|vnd\.microsoft\.icon)$/,
  webp: /^image\/webp$/,
  pdf: /^application\/pdf$/,
};

/** Names that change whenever the content does: the build's fingerprinted assets, Pagefind's index files. */
export function isFingerprinted(url: string): boolean {
  const path = new URL(url).pathname;
  return (
    /\/assets\/[^/]+\.[0-9a-f]{8,}\.[a-z0-9]+$/.test(path) ||
    /\/pagefind\/((fragment|index|filter)\/[^/]+|pagefind\.[^/]+\.pf_meta)$/.test(path)
  );
}

/** What is wrong with an answer: its status, its content type for its kind, its caching. */
export function checkAnswer(answer: Fetched): string[] {
  const problems: string[] = [];
  const where = `${answer.url} (on ${answer.from})`;
  if (answer.status !== 200) problems.push(`${answer.status} ${where}`);
  if (answer.redirected) problems.push(`redirected: ${where}`);
  const kind = kindOf(answer.url);
  const expected = CONTENT_TYPES[kind];
  if (!expected) problems.push(`no content type is known for .${kind}: ${where}`);
  else if (!expected.test(answer.type)) problems.push(`content type ${JSON.stringify(answer.type)} for ${kind}: ${where}`);
  const caching = isFingerprinted(answer.url) ? IMMUTABLE : "no-cache";
  if (answer.status === 200 && answer.cache !== caching)
    problems.push(`Cache-Control ${JSON.stringify(answer.cache)}, not "${caching}": ${where}`);
  return problems;
}

/** The absolute addresses in a feed or calendar, wherever they stand (links, ids, URL: lines). */
export function addressesIn(text: string): string[] {
  // iCalendar folds long lines; feeds escape the markup of their content
  const unfolded = text.replace(/\r?\n[ \t]/g, "");
  const plain = unfolded.replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
  return plain.match(/https?:\/\/[^\s"'<>\\]+/g) ?? [];
}

/** Links in a feed that a feed reader cannot follow: root-relative or relative ones. */
export function relativeLinksIn(text: string): string[] {
  return text.match(/(href|src)=(&quot;|\\"|")(?!https?:|mailto:|#)[^"&\\]*/g) ?? [];
}

function answerOf(url: string, from: string, response: Response | APIResponse, redirected: boolean): Fetched {
  const headers = response.headers();
  return {
    url,
    from,
    status: response.status(),
    type: headers["content-type"] ?? "",
    cache: headers["cache-control"] ?? "",
    redirected,
  };
}

/**
 * Crawls from `starts`. `local` gives the address on the test server of a same-site URL (the
 * site's own absolute addresses included), or undefined for another site's.
 */
export async function crawl(context: BrowserContext, starts: string[], local: (url: string) => string | undefined): Promise<Crawl> {
  const result: Crawl = { fetched: [], links: [], problems: [] };
  const queue = starts.map((url) => ({ url, from: "(start)" }));
  const seen = new Set(starts);
  const follow = (found: string[], from: string) => {
    for (const address of found) {
      result.links.push({ url: address, from });
      const target = local(address);
      if (target === undefined) continue;
      const url = target.split("#")[0]!;
      if (!seen.has(url)) {
        seen.add(url);
        queue.push({ url, from });
      }
    }
  };
  const page = await context.newPage();
  // what a page loads by itself (stylesheets, scripts, images) is checked like what it links,
  // the first time only: later loads come from the browser's cache (304 after "no-cache")
  const loaded = new Set<string>();
  page.on("response", (response) => {
    const url = response.url();
    if (local(url) !== url || response.request().isNavigationRequest() || loaded.has(url)) return;
    loaded.add(url);
    result.fetched.push(answerOf(url, page.url(), response, false));
  });
  page.on("requestfailed", (request) => {
    // the next page's navigation cancels what the last one was still loading (a favicon): not the server's fault
    const error = request.failure()?.errorText;
    if (error !== "net::ERR_ABORTED") result.problems.push(`failed: ${request.url()} (on ${page.url()}): ${error}`);
  });
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { url, from } = next;
    if (kindOf(url) === "html") {
      const response = await page.goto(url);
      if (!response) throw new Error(`no answer for ${url}`);
      result.fetched.push(answerOf(url, from, response, response.request().redirectedFrom() !== null));
      if (response.ok()) follow(await page.$$eval(SELECTOR, linksOf), url);
    } else {
      const response = await context.request.get(url, { maxRedirects: 0 });
      result.fetched.push(answerOf(url, from, response, false));
      const kind = kindOf(url);
      // feeds, calendars, the sitemap and robots.txt write full addresses
      if (response.ok() && ["atom", "feed+json", "calendar", "xml", "txt"].includes(kind)) {
        const text = await response.text();
        follow(addressesIn(text), url);
        const feed = kind === "atom" || kind === "feed+json";
        for (const link of feed ? relativeLinksIn(text) : []) result.problems.push(`a relative link in a feed: ${link} (in ${url})`);
      }
    }
  }
  await page.close();
  return result;
}

// runs in the page (Playwright sends its source, so it uses nothing from outside): the
// resolved address each element points to
function linksOf(elements: Element[]): string[] {
  return elements.map((element) => {
    const attribute = ["href", "src", "action"].find((name) => element.hasAttribute(name))!;
    return new URL(element.getAttribute(attribute)!, document.baseURI).href;
  });
}

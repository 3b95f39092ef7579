// The site as a web server publishes it: the example content built for an address under a
// sub-path (a GitHub Pages project site), served by Debian's nginx with the shipped
// docs/publish/nginx.conf, and crawled in Chromium from the base path.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { NOW, runScript, temporaryFolder } from "../helpers/build.ts";
import { checkAnswer, crawl, IMMUTABLE, kindOf, type Crawl, type Fetched } from "../helpers/crawl.ts";
import { configure, SHIPPED_BASE, SHIPPED_CONFIG, startNginx, type RunningNginx } from "../helpers/nginx.ts";

const ADDRESS = "https://example.github.io/referat/";
const PUBLIC = new URL(ADDRESS);
const BASE = PUBLIC.pathname;
const SEARCH_WORD = "brugerstyring";
// the address in the example's site.yaml, which --url overrides
const SITE_YAML_HOST = new URL(/^url: *"?([^"\s]+)/m.exec(readFileSync("content/_data/site.yaml", "utf8"))![1]!).host;

let site: string;
let nginx: RunningNginx;
let browser: Browser;
let context: BrowserContext;
let result: Crawl;

/** The test server's address for a URL of the site, whether written for its public address or for the server. */
function local(address: string): string | undefined {
  const url = new URL(address);
  if (url.origin === PUBLIC.origin) return `${nginx.origin}${url.pathname}${url.search}`;
  return url.origin === nginx.origin ? address : undefined;
}

const list = (problems: string[]) => `${problems.length} problem(s):\n${problems.join("\n")}`;

beforeAll(async () => {
  site = join(temporaryFolder(), "site");
  const run = runScript("build", ["--content", "content", "--output", site, "--now", NOW, "--url", ADDRESS]);
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  nginx = await startNginx(site, BASE);
  browser = await launchChromium();
  context = await browser.newContext();
  // the home page, and what is there for search engines (the sitemap lists every page)
  const starts = ["", "sitemap.xml", "robots.txt"].filter((file) => file === "" || existsSync(join(site, file)));
  result = await crawl(
    context,
    starts.map((file) => `${nginx.origin}${BASE}${file}`),
    local,
  );
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await nginx?.stop();
});

describe("the shipped nginx configuration", () => {
  it("is written for /referat/ and moves whole to another base path by its marked lines", () => {
    const shipped = readFileSync(SHIPPED_CONFIG, "utf8");
    expect(SHIPPED_BASE).toBe(BASE);
    const atRoot = configure(shipped, { port: 8080, folder: "/srv/site", basePath: "/" });
    expect(atRoot).toContain("location ^~ / { # referat: base path");
    expect(atRoot).toContain("error_page 403 404 =404 /404.html;");
    expect(atRoot).toContain("alias /srv/site/;");
    expect(atRoot).toContain("listen 127.0.0.1:8080;");
    const directives = atRoot.replace(/#.*$/gm, "");
    expect(directives).not.toMatch(/\/referat\b/);
    expect(() => configure(shipped.replace("# referat: site folder", ""), { port: 1, folder: "/x", basePath: "/" })).toThrow();
  });

  it("loads in nginx without a warning", () => {
    expect(nginx.errors()).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
  });
});

describe(`the example site built for ${ADDRESS}, behind nginx`, () => {
  it("answers every link of every page, feed and calendar with 200, its content type and its caching", () => {
    const problems = [...result.problems, ...new Set(result.fetched.flatMap(checkAnswer))];
    for (const { url, from } of result.links) {
      const target = local(url);
      if (target && !new URL(target).pathname.startsWith(BASE)) problems.push(`outside the base path: ${url} (on ${from})`);
      if (new URL(url).host === SITE_YAML_HOST) problems.push(`site.yaml's address, not --url: ${url} (on ${from})`);
    }
    expect(problems, list(problems)).toEqual([]);
    const kinds = new Set(result.fetched.map((answer) => kindOf(answer.url)));
    for (const kind of ["html", "css", "atom", "feed+json", "calendar", "js"]) expect(kinds).toContain(kind);
    expect(result.fetched.filter((answer) => kindOf(answer.url) === "html").length).toBeGreaterThan(40);
  });

  it("serves the fingerprinted stylesheet for a year, and text gzipped", async () => {
    const stylesheet = result.fetched.find((answer) => /\/assets\/referat\.[0-9a-f]{8,}\.css$/.test(answer.url));
    expect(stylesheet?.cache, "the pages' stylesheet, fingerprinted").toBe(IMMUTABLE);
    const texts = ["", "feed.xml", "feed.json", "kalender.ics", "pagefind/pagefind-ui.js"].map((path) => `${nginx.origin}${BASE}${path}`);
    for (const url of [...texts, stylesheet!.url]) {
      const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
      expect(response.headers.get("content-encoding"), url).toBe("gzip");
      expect(response.headers.get("vary"), url).toMatch(/Accept-Encoding/i);
    }
  });

  it("answers a missing page with the site's 404 page and status 404, and never shows the build's own files", async () => {
    const missing = await fetch(`${nginx.origin}${BASE}findes-ikke`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await missing.text()).toBe(readFileSync(join(site, "404.html"), "utf8"));
    expect((await fetch(`${nginx.origin}${BASE}.referat-site`)).status).toBe(404);
    // a folder without an index is not there to a reader either
    const folder = await fetch(`${nginx.origin}${BASE}assets/`);
    expect(folder.status).toBe(404);
    expect(await folder.text()).toBe(readFileSync(join(site, "404.html"), "utf8"));
    const bare = await fetch(`${nginx.origin}${BASE.slice(0, -1)}`, { redirect: "manual" });
    expect([bare.status, bare.headers.get("location")]).toEqual([301, BASE]);
  });

  it(`finds "${SEARCH_WORD}" with Pagefind, every result under the base path and answering 200`, async () => {
    const page = await context.newPage();
    const answers: Fetched[] = [];
    page.on("response", (response) => {
      const headers = response.headers();
      if (!response.request().isNavigationRequest() && response.url().startsWith(`${nginx.origin}${BASE}pagefind/`)) {
        const answer = { url: response.url(), from: page.url(), status: response.status(), redirected: false };
        answers.push({ ...answer, type: headers["content-type"] ?? "", cache: headers["cache-control"] ?? "" });
      }
    });
    await page.goto(`${nginx.origin}${BASE}soeg/?q=${SEARCH_WORD}`);
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 20_000 });
    const links = await page
      .locator(".pagefind-ui__result-link")
      .evaluateAll((elements) => elements.map((a) => (a as HTMLAnchorElement).href));
    await page.close();
    const problems = answers.flatMap(checkAnswer);
    for (const link of links) {
      if (!link.startsWith(`${nginx.origin}${BASE}`)) problems.push(`a result outside the base path: ${link}`);
      const status = (await context.request.get(link, { maxRedirects: 0 })).status();
      if (status !== 200) problems.push(`${status} ${link} (a search result)`);
    }
    expect(links.length).toBeGreaterThan(0);
    expect(answers.some((answer) => answer.url.includes("/fragment/"))).toBe(true);
    expect(problems, list(problems)).toEqual([]);
  });
});

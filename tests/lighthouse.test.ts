// The pure parts of `npm run lighthouse` (scripts/lighthouse/report.ts): which pages it
// audits, what it prints and when it fails. Lighthouse itself is not run here: its scores vary
// with the machine's load, so the script prints them (issue 13) and these tests use made-up
// results in the shape of Lighthouse's.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  choosePages,
  describeItems,
  formatFailures,
  formatTable,
  longestWord,
  shortfalls,
  summarize,
  type LighthouseResult,
  type Page,
} from "../scripts/lighthouse/report.ts";

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A site folder with an index.html at each of `pages` (paths without the leading slash), holding `html`. */
function site(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "referat-lighthouse-test-"));
  folders.push(root);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

const COMPLETE = {
  "index.html": "<h1>Forside</h1>",
  "soeg/index.html": "<h1>Søg</h1>",
  "moeder/syddanmark/2017-03-16-b/index.html": "<h1>Syddanmark: Brugerstyring</h1>",
  "moeder/midt-nord/2017-03-07-a/index.html": "<h1>Midt-Nord: Brug af <em>rammearkitekturen</em> &amp; mere</h1>",
  "nyheder/index.html": "<h1>Nyheder</h1>",
  "nyheder/side/2/index.html": "<h1>Nyheder, side 2</h1>",
  "nyheder/2018/2018-01-02-y/index.html": "<h1>Y</h1>",
  "nyheder/2017/2017-04-11-x/index.html": "<h1>X</h1>",
};

describe("choosePages", () => {
  it("picks the home page, the first meeting and news article by name, and the search page searching the meeting's longest word", () => {
    expect(choosePages(site(COMPLETE))).toEqual([
      { name: "home", path: "/" },
      { name: "meeting", path: "/moeder/midt-nord/2017-03-07-a/" },
      // a page of the news list is not an article: only year folders hold articles
      { name: "news", path: "/nyheder/2017/2017-04-11-x/" },
      { name: "search", path: "/soeg/?q=rammearkitekturen" },
    ]);
  });

  it("passes over a folder without a page", () => {
    const pages = choosePages(site({ ...COMPLETE, "moeder/hovedstaden/tom/billede.png": "" }));
    expect(pages[1]!.path).toBe("/moeder/midt-nord/2017-03-07-a/");
  });

  it("says what a site lacks", () => {
    const { "nyheder/2018/2018-01-02-y/index.html": _y, "nyheder/2017/2017-04-11-x/index.html": _x, ...noNews } = COMPLETE;
    expect(() => choosePages(site(noNews))).toThrow(/no page at \/nyheder\//);
    const { "soeg/index.html": _search, ...noSearch } = COMPLETE;
    expect(() => choosePages(site(noSearch))).toThrow(/no search page/);
    expect(() => choosePages(site({}))).toThrow(/moeder/);
  });

  it("searches a whole Danish word, lower-cased", () => {
    expect(longestWord("Sjælland: Monopolbrud og dialogværktøjer")).toBe("dialogværktøjer");
    expect(longestWord("Hovedstaden: IT-arkitekturprincipper")).toBe("arkitekturprincipper");
    expect(() => longestWord("2017 — 42")).toThrow();
  });
});

const PAGE: Page = { name: "meeting", path: "/moeder/a/b/" };

/** A Lighthouse result with `scores` (0-1) and the audits `audits` ([category, id, score]). */
function result(scores: Record<string, number | null>, audits: [string, string, number | null, unknown?][]): LighthouseResult {
  return {
    categories: Object.fromEntries(
      Object.entries(scores).map(([category, score]) => [
        category,
        { score, auditRefs: audits.filter(([owner]) => owner === category).map(([, id]) => ({ id })) },
      ]),
    ),
    audits: Object.fromEntries(audits.map(([, id, score, details]) => [id, { id, title: `The ${id} audit`, score, details }])),
  };
}

const SCORES = { performance: 0.874, accessibility: 0.96, "best-practices": 0.925, seo: 1 };

describe("summarize", () => {
  it("gives each category's score out of 100 and the audits under 1 of accessibility, best practices and SEO", () => {
    const summary = summarize(
      PAGE,
      result(SCORES, [
        ["performance", "largest-contentful-paint", 0.5],
        [
          "accessibility",
          "color-contrast",
          0,
          { items: [{ node: { snippet: "<a>", explanation: "Fix any of the following:\n  contrast 3.1" } }] },
        ],
        ["accessibility", "aria-text", null],
        ["best-practices", "errors-in-console", 0],
        ["best-practices", "font-size", 0.5],
        ["seo", "meta-description", 1],
      ]),
    );
    expect(summary.scores).toEqual({ performance: 87, accessibility: 96, "best-practices": 93, seo: 100 });
    expect(summary.failing.map(({ category, id, score }) => [category, id, score])).toEqual([
      ["accessibility", "color-contrast", 0],
      ["best-practices", "errors-in-console", 0],
      ["best-practices", "font-size", 0.5],
    ]);
    expect(summary.failing[0]!.items).toEqual(["<a> — Fix any of the following: contrast 3.1"]);
    expect(summary.error).toBeUndefined();
  });

  it("carries Lighthouse's runtime error, and a missing score as null", () => {
    const summary = summarize(PAGE, {
      ...result({ ...SCORES, seo: null }, []),
      runtimeError: { code: "NO_FCP", message: "The page did not paint" },
    });
    expect(summary.error).toBe("NO_FCP: The page did not paint");
    expect(summary.scores.seo).toBeNull();
  });
});

describe("describeItems", () => {
  it("names the element, URL or message an audit points at, a few of them", () => {
    const message = { source: "network", description: "Failed to load resource: 404", sourceLocation: { url: "http://x/favicon.ico" } };
    expect(describeItems({ items: [message] })).toEqual(["network — Failed to load resource: 404 — http://x/favicon.ico"]);
    expect(describeItems({ items: [{ href: "/a/", text: "klik her" }] })).toEqual(["/a/ — klik her"]);
    const many = describeItems({ items: Array.from({ length: 8 }, (_, index) => ({ url: `/${index}` })) });
    expect(many).toEqual(["/0", "/1", "/2", "/3", "/4", "… and 3 more"]);
    expect(describeItems(undefined, "2 links")).toEqual(["2 links"]);
    expect(describeItems({ items: [{ node: { snippet: "x".repeat(1000) } }] })[0]!.length).toBeLessThanOrEqual(300);
  });
});

describe("formatTable and formatFailures", () => {
  const good = summarize(
    { name: "home", path: "/" },
    result(SCORES, [["seo", "robots-txt", 0, { items: [{ message: "Unknown directive" }] }]]),
  );
  const broken = summarize(
    { name: "search", path: "/soeg/?q=ord" },
    { ...result(SCORES, []), runtimeError: { code: "X", message: "gone" } },
  );

  it("prints a row per page and a column per category, scores aligned right", () => {
    const lines = formatTable([good, broken]).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^page\s+path\s+perf\s+a11y\s+best practices\s+seo$/);
    expect(lines[1]).toMatch(/^home\s+\/\s+87\s+96\s+93\s+100$/);
    expect(lines[2]).toMatch(/^search\s+\/soeg\/\?q=ord\s+error\s+error\s+error\s+error$/);
    // right-aligned: every row ends at the same column
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });

  it("lists each audit under 1 with its page, id, title and what it points at", () => {
    const text = formatFailures([good, broken]);
    expect(text).toContain("home /  [seo] robots-txt (0): The robots-txt audit\n    Unknown directive");
    expect(text).toContain("search /soeg/?q=ord: Lighthouse failed: X: gone");
    expect(formatFailures([summarize(PAGE, result(SCORES, [["seo", "canonical", 1]]))])).toMatch(/^No audit under 1/);
  });
});

describe("shortfalls: why the script exits 1", () => {
  const page = (scores: Record<string, number | null>) => summarize(PAGE, result(scores, []));

  it("holds accessibility, best practices and SEO to --min, not performance", () => {
    expect(shortfalls([page({ ...SCORES, performance: 0.2 })], 90)).toEqual([]);
    expect(shortfalls([page(SCORES)], 95)).toEqual(["meeting: best-practices 93 < 95"]);
    expect(shortfalls([page({ ...SCORES, "best-practices": 0.95 })], 95)).toEqual([]);
  });

  it("fails only where Lighthouse failed, without --min", () => {
    expect(shortfalls([page({ ...SCORES, accessibility: 0.1 })])).toEqual([]);
    expect(shortfalls([page({ ...SCORES, seo: null })])).toEqual(["meeting: no seo score"]);
    expect(shortfalls([{ ...page(SCORES), error: "NO_FCP" }])).toEqual(["meeting: Lighthouse failed"]);
  });

  it("refuses a --min that is not a score, before it builds or starts a browser", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync("npx", ["tsx", "scripts/lighthouse.ts", "--min", "lots"], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(stderr).toContain('--min "lots" is not a score from 0 to 100.');
  });
});

// The `_headers` file for Netlify and Cloudflare Pages, read the way those hosts read it: every
// rule whose path matches applies (a splat matches the rest, a :placeholder one folder), and a
// header two rules set would be joined with a comma.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_TYPES, FOR_A_YEAR, headersFile } from "../../src/publish/headers.ts";
import { routes } from "../../src/routes.ts";

type Rule = { pattern: RegExp; path: string; headers: [string, string][] };

function parse(file: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of file.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!line.startsWith(" ")) {
      const source = line
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/:\w+/g, "[^/]+");
      rules.push({ pattern: new RegExp(`^${source}$`), path: line, headers: [] });
      continue;
    }
    const header = /^ {2}([A-Za-z-]+): (.+)$/.exec(line);
    if (!header || !rules.length) throw new Error(`not a header line of a rule: ${JSON.stringify(line)}`);
    rules.at(-1)!.headers.push([header[1]!, header[2]!]);
  }
  return rules;
}

/** The headers a request for `path` gets; throws when two rules set the same one. */
function headersFor(rules: Rule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((candidate) => candidate.pattern.test(path))) {
    for (const [name, value] of rule.headers) {
      if (name in headers) throw new Error(`${path}: ${name} set twice, the host would send "${headers[name]}, ${value}"`);
      headers[name] = value;
    }
  }
  return headers;
}

// where the site writes files, from its routes, under a base path
const under = (basePath: string, url: string) => `${basePath}${url.slice(1)}`;
const meeting = routes.meeting("syddanmark/2017-03-16-brugerstyring");
const FEEDS = [routes.home, routes.newsIndex, routes.region("syddanmark"), routes.theme("brugerstyring")];
const CALENDARS = [routes.home, routes.region("syddanmark"), routes.theme("brugerstyring"), meeting];

describe.each(["/", "/referat/", "/a/b/"])("headersFile(%j)", (basePath) => {
  const rules = parse(headersFile(basePath));
  const at = (url: string) => headersFor(rules, under(basePath, url));

  it("gives every feed and calendar its type, asked about each time", () => {
    for (const list of FEEDS) {
      expect(at(routes.atomFeed(list))).toMatchObject({ "Content-Type": CONTENT_TYPES.atom, "Cache-Control": "no-cache" });
      expect(at(routes.jsonFeed(list))).toMatchObject({ "Content-Type": CONTENT_TYPES.jsonFeed, "Cache-Control": "no-cache" });
    }
    for (const page of CALENDARS) expect(at(routes.calendar(page))).toMatchObject({ "Content-Type": "text/calendar; charset=utf-8" });
  });

  it("keeps fingerprinted files for a year, and leaves pages and Pagefind's entry files to the host's revalidation", () => {
    for (const file of [
      "/assets/referat.3f2a9c1b0e.css",
      "/pagefind/fragment/da_1ecce9f.pf_fragment",
      "/pagefind/index/da_3a7be03.pf_index",
    ]) {
      expect(at(file)["Cache-Control"], file).toBe(FOR_A_YEAR);
    }
    expect(at("/pagefind/filter/da_6ea5a1b.pf_filter")["Cache-Control"]).toBe(FOR_A_YEAR);
    for (const file of [
      routes.home,
      meeting,
      "/404.html",
      "/pagefind/pagefind.js",
      "/pagefind/pagefind-entry.json",
      "/pagefind/wasm.da.pagefind",
    ]) {
      expect(at(file), file).toEqual({ "X-Content-Type-Options": "nosniff" });
    }
  });

  it("never sets a header twice on a path, and stays within Cloudflare's limits", () => {
    const samples = [...FEEDS.flatMap((list) => [routes.atomFeed(list), routes.jsonFeed(list)]), ...CALENDARS.map(routes.calendar)];
    for (const url of samples) expect(() => at(url)).not.toThrow();
    expect(rules.length).toBeLessThanOrEqual(100);
    expect(rules.every((rule) => rule.path.startsWith(basePath) && (rule.path.match(/\*/g) ?? []).length <= 1)).toBe(true);
  });

  it("sets nothing outside the base path", () => {
    if (basePath === "/") return;
    expect(headersFor(rules, "/feed.xml")).toEqual({});
    expect(headersFor(rules, "/assets/referat.3f2a9c1b0e.css")).toEqual({});
  });
});

describe("headersFile", () => {
  it("refuses a base path that does not start and end with a slash", () => {
    for (const wrong of ["", "referat/", "/referat", "/a b/", "/*/"]) expect(() => headersFile(wrong), wrong).toThrow(/base path/);
  });

  it("agrees with docs/publish/nginx.conf on caching and types", () => {
    const nginx = readFileSync("docs/publish/nginx.conf", "utf8");
    expect(nginx).toContain(`add_header Cache-Control "${FOR_A_YEAR}";`);
    const charsetTypes = /^\s*charset_types (.*);$/m.exec(nginx)![1]!.split(/\s+/);
    for (const type of Object.values(CONTENT_TYPES)) {
      const [bare, charset] = type.split("; ");
      expect(nginx).toContain(`default_type ${bare};`);
      // nginx adds "; charset=utf-8" to exactly the types listed in charset_types
      expect(charsetTypes.includes(bare!), type).toBe(charset === "charset=utf-8");
    }
  });
});

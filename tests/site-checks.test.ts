// Whole-site checks on the built example: every page valid HTML (html-validate), no broken
// internal link or anchor anywhere, and the page-weight budget.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { fingerprinted } from "../src/assets.ts";
import { buildInto, filesOf } from "./helpers/build.ts";
import { contentTree, meetingFile } from "./helpers/content-tree.ts";

const HTML_BUDGET = 60 * 1024;
const CSS_BUDGET = 25 * 1024;

let site: string;
let pages: string[];
let paginated: string;
beforeAll(() => {
  site = buildInto("content");
  pages = filesOf(site).filter((file) => file.endsWith(".html"));
  // the example has no list long enough to paginate; this has, in every index
  const meetings: Record<string, string> = {};
  for (let day = 1; day <= 23; day++) {
    const date = `2017-01-${String(day).padStart(2, "0")}`;
    meetings[`meetings/syddanmark/${date}-m.md`] = meetingFile({
      region: "syddanmark",
      date,
      title: `"Møde ${day}"`,
      series: '"Runde"',
      speakers: `\n  - organisation: "Organisation ${day}"\n    name: "Person Efternavn${day}"`,
    });
  }
  paginated = buildInto(contentTree(meetings));
});

const read = (file: string) => readFileSync(join(site, file), "utf8");

/** The file a site path is served from, or undefined when there is none. */
function fileOf(path: string): string | undefined {
  const candidates = path.endsWith("/") ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates
    .map((candidate) => candidate.replace(/^\//, ""))
    .find((candidate) => {
      try {
        return statSync(join(site, candidate)).isFile();
      } catch {
        return false;
      }
    });
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

describe("the whole example site", () => {
  it("is valid HTML on every page, paginated lists included", async () => {
    // long-title is advice about search engines cutting titles short, not validity: a page's
    // title is the editor's headline and the site's name, however long the headline is
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });
    const invalid: Record<string, string[]> = {};
    const all = [
      ...pages.map((file) => join(site, file)),
      ...filesOf(paginated)
        .filter((file) => file.endsWith(".html"))
        .map((file) => join(paginated, file)),
    ];
    for (const file of all) {
      const report = await validator.validateString(readFileSync(file, "utf8"), file);
      const messages = report.results.flatMap((result) =>
        result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
      );
      if (messages.length > 0) invalid[file] = messages;
    }
    expect(invalid).toEqual({});
  });

  it("has no broken internal link or anchor", () => {
    const broken: string[] = [];
    for (const file of pages) {
      const html = read(file);
      for (const [, attribute, target] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target!) || target!.startsWith("//")) continue;
        const url = new URL(target!.replace(/&amp;/g, "&"), `http://site/${file}`);
        const linked = fileOf(decodeURIComponent(url.pathname));
        if (!linked) broken.push(`${file}: ${attribute}="${target}"`);
        else if (url.hash && !idsOf(read(linked)).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${file}: ${target} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("writes every HTML, XML and JSON file in Latin-1 characters, the rest as references (src/latin1.ts)", () => {
    // the search index and the CMS are others' formats and code, not pages of ours
    const ours = (file: string) => /\.(html|xml|json)$/.test(file) && !file.startsWith("pagefind/") && !file.startsWith("admin/");
    const beyond: Record<string, string> = {};
    for (const folder of [site, paginated]) {
      for (const file of filesOf(folder).filter(ours)) {
        const character = /[^\u0000-\u00ff]/u.exec(readFileSync(join(folder, file), "utf8"))?.[0];
        if (character) beyond[file] = character;
      }
    }
    expect(filesOf(site).filter(ours).length).toBeGreaterThan(50);
    expect(beyond).toEqual({});
  });

  it("keeps every page under 60 KB of HTML and all the CSS of the site under 25 KB", () => {
    const heavy = pages.filter((file) => statSync(join(site, file)).size > HTML_BUDGET);
    expect(heavy).toEqual([]);
    const css = filesOf(site).filter((file) => file.endsWith(".css"));
    expect(css).toEqual([`assets/${fingerprinted("referat.css")}`, "pagefind/pagefind-ui.css"]);
    expect(css.reduce((sum, file) => sum + statSync(join(site, file)).size, 0)).toBeLessThan(CSS_BUDGET);
  });
});

// A content tree written by the project's corpus generator (scripts/corpus.ts) builds, and
// nothing is dropped: every file that is not a draft becomes exactly one page.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, filesOf, NOW, runScript, temporaryFolder } from "./helpers/build.ts";

let corpus: string;
let site: string;
beforeAll(() => {
  corpus = join(temporaryFolder("referat-corpus-"), "content");
  execFileSync("node_modules/.bin/tsx", ["scripts/corpus.ts", "--out", corpus, "--meetings", "1000"]);
  site = buildInto(corpus);
});

function sourceFiles(folder: string): { path: string; draft: boolean }[] {
  return readdirSync(join(corpus, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: path.slice(join(corpus, folder).length + 1, -3), draft: /^draft: true$/m.test(readFileSync(path, "utf8")) };
    });
}

describe("a generated corpus of 1,000 meetings", () => {
  it("passes npm run check without an error", () => {
    const run = runScript("check", ["--content", corpus, "--now", NOW]);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/\b0 fejl\b/);
  });

  it("becomes one page per meeting and per news article that is not a draft", () => {
    const pages = new Set(filesOf(site));
    for (const [folder, prefix] of [
      ["meetings", "moeder"],
      ["news", "nyheder"],
    ] as const) {
      const files = sourceFiles(folder);
      expect(files.length).toBeGreaterThan(100);
      const missing = files.filter((file) => !file.draft && !pages.has(`${prefix}/${file.path}/index.html`));
      const drafts = files.filter((file) => file.draft && pages.has(`${prefix}/${file.path}/index.html`));
      expect(missing).toEqual([]);
      expect(drafts).toEqual([]);
      const published = filesOf(join(site, prefix)).filter((file) => /^(?!side\/)[^/]+\/[^/]+\/index\.html$/.test(file));
      expect(published.length).toBe(files.filter((file) => !file.draft).length);
    }
  });

  it("paginates its long lists", () => {
    expect(filesOf(site)).toContain("regioner/midt-nord/side/2/index.html");
    expect(filesOf(site)).toContain("nyheder/side/2/index.html");
  });
});

describe("the corpus generator", () => {
  it("replaces a corpus it wrote, and refuses any other folder that is not empty", () => {
    const small = join(temporaryFolder("referat-corpus-"), "content");
    for (const meetings of ["20", "10"])
      execFileSync("node_modules/.bin/tsx", ["scripts/corpus.ts", "--out", small, "--meetings", meetings]);
    expect(readdirSync(join(small, "meetings"), { recursive: true }).filter((name) => String(name).endsWith(".md"))).toHaveLength(10);
    const content = temporaryFolder("referat-content-");
    cpSync("content", content, { recursive: true });
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/corpus.ts", "--out", content, "--meetings", "10"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("refusing to replace it");
    expect(filesOf(content)).toEqual(filesOf("content"));
  });
});

// An editor's day, with the real command lines: start a report with `npm run new`, fill it
// in, see it published; make the typical mistakes and get told where and how to fix them.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInto, page, runScript, temporaryFolder } from "./helpers/build.ts";

function exampleCopy(): string {
  const content = join(temporaryFolder("referat-content-"), "content");
  cpSync("content", content, { recursive: true });
  return content;
}

const FILE = "meetings/sjaelland/2017-05-02-monopolbrud-igen.md";

function scaffolded(): { content: string; path: string } {
  const content = exampleCopy();
  const run = runScript("new", ["meeting", "--region", "sjaelland", "--date", "2017-05-02", "--title", "Monopolbrud igen", "--content", content]);
  expect(run.status, run.stderr).toBe(0);
  return { content, path: join(content, FILE) };
}

function fillIn(path: string): void {
  const text = readFileSync(path, "utf8")
    .replace(/name: ""[^\n]*/, 'name: "Sorø Rådhus"')
    .replace(/city: ""[^\n]*/, 'city: "Sorø"')
    .replace(/theme: ""[^\n]*/, 'theme: "Monopolbrud"')
    .replace("Skriv referatet her. Overskrifter skrives med ## foran.", "Sorø fortalte igen om monopolbrud.");
  writeFileSync(path, text);
}

describe("editing", () => {
  it("scaffolds a meeting that, filled in, is published on its region's and its theme's pages", () => {
    const { content, path } = scaffolded();
    fillIn(path);
    expect(runScript("check", ["--content", content]).status).toBe(0);
    const site = buildInto(content);
    const url = "/moeder/sjaelland/2017-05-02-monopolbrud-igen/";
    expect(page(site, url)).toContain("Sorø fortalte igen om monopolbrud.");
    expect(page(site, "/regioner/sjaelland/")).toContain(`href="${url}"`);
    expect(page(site, "/temaer/monopolbrud/")).toContain(`href="${url}"`);
  });

  it("refuses an unknown region and a file that exists, saying why", () => {
    const { content } = scaffolded();
    const region = runScript("new", ["meeting", "--region", "sjælland", "--date", "2017-05-02", "--title", "X", "--content", content]);
    expect(region.status).toBe(1);
    expect(region.stderr).toContain('Regionen "sjælland" findes ikke');
    expect(region.stderr).toContain('Mente du "sjaelland"?');
    const again = runScript("new", ["meeting", "--region", "sjaelland", "--date", "2017-05-02", "--title", "Monopolbrud igen", "--content", content]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${FILE} findes allerede`);
    expect(existsSync(join(content, "meetings/sjaelland/2017-05-02-x.md"))).toBe(false);
  });

  // five mistakes editors make, each with the line it is on and the fix the message must give
  const MISTAKES: { mistake: string; change: (text: string) => string; line: number; says: string[] }[] = [
    { mistake: "a misspelt region", change: (text) => text.replace("region: sjaelland", "region: sjælland"), line: 7, says: ["region:", 'Mente du "sjaelland"?'] },
    { mistake: "a date written the Danish way", change: (text) => text.replace("date: 2017-05-02", "date: 2.5.2017"), line: 4, says: ["date:", "Mente du 2017-05-02?"] },
    { mistake: "a time without quotes", change: (text) => text.replace('# start: "10:00"', "start: 9.30"), line: 5, says: ["start:", 'Mente du "09:30"?'] },
    { mistake: "a misspelt field name", change: (text) => text.replace('# summary: "Kort om mødet."', 'sumary: "Kort om mødet."'), line: 18, says: ["sumary:", 'Mente du "summary"?'] },
    { mistake: "a missing theme", change: (text) => text.replace('theme: "Monopolbrud"', 'theme: ""'), line: 14, says: ["theme: mangler", "Tilføj f.eks. theme:"] },
  ];

  for (const { mistake, change, line, says } of MISTAKES) {
    it(`says where ${mistake} is and how to fix it`, () => {
      const { content, path } = scaffolded();
      fillIn(path);
      writeFileSync(path, change(readFileSync(path, "utf8")));
      const check = runScript("check", ["--content", content]);
      expect(check.status).toBe(1);
      const report = check.stdout.split("\n").find((entry) => entry.includes(FILE) && entry.includes("fejl"));
      expect(report, check.stdout).toMatch(new RegExp(`${FILE}:${line}:\\d+  fejl  `));
      for (const words of says) expect(report).toContain(words);
    });
  }

  it("warns about a meeting dated years ahead and a news article that names a region but links no meeting", () => {
    const content = exampleCopy();
    writeFileSync(join(content, "meetings/midt-nord/2072-03-07-langt-ude.md"), '---\ntitle: "Langt ude"\ndate: 2072-03-07\nregion: midt-nord\nvenue:\n  name: "Hobro"\n  city: "Hobro"\ntheme: "Tid"\n---\n\nTekst.\n');
    writeFileSync(join(content, "news/2017/2017-06-01-nyt-fra-syddanmark.md"), '---\ntitle: "Nyt fra Syddanmark"\ndate: 2017-06-01\n---\n\nMødet i Syddanmark gik godt.\n');
    const check = runScript("check", ["--content", content, "--now", "2026-11-27"]);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/2072-03-07-langt-ude\.md:3:7  advarsel  date: mødet er dateret mere end 2 år frem/);
    expect(check.stdout).toMatch(/2017-06-01-nyt-fra-syddanmark\.md:2:8  advarsel  meetings: nyheden nævner Syddanmark, men linker ikke til et møde\. Tilføj/);
  });
});

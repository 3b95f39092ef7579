// An editor's day, with the real command lines: start a report with `npm run new`, fill it
// in, see it published; make the typical mistakes and get told where and how to fix them.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInto, page, runScript, temporaryFolder } from "./helpers/build.ts";

function exampleCopy(): string {
  const content = join(temporaryFolder("referat-content-"), "content");
  cpSync("content", content, { recursive: true });
  return content;
}

const FILE = "meetings/sjaelland/2017-05-02-monopolbrud-igen.md";

/** A page's text with its numeric character references read (pages are written in Latin-1). */
function text(html: string): string {
  return html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

function scaffolded(): { content: string; path: string } {
  const content = exampleCopy();
  const run = runScript("new", [
    "meeting",
    "--region",
    "sjaelland",
    "--date",
    "2017-05-02",
    "--title",
    "Monopolbrud igen",
    "--content",
    content,
  ]);
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
    const again = runScript("new", [
      "meeting",
      "--region",
      "sjaelland",
      "--date",
      "2017-05-02",
      "--title",
      "Monopolbrud igen",
      "--content",
      content,
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${FILE} findes allerede`);
    expect(existsSync(join(content, "meetings/sjaelland/2017-05-02-x.md"))).toBe(false);
  });

  it("recognises `npm run new` without `--` and shows the command to type instead", () => {
    const content = exampleCopy();
    const before = readdirSync(join(content, "meetings/sjaelland"));
    // npm takes --region, --date and --title for options of its own when the -- is missing
    const run = spawnSync(
      "npm",
      ["run", "new", "meeting", "--region", "sjaelland", "--date", "2017-05-02", "--title", "Monopolbrud igen"],
      {
        encoding: "utf8",
        env: { ...process.env, REFERAT_CONTENT: content },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Der mangler -- efter npm run new.");
    expect(run.stderr).toContain('npm run new -- meeting --region sjaelland --date 2017-05-02 --title "Monopolbrud igen"');
    expect(run.stderr).not.toContain("Titlen mangler");
    expect(readdirSync(join(content, "meetings/sjaelland"))).toEqual(before);
  });

  // mistakes editors make, each with the line it is on and the fix the message must give
  const MISTAKES: { mistake: string; change: (text: string) => string; line: number; says: string[] }[] = [
    {
      mistake: "a misspelt region",
      change: (text) => text.replace("region: sjaelland", "region: sjælland"),
      line: 7,
      says: ["region:", 'Mente du "sjaelland"?'],
    },
    {
      mistake: "a date written the Danish way",
      change: (text) => text.replace("date: 2017-05-02", "date: 2.5.2017"),
      line: 4,
      says: ["date:", "Mente du 2017-05-02?"],
    },
    {
      mistake: "a time without quotes",
      change: (text) => text.replace('# start: "10:00"', "start: 9.30"),
      line: 5,
      says: ["start:", 'Mente du "09:30"?'],
    },
    {
      mistake: "a time without its leading zero",
      change: (text) => text.replace('# start: "10:00"', "start: 9:30").replace('# end: "15:00"', "end: 15:00"),
      line: 5,
      says: ["start:", 'Mente du "09:30"?'],
    },
    {
      mistake: "a speaker without its leading dash",
      change: (text) =>
        text.replace(
          /^# speakers:.*$/m,
          'speakers:\n  - organisation: "KL"\n    name: "Anna Holm"\n    organisation: "Sorø Kommune"\n    name: "Bo Berg"',
        ),
      line: 19,
      says: ['"organisation" står to gange i samme oplægsholder', 'Hver oplægsholder skal begynde med "- "'],
    },
    {
      mistake: "a misspelt field name",
      change: (text) => text.replace('# summary: "Kort om mødet."', 'sumary: "Kort om mødet."'),
      line: 18,
      says: ["sumary:", 'Mente du "summary"?'],
    },
    {
      mistake: "a missing theme",
      change: (text) => text.replace('theme: "Monopolbrud"', 'theme: ""'),
      line: 14,
      says: ["theme: mangler", "Tilføj f.eks. theme:"],
    },
  ];

  for (const { mistake, change, line, says } of MISTAKES) {
    it(`says where ${mistake} is and how to fix it`, () => {
      const { content, path } = scaffolded();
      fillIn(path);
      writeFileSync(path, change(readFileSync(path, "utf8")));
      const check = runScript("check", ["--content", content]);
      expect(check.status).toBe(1);
      const reports = check.stdout.split("\n").filter((entry) => entry.includes(FILE) && entry.includes("fejl"));
      expect(reports, check.stdout).toHaveLength(1); // one mistake, one message: no false second error
      expect(reports[0], check.stdout).toMatch(new RegExp(`${FILE}:${line}:\\d+  fejl  `));
      for (const words of says) expect(reports[0]).toContain(words);
      expect(reports[0]).not.toContain("slet den ene");
    });
  }

  it("warns about a meeting dated years ahead and a news article that names a region but links no meeting", () => {
    const content = exampleCopy();
    writeFileSync(
      join(content, "meetings/midt-nord/2072-03-07-langt-ude.md"),
      '---\ntitle: "Langt ude"\ndate: 2072-03-07\nregion: midt-nord\nvenue:\n  name: "Hobro"\n  city: "Hobro"\ntheme: "Tid"\n---\n\nTekst.\n',
    );
    writeFileSync(
      join(content, "news/2017/2017-06-01-nyt-fra-syddanmark.md"),
      '---\ntitle: "Nyt fra Syddanmark"\ndate: 2017-06-01\n---\n\nMødet i Syddanmark gik godt.\n',
    );
    const check = runScript("check", ["--content", content, "--now", "2026-11-27"]);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("2072-03-07-langt-ude.md:3:7  advarsel  date: mødet er dateret mere end 2 år frem");
    expect(check.stdout).toContain(
      "2017-06-01-nyt-fra-syddanmark.md:2:8  advarsel  meetings: nyheden nævner Syddanmark, men linker ikke til et møde. Tilføj",
    );
  });

  it("publishes names in every script and of any length on pages of their own, and one page for two spellings of one theme", () => {
    const content = exampleCopy();
    const longName = `Fællesskabet for ${"digital forvaltning og ".repeat(7)}arkitektur`;
    const meeting = (day: string, theme: string, speakers: string) =>
      `---\ntitle: "Møde ${day}"\ndate: 2017-05-${day}\nregion: sjaelland\nvenue:\n  name: "Sorø Rådhus"\n  city: "Sorø"\ntheme: "${theme}"\nspeakers:${speakers}\n---\n\nTekst.\n`;
    writeFileSync(
      join(content, "meetings/sjaelland/2017-05-02-a.md"),
      meeting(
        "02",
        "Århus-mødet",
        '\n  - organisation: "Москва"\n    name: "زهراء العصفور"\n  - organisation: "Sorø Kommune"\n    name: "张伟"',
      ),
    );
    writeFileSync(
      join(content, "meetings/sjaelland/2017-05-03-b.md"),
      meeting("03", "Århus-mødet".normalize("NFD"), `\n  - organisation: "${longName}"\n    name: "Σοφία Παπαδοπούλου"`),
    );
    expect(runScript("check", ["--content", content]).status).toBe(0);
    const site = buildInto(content);
    const people = readdirSync(join(site, "personer"));
    expect(people).toContain("sofia-papadopoulou");
    expect(people.filter((name) => /^id-[a-z2-7]{10}$/.test(name))).toHaveLength(2);
    expect(text(page(site, "/organisationer/moskva/"))).toContain("Москва");
    expect(readdirSync(join(site, "temaer")).filter((name) => name.startsWith("aarhus"))).toEqual(["aarhus-moedet"]);
    const organisations = readdirSync(join(site, "organisationer"));
    const long = organisations.find((name) => name.startsWith("faellesskabet-for-digital"))!;
    expect(long.length).toBeLessThanOrEqual(80);
    expect(text(page(site, `/organisationer/${long}/`))).toContain(longName);
  });
});

import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { MEETING_FIELDS, NEWS_FIELDS } from "../src/content/schema.ts";
import { commandWithDashes, pathOf, scaffold } from "../src/scaffold.ts";
import { runScript, temporaryFolder } from "./helpers/build.ts";

const frontMatter = (text: string) => text.split("---\n")[1]!;
const load = (yaml: string) => loadYaml(yaml, { schema: CORE_SCHEMA });

describe("scaffold", () => {
  const meeting = { kind: "meeting" as const, title: 'Sjælland: "Monopolbrud" & dialog', date: "2017-03-15", region: "sjaelland" };

  it("names the file by date and title, in the region's or the year's folder", () => {
    expect(pathOf(meeting)).toBe("meetings/sjaelland/2017-03-15-sjaelland-monopolbrud-dialog.md");
    expect(pathOf({ kind: "news", title: "Første runde", date: "2017-04-11" })).toBe("news/2017/2017-04-11-foerste-runde.md");
  });

  it("names the folder by date and title, with index.md in it, for a report with files beside it", () => {
    expect(pathOf({ ...meeting, folder: true })).toBe("meetings/sjaelland/2017-03-15-sjaelland-monopolbrud-dialog/index.md");
    expect(pathOf({ kind: "news", title: "Første runde", date: "2017-04-11", folder: true })).toBe(
      "news/2017/2017-04-11-foerste-runde/index.md",
    );
  });

  it("names the files of its examples where the report's form can hold them", () => {
    // a report kept as one file has no folder for them: media/
    expect(scaffold(meeting)).toContain('# attachments: [{ title: "Præsentation fra KL", file: "/media/slides-kl.pdf", speaker: 1 }]');
    expect(scaffold(meeting)).toContain('# image: { file: "/media/salen.jpg", alt: "Deltagerne i byrådssalen" }');
    const folder = scaffold({ ...meeting, folder: true });
    expect(folder).toContain('# attachments: [{ title: "Præsentation fra KL", file: "slides-kl.pdf", speaker: 1 }]');
    expect(folder).toContain('# image: { file: "salen.jpg", alt: "Deltagerne i byrådssalen" }');
    // the same fields on the same lines, so that a message's line means the same in both forms
    expect(folder.split("\n").length).toBe(scaffold(meeting).split("\n").length);
  });

  it("writes every field of the schema, the given ones filled in, as YAML that reads back", () => {
    const text = scaffold(meeting);
    for (const field of MEETING_FIELDS) expect(text, field.key).toMatch(new RegExp(`^#? ?${field.key}:`, "m"));
    expect(load(frontMatter(text))).toMatchObject({
      title: meeting.title,
      date: "2017-03-15",
      region: "sjaelland",
      venue: { name: "", city: "" },
      theme: "",
    });
    const news = scaffold({ kind: "news", title: "Nyhed", date: "2017-04-11" });
    for (const field of NEWS_FIELDS) expect(news, field.key).toMatch(new RegExp(`^#? ?${field.key}:`, "m"));
  });

  it("leaves optional fields as commented-out examples", () => {
    const data = load(frontMatter(scaffold(meeting))) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(["title", "date", "region", "venue", "theme"]);
  });
});

describe("commandWithDashes", () => {
  const regions = ["midt-nord", "sjaelland"];
  // what npm leaves the script when the -- after `npm run new` is missing
  const swallowed = { npm_config_region: "true", npm_config_date: "true", npm_config_title: "true" };

  it("puts the values npm handed over back after their options, whatever their order", () => {
    expect(commandWithDashes(["meeting", "sjaelland", "2017-03-15", "Et møde"], {}, swallowed, regions)).toBe(
      'npm run new -- meeting --region sjaelland --date 2017-03-15 --title "Et møde"',
    );
    expect(commandWithDashes(["meeting", "Et møde", "2017-03-15", "sjaelland"], {}, swallowed, regions)).toBe(
      'npm run new -- meeting --region sjaelland --date 2017-03-15 --title "Et møde"',
    );
    expect(commandWithDashes(["news", "X"], {}, { npm_config_title: "true" }, regions)).toBe(
      'npm run new -- news --date ÅÅÅÅ-MM-DD --title "X"',
    );
  });

  it("quotes a title so that the shell gives it back as it was", () => {
    expect(commandWithDashes(["news", "2017-04-11", 'Et "møde" til $5'], {}, swallowed, regions)).toBe(
      'npm run new -- news --date 2017-04-11 --title "Et \\"møde\\" til \\$5"',
    );
  });

  it("leaves blanks for what it cannot place", () => {
    expect(commandWithDashes(["meeting", "Et", "møde"], {}, swallowed, regions)).toBe(
      'npm run new -- meeting --region <region> --date ÅÅÅÅ-MM-DD --title "..."',
    );
  });

  it("keeps --folder, which npm takes for a flag of its own", () => {
    expect(commandWithDashes(["meeting", "sjaelland", "2017-03-15", "X"], {}, { ...swallowed, npm_config_folder: "true" }, regions)).toBe(
      'npm run new -- meeting --region sjaelland --date 2017-03-15 --title "X" --folder',
    );
    expect(
      commandWithDashes(["meeting"], { region: "sjaelland", date: "2017-03-15", title: "X", folder: true }, {}, regions),
    ).toBeUndefined();
  });

  it("says nothing about a command line that had its --", () => {
    expect(commandWithDashes(["meeting"], { region: "sjaelland", date: "2017-03-15", title: "X" }, {}, regions)).toBeUndefined();
    expect(commandWithDashes(["meeting"], { date: "2017-03-15", title: "X" }, {}, regions)).toBeUndefined();
  });
});

describe("npm run new", () => {
  /** A copy of the example content with a new meeting from `npm run new`, required fields filled in, every optional one but draft used. */
  function newMeeting(folder: boolean): { content: string; file: string } {
    const content = join(temporaryFolder("referat-new-"), "content");
    cpSync("content", content, { recursive: true });
    const args = ["meeting", "--region", "sjaelland", "--date", "2017-05-02", "--title", "Materialer", "--content", content];
    const run = runScript("new", folder ? [...args, "--folder"] : args);
    expect(run.status, run.stderr).toBe(0);
    const file = join(content, "meetings/sjaelland", folder ? "2017-05-02-materialer/index.md" : "2017-05-02-materialer.md");
    expect(run.stdout).toContain(file);
    const text = readFileSync(file, "utf8")
      .replace(/name: ""[^\n]*/, 'name: "Sorø Rådhus"')
      .replace(/city: ""[^\n]*/, 'city: "Sorø"')
      .replace(/theme: ""[^\n]*/, 'theme: "Materialer"')
      // a draft is left out of the check, as out of the site
      .replace(/^( *)# (?!draft:)([a-z]+:)/gm, "$1$2");
    writeFileSync(file, text);
    return { content, file };
  }

  /** The files the examples name, where they name them; `npm run check` reads their names and sizes, not their bytes. */
  function addFiles(folder: string): void {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "slides-kl.pdf"), "%PDF-1.4\n%%EOF\n");
    writeFileSync(join(folder, "salen.jpg"), "JPEG");
  }

  for (const form of ["file", "folder"] as const) {
    it(`writes a meeting as a ${form} that, filled in with every example, passes npm run check`, () => {
      const { content, file } = newMeeting(form === "folder");
      addFiles(form === "folder" ? dirname(file) : join(content, "media"));
      const check = runScript("check", ["--content", content]);
      expect(check.stdout).toContain("0 fejl, 0 advarsler");
      expect(check.status).toBe(0);
    });
  }

  it("writes a folder only with --folder, for a meeting, and refuses a name taken in the other form", () => {
    const { content, file } = newMeeting(false);
    expect(existsSync(join(content, "meetings/sjaelland/2017-05-02-materialer"))).toBe(false);
    const again = runScript("new", [
      "meeting",
      "--region",
      "sjaelland",
      "--date",
      "2017-05-02",
      "--title",
      "Materialer",
      "--folder",
      "--content",
      content,
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${file} findes allerede`);
    // only a meeting's files are published beside it
    const news = runScript("new", ["news", "--date", "2017-05-02", "--title", "Nyt", "--folder", "--content", content]);
    expect(news.status).toBe(1);
    expect(news.stderr).toContain("--folder gælder kun møder");
    expect(existsSync(join(content, "news/2017/2017-05-02-nyt"))).toBe(false);
  });
});

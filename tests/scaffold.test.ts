import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { describe, expect, it } from "vitest";
import { MEETING_FIELDS, NEWS_FIELDS } from "../src/content/schema.ts";
import { commandWithDashes, pathOf, scaffold } from "../src/scaffold.ts";

const frontMatter = (text: string) => text.split("---\n")[1]!;
const load = (yaml: string) => loadYaml(yaml, { schema: CORE_SCHEMA });

describe("scaffold", () => {
  const meeting = { kind: "meeting" as const, title: 'Sjælland: "Monopolbrud" & dialog', date: "2017-03-15", region: "sjaelland" };

  it("names the file by date and title, in the region's or the year's folder", () => {
    expect(pathOf(meeting)).toBe("meetings/sjaelland/2017-03-15-sjaelland-monopolbrud-dialog.md");
    expect(pathOf({ kind: "news", title: "Første runde", date: "2017-04-11" })).toBe("news/2017/2017-04-11-foerste-runde.md");
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

  it("says nothing about a command line that had its --", () => {
    expect(commandWithDashes(["meeting"], { region: "sjaelland", date: "2017-03-15", title: "X" }, {}, regions)).toBeUndefined();
    expect(commandWithDashes(["meeting"], { date: "2017-03-15", title: "X" }, {}, regions)).toBeUndefined();
  });
});

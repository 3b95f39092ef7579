// The editor's guide and the content repository's CI stay in step with the code.
import { CORE_SCHEMA, load } from "js-yaml";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MEETING_FIELDS, NEWS_FIELDS, SPEAKER_FIELDS, VENUE_FIELDS } from "../src/content/schema.ts";
import { SETTINGS_FIELDS } from "../src/content/settings-schema.ts";

const guide = readFileSync("docs/redaktoerguide.md", "utf8");

describe("the editor's guide", () => {
  it("describes every field of the format with an example", () => {
    for (const field of [...MEETING_FIELDS, ...NEWS_FIELDS, ...VENUE_FIELDS, ...SPEAKER_FIELDS]) {
      // the example in the row, or for venue and speakers in a block below it ("se nedenfor")
      expect(guide, field.key).toMatch(new RegExp(`^\\| \`${field.key}\` \\| (ja|nej)[^|]*\\| (\`[^|]+\`|se nedenfor) \\|`, "m"));
    }
  });
});

describe("site.yaml's settings", () => {
  // a setting with fields of its own is described field by field, as `logo.file`
  const keys = SETTINGS_FIELDS.flatMap((field) =>
    field.type.kind === "object" ? field.type.fields.map((inner) => `${field.key}.${inner.key}`) : [field.key],
  );

  it("are each described with an example in the editor's guide", () => {
    for (const key of [...keys, ...SETTINGS_FIELDS.map((field) => field.key)])
      expect(guide, key).toMatch(new RegExp(`^\\| \`${key}\` \\| (ja|nej)[^|]*\\| (\`[^|]+\`|se nedenfor) \\|`, "m"));
  });

  it("are each in the table of the content format", () => {
    const format = readFileSync("docs/content-format.md", "utf8");
    for (const key of keys) expect(format, key).toMatch(new RegExp(`^\\| ${key.replace(".", "\\.")} \\| (yes|no)`, "m"));
  });
});

describe("the content repository's CI workflow", () => {
  const matchers = JSON.parse(readFileSync("docs/ci/problem-matcher.json", "utf8")).problemMatcher as {
    severity: string;
    pattern: { regexp: string }[];
  }[];

  it("is a workflow that runs the check and the build", () => {
    const workflow = load(readFileSync("docs/ci/content-check.yml", "utf8"), { schema: CORE_SCHEMA }) as {
      jobs: { check: { steps: { run?: string }[] } };
    };
    const commands = workflow.jobs.check.steps.map((step) => step.run ?? "").join("\n");
    expect(commands).toContain("npm run --silent check -- --content ../content");
    expect(commands).toContain("npm run build -- --content ../content");
  });

  it("turns each line of npm run check into an annotation on the file and line", () => {
    const line = '../content/meetings/sjaelland/2017-03-15-x.md:7:9  fejl  region: fandt "sjælland". Mente du "sjaelland"?';
    const warning = "../content/news/2017/2017-06-01-y.md:2:8  advarsel  meetings: nyheden nævner Syddanmark.";
    const [errors, warnings] = matchers;
    expect(errors!.severity).toBe("error");
    expect(new RegExp(errors!.pattern[0]!.regexp).exec(line)!.slice(1)).toEqual([
      "meetings/sjaelland/2017-03-15-x.md",
      "7",
      "9",
      'region: fandt "sjælland". Mente du "sjaelland"?',
    ]);
    expect(new RegExp(errors!.pattern[0]!.regexp).exec(warning)).toBeNull();
    expect(new RegExp(warnings!.pattern[0]!.regexp).exec(warning)!.slice(1, 3)).toEqual(["news/2017/2017-06-01-y.md", "2"]);
  });
});

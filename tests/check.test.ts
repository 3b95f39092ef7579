import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "./helpers/build.ts";
import { contentTree, meetingFile } from "./helpers/content-tree.ts";

describe("npm run check", () => {
  it("passes the example content", () => {
    const run = runScript("check", ["--content", "content"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("0 fejl, 0 advarsler");
  });

  it("reports every problem as path:line:column and exits non-zero", () => {
    const tree = contentTree({
      "meetings/midt-nord/2017-03-07-a.md": meetingFile({ region: "midt-nrd" }),
      "meetings/midt-nord/2017-03-08-b.md": meetingFile({ date: "2017-03-08", start: '"25:00"' }),
    });
    const run = runScript("check", ["--content", tree]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${tree}/meetings/midt-nord/2017-03-07-a.md:4:9  fejl  region:`);
    expect(run.stdout).toContain(`${tree}/meetings/midt-nord/2017-03-08-b.md:9:8  fejl  start:`);
    expect(run.stdout).toContain("2 fejl, 0 advarsler");
  });

  it("writes JSON for tools", () => {
    const tree = contentTree({ "meetings/midt-nord/2017-03-07-a.md": meetingFile({ region: "midt-nrd" }) });
    const problems = JSON.parse(runScript("check", ["--content", tree, "--json"]).stdout);
    expect(problems).toEqual([
      expect.objectContaining({ severity: "error", file: "meetings/midt-nord/2017-03-07-a.md", line: 4, column: 9, field: "region" }),
    ]);
  });

  it("prints nothing from the content that a terminal or a CI runner would obey", () => {
    const hostile = '"x\\n::error file=README.md::falsk\\n::add-mask::hemmelig\\u001b[2J"';
    const tree = contentTree({
      "meetings/midt-nord/2017-03-07-a.md": meetingFile({
        title: hostile,
        '"::warning::felt"': '"y"',
        region: '"midt-nrd\\r\\n::error::z"',
      }),
    });
    const run = runScript("check", ["--content", tree]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines.filter((line) => line.trimStart().startsWith("::"))).toEqual([]);
    expect(run.stdout).not.toMatch(/[\0-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(run.stdout).toContain(String.raw`"md::falsk\n::add-mask::hemmelig"`); // shown, escaped, on the line of its problem
  });

  it("refuses a site.yaml linked from outside the content folder without echoing it", () => {
    const away = mkdtempSync(join(tmpdir(), "referat-outside-"));
    writeFileSync(join(away, "passwd"), "root:x:0:0:HEMMELIGT:/root:/bin/bash\n");
    const tree = contentTree({ "meetings/midt-nord/2017-03-07-a.md": meetingFile() });
    symlinkSync(join(away, "passwd"), join(tree, "_data/site.yaml"));
    const run = runScript("check", ["--content", tree]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `${tree}/_data/site.yaml  fejl  er et link til "${join(away, "passwd")}", som ligger uden for indholdsmappen`,
    );
    expect(run.stdout).not.toContain("HEMMELIGT");
  });
});

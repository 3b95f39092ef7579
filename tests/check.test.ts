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
    expect(problems).toEqual([expect.objectContaining({ severity: "error", file: "meetings/midt-nord/2017-03-07-a.md", line: 4, column: 9, field: "region" })]);
  });
});

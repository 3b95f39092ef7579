// Random and hostile front-matter (tests/helpers/hostile.ts), fed to check and to the build:
// check never throws and prints nothing from the content raw; the build either publishes,
// when check found no error, or stops with the editor's report and no stack trace; and every
// file a build writes parses in its format: HTML by html-validate, feeds and calendars by real
// clients (Python's feedparser and icalendar), JSON by JSON.parse.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { checkContent } from "../src/check.ts";
import { formatReport } from "../src/content/problems.ts";
import { filesOf, NOW, runScript, temporaryFolder } from "./helpers/build.ts";
import { contentTree } from "./helpers/content-tree.ts";
import { hostileContent } from "./helpers/hostile.ts";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });

/** What in a built site does not parse in its format, file by file. */
async function unreadable(site: string): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  const files = filesOf(site);
  for (const file of files.filter((name) => name.endsWith(".html"))) {
    const report = await validator.validateString(readFileSync(join(site, file), "utf8"), file);
    const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
    if (messages.length) problems[file] = messages.join("; ");
  }
  for (const file of files.filter((name) => name.endsWith(".json"))) {
    try {
      JSON.parse(readFileSync(join(site, file), "utf8"));
    } catch (error) {
      problems[file] = String(error);
    }
  }
  const clients = spawnSync("/usr/bin/python3", ["tests/clients/read-subscriptions.py", site], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (clients.status !== 0) problems["(calendars)"] = clients.stderr.slice(-2000);
  else {
    const { feeds } = JSON.parse(clients.stdout) as { feeds: Record<string, { bozo: boolean; bozo_exception: string }> };
    for (const [url, feed] of Object.entries(feeds)) if (feed.bozo) problems[url] = feed.bozo_exception;
  }
  return problems;
}

describe("hostile content", () => {
  it("never makes check throw, and every message stays on its line", () => {
    fc.assert(
      fc.property(fc.oneof(hostileContent(false), hostileContent(true)), (files) => {
        const problems = checkContent(contentTree(files), NOW);
        for (const line of formatReport(problems).split("\n")) {
          expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
          expect(line.trimStart().startsWith("::")).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  it("is published whole when check finds no error, refused with the report when it does, and never crashes the build", async () => {
    let published = 0;
    await fc.assert(
      // mostly content check accepts, so that most runs reach the writers
      fc.asyncProperty(
        fc.oneof({ weight: 3, arbitrary: hostileContent(true) }, { weight: 1, arbitrary: hostileContent(false) }),
        async (files) => {
          const content = contentTree(files);
          const errors = checkContent(content, NOW).filter((problem) => problem.severity === "error");
          const output = join(temporaryFolder(), "site");
          const run = runScript("build", ["--content", content, "--output", output, "--now", NOW]);
          expect(run.stderr).not.toMatch(/^\s+at /m);
          if (errors.length > 0) {
            expect(run.status).toBe(1);
            expect(run.stderr).toContain(`${errors.length} fejl`);
            expect(existsSync(output)).toBe(false);
            return;
          }
          expect(run.status, run.stderr).toBe(0);
          expect(await unreadable(output)).toEqual({});
          published++;
        },
      ),
      // each run is a whole build: report the first counterexample rather than shrink it build by build
      { numRuns: 12, endOnFailure: true },
    );
    // the property is only worth as much as the builds that got through
    expect(published).toBeGreaterThan(0);
  }, 600_000);
});

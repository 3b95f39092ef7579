// A meeting's picture is read before it is published: a file that is no JPEG, PNG or WebP,
// whatever its name says, stops the build with the meeting named, and nothing is published.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NOW, runScript, temporaryFolder } from "../helpers/build.ts";
import { CONTACT, contentTree, meetingFile } from "../helpers/content-tree.ts";

const SITE = { "_data/site.yaml": 'title: "Net"\nurl: "https://net.example.dk"\n' + CONTACT };
const BUNDLE = "meetings/midt-nord/2017-03-07-et-moede";

describe("a meeting's picture", () => {
  for (const [what, bytes] of [
    ["text saved as .jpg", "ikke et billede"],
    [
      "an SVG with a script, saved as .jpg",
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    ],
  ] as const)
    it(`stops the build when it is ${what}`, () => {
      const content = contentTree({
        ...SITE,
        [`${BUNDLE}/index.md`]: meetingFile({ image: '\n  file: salen.jpg\n  alt: "Salen"' }),
        [`${BUNDLE}/salen.jpg`]: bytes,
      });
      const output = join(temporaryFolder(), "site");
      const run = runScript("build", ["--content", content, "--output", output, "--now", NOW]);
      expect(run.status).toBe(1);
      expect(run.stderr + run.stdout).toContain(`${BUNDLE}/index.md`);
      expect(run.stderr + run.stdout).toContain("kan ikke læses som JPEG, PNG eller WebP");
      expect(existsSync(join(output, "index.html"))).toBe(false);
    }, 60_000);
});

// The swap of a new site into an output folder, cut short at every possible step: whether
// the process dies there or a rename fails, the output ends up as the old site or the new
// one, never a mix, and a later build restores the old one.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { JOURNAL, MARKER, markAsOurs, STAGING } from "../../src/output/folder.ts";
import { OutputRefused } from "../../src/output/guard.ts";
import { beginSwap, moveEntries, recover, swapIn, SwapError, type Rename } from "../../src/output/swap.ts";
import { temporaryFolder } from "../helpers/build.ts";

/** An output folder holding an old site, and a new site built in its staging folder. */
function outputWithNewSiteStaged(): string {
  const output = temporaryFolder("referat-swap-");
  write(output, { "index.html": "old home", "moeder/a/index.html": "old a", "feed.xml": "old feed" });
  markAsOurs(output);
  write(join(output, STAGING), { "index.html": "new home", "moeder/b/index.html": "new b", "soeg/index.html": "new search" });
  return output;
}

function write(folder: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, ".."), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

/** Every file of the site in `folder` (its working folders and journal left out), with its text. */
function siteIn(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = relative(folder, join(entry.parentPath, entry.name));
    if (entry.isFile() && !path.startsWith(".referat-staging") && !path.startsWith(".referat-previous") && !path.startsWith(JOURNAL)) {
      files[path] = readFileSync(join(folder, path), "utf8");
    }
  }
  return files;
}

/** A rename that works `allowed` times and then fails as a crash or a full disk would. */
function failingAfter(allowed: number): Rename {
  let done = 0;
  return (from, to) => {
    if (done++ === allowed) throw new Error("simulated failure");
    renameSync(from, to);
  };
}

const MOVES = 4 + 3; // the old site's three entries and its marker aside, the new site's three in

describe("swapIn", () => {
  it("replaces the old site by the new one and leaves no working folder", () => {
    const output = outputWithNewSiteStaged();
    const inode = statSync(output).ino;
    expect(swapIn(output)).toEqual([]);
    expect(siteIn(output)).toEqual({
      [MARKER]: expect.stringContaining("soeg"),
      "index.html": "new home",
      "moeder/b/index.html": "new b",
      "soeg/index.html": "new search",
    });
    expect(readdirSync(output).sort()).toEqual([MARKER, "index.html", "moeder", "soeg"]);
    // the folder itself stays: it may be a mount point
    expect(statSync(output).ino).toBe(inode);
  });

  it.each(Array.from({ length: MOVES }, (_, moves) => moves))("puts the old site back when a rename fails after %i moves", (moves) => {
    const output = outputWithNewSiteStaged();
    const old = siteIn(output);
    let failure: unknown;
    try {
      swapIn(output, failingAfter(moves));
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(SwapError);
    expect((failure as SwapError).restored).toBe(true);
    expect(siteIn(output)).toEqual(old);
    expect(readdirSync(output)).not.toContain(JOURNAL);
  });

  it.each(Array.from({ length: MOVES }, (_, moves) => moves))(
    "lets the next build restore the old site when the process died after %i moves",
    (moves) => {
      const output = outputWithNewSiteStaged();
      const old = siteIn(output);
      const journal = beginSwap(output);
      expect(() => moveEntries(output, journal, failingAfter(moves))).toThrow("simulated failure");
      // from the first move on, the folder holds neither site whole until it is recovered
      if (moves > 0) expect(siteIn(output)).not.toEqual(old);
      expect(recover(output)).toBe(true);
      expect(siteIn(output)).toEqual(old);
      expect(readdirSync(output).sort()).toEqual([MARKER, "feed.xml", "index.html", "moeder"]);
    },
  );

  it("finishes restoring when the restoring itself is cut short, at every step", () => {
    for (let moves = 0; moves < MOVES; moves++) {
      for (let undone = 0; undone < moves; undone++) {
        const output = outputWithNewSiteStaged();
        const old = siteIn(output);
        const journal = beginSwap(output);
        expect(() => moveEntries(output, journal, failingAfter(moves))).toThrow();
        expect(() => recover(output, failingAfter(undone))).toThrow("simulated failure");
        recover(output);
        expect(siteIn(output), `cut after ${moves} moves and ${undone} undone`).toEqual(old);
      }
    }
  });

  it("restores the old site when the process died after the last move, before the journal was removed", () => {
    const output = outputWithNewSiteStaged();
    const old = siteIn(output);
    moveEntries(output, beginSwap(output));
    expect(recover(output)).toBe(true);
    expect(siteIn(output)).toEqual(old);
  });
});

describe("recover", () => {
  it("does nothing in a folder without a journal", () => {
    const output = outputWithNewSiteStaged();
    const old = siteIn(output);
    expect(recover(output)).toBe(false);
    expect(siteIn(output)).toEqual(old);
  });

  it.each([
    ["one it cannot read", '{"old": [', "kan ikke læses"],
    ["names that are not entries", JSON.stringify({ old: ["../content"], new: [] }), "er ikke en af referats"],
    ["new entries the new site's list does not name", JSON.stringify({ old: [], new: ["notes.txt"] }), "passer ikke med mappens indhold"],
  ])("refuses a journal with %s, and touches nothing", (_, journal, why) => {
    const output = temporaryFolder("referat-swap-");
    write(output, { "notes.txt": "someone's", "work/report.docx": "someone's" });
    mkdirSync(join(output, STAGING));
    writeFileSync(join(output, JOURNAL), journal);
    const before = siteIn(output);
    expect(() => recover(output)).toThrow(OutputRefused);
    expect(() => recover(output)).toThrow(why);
    expect(siteIn(output)).toEqual(before);
    expect(readdirSync(output)).toContain(JOURNAL);
  });
});

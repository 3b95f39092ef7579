// The benchmark script runs end to end and reports every figure. No figure is judged here:
// speed is read from the bench's output, never asserted by a timed test.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { temporaryFolder } from "./helpers/build.ts";

it("npm run bench races the builds and the dev server and writes every figure as JSON", () => {
  const work = temporaryFolder("referat-bench-");
  const json = join(work, "results.json");
  const run = spawnSync(
    "node_modules/.bin/tsx",
    ["scripts/bench.ts", "--sizes", "20,40", "--runs", "1", "--no-hugo", "--work", work, "--json", json],
    { encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
  const results = JSON.parse(readFileSync(json, "utf8"));
  for (const size of ["20", "40"]) {
    for (const tool of ["referat", "eleventy-bare", "floor"]) {
      expect(results.builds[size][tool]).toMatchObject({ wall: expect.any(Number), cpu: expect.any(Number), rssMiB: expect.any(Number) });
      expect(results.builds[size][tool].pages).toBeGreaterThan(20);
    }
    expect(Object.keys(results.ratios[size])).toEqual(expect.arrayContaining(["referat/eleventy-bare wall", "referat/floor cpu"]));
  }
  expect(results.scaling["t(40)/t(20) wall"]).toBeGreaterThan(0);
  expect(results.dev.example.all).toHaveLength(5);
  expect(results.dev["corpus-40"].all).toHaveLength(3);
  expect(run.stdout).toContain("referat/eleventy-bare wall");
  // the corpus comes from the project's own generator, which also writes the site settings
  expect(existsSync(join(work, "corpus-40/_data/site.yaml"))).toBe(true);
  // both peers write one page per file that is not a draft
  expect(results.builds["40"]["eleventy-bare"].pages).toBe(results.builds["40"].floor.pages);
});

// scripts/install-test-tools.sh installs Hugo
it("races Hugo too", () => {
  const work = temporaryFolder("referat-bench-hugo-");
  const json = join(work, "results.json");
  const run = spawnSync(
    "node_modules/.bin/tsx",
    ["scripts/bench.ts", "--sizes", "20", "--runs", "1", "--no-dev", "--work", work, "--json", json],
    { encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
  const results = JSON.parse(readFileSync(json, "utf8"));
  // the pages, plus a home page and the region, theme and organisation pages
  expect(results.builds["20"].hugo.pages).toBeGreaterThan(results.builds["20"].floor.pages + 4);
  expect(results.ratios["20"]["referat/hugo wall"]).toBeGreaterThan(0);
});

// npm run bench -- [--sizes 1000,10000] [--runs 3] [--work DIR] [--json FILE] [--no-dev] [--no-hugo]
//
// Races referat's full production build against the peers in scripts/bench/ (bare Eleventy,
// the plain-Node floor, Hugo) on corpora made by scripts/corpus.ts, in one run, alternating,
// and prints medians of wall time, CPU time and peak memory with the ratios that matter. Then
// times edit-to-rebuilt-page in the dev server.
// Needs GNU time (/usr/bin/time); Hugo is raced when `hugo` is installed.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { timeEdits } from "./bench/dev-server.ts";

const ROOT = resolve(import.meta.dirname, "..");
const PEERS = join(ROOT, "scripts/bench");
const NOW = "2026-11-27";

const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    // tmpfs by default: on this VM's disk, the kernel time of writing 15,000 pages grows from
    // run to run as dirty pages pile up (4 s to 15 s for the same build), drowning the builds' own cost
    work: { type: "string", default: existsSync("/dev/shm") ? "/dev/shm/referat-bench" : "/tmp/referat-bench" },
    json: { type: "string" },
    "no-dev": { type: "boolean", default: false },
    "no-hugo": { type: "boolean", default: false },
  },
});
const sizes = options.sizes.split(",").map(Number);
const runs = Number(options.runs);
const work = resolve(options.work);

interface Measurement {
  wall: number;
  cpu: number;
  /** kernel share of cpu */
  system: number;
  rssMiB: number;
  pages: number;
}

type Tool = "referat" | "eleventy-bare" | "floor" | "hugo";

/** The heap limit package.json gives the build and the dev server. */
const HEAP = /NODE_OPTIONS=(\S+)/.exec(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.build)![1]!;

/** Lays out a fresh folder for one build of `tool` and returns the command that builds it. */
function stage(tool: Tool, corpus: string, dir: string): { cwd: string; command: string[]; output: string } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const nodeModules = join(ROOT, "node_modules");
  switch (tool) {
    case "referat":
      // as `npm run build` runs it
      return {
        cwd: ROOT,
        command: ["node", HEAP, "--import", "tsx", "scripts/build.ts", "--content", corpus, "--output", join(dir, "_site"), "--now", NOW],
        output: join(dir, "_site"),
      };
    case "eleventy-bare":
      cpSync(corpus, dir, { recursive: true });
      cpSync(join(PEERS, "eleventy-bare"), dir, { recursive: true });
      symlinkSync(nodeModules, join(dir, "node_modules"));
      return { cwd: dir, command: ["node", join(nodeModules, "@11ty/eleventy/cmd.cjs"), "--quiet"], output: join(dir, "_site") };
    case "floor":
      return { cwd: dir, command: ["node", join(PEERS, "floor.mjs"), corpus, join(dir, "_site")], output: join(dir, "_site") };
    case "hugo":
      cpSync(join(PEERS, "hugo/hugo.yaml"), join(dir, "hugo.yaml"));
      cpSync(join(PEERS, "hugo/layouts"), join(dir, "layouts"), { recursive: true });
      // Hugo cannot build our taxonomies from the format as it is: prep.mjs rewrites the
      // front-matter first, untimed, as copying the corpus is for bare Eleventy
      execFileSync("node", [join(PEERS, "hugo/prep.mjs"), corpus, dir]);
      return { cwd: dir, command: ["hugo", "--quiet", "--cacheDir", join(dir, ".hugo-cache")], output: join(dir, "public") };
  }
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
}

/** Runs one build under GNU time, after flushing earlier writes so they are not billed to it. */
function measure(tool: Tool, corpus: string, dir: string): Measurement {
  const { cwd, command, output } = stage(tool, corpus, dir);
  spawnSync("sync");
  const timing = join(work, "time.txt");
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", "-o", timing, ...command], { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tool} failed:\n${result.stderr.slice(-2000)}`);
  const [wall, user, system, rssKiB] = readFileSync(timing, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
  return { wall: wall!, cpu: user! + system!, system: system!, rssMiB: Math.round(rssKiB! / 1024), pages: countHtml(output) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

function summarise(measurements: Measurement[]) {
  return {
    wall: median(measurements.map((m) => m.wall)),
    cpu: median(measurements.map((m) => m.cpu)),
    system: median(measurements.map((m) => m.system)),
    rssMiB: median(measurements.map((m) => m.rssMiB)),
    pages: measurements[0]!.pages,
    walls: measurements.map((m) => m.wall),
  };
}

function generate(size: number): string {
  const corpus = join(work, `corpus-${size}`);
  execFileSync("node", ["--import", "tsx", "scripts/corpus.ts", "--out", corpus, "--meetings", String(size)], { cwd: ROOT });
  return corpus;
}

function raceBuilds() {
  const tools: Tool[] = ["referat", "eleventy-bare", "floor"];
  if (!options["no-hugo"] && spawnSync("hugo", ["version"]).status === 0) tools.push("hugo");
  const results: Record<string, Record<Tool, ReturnType<typeof summarise>>> = {};
  for (const size of sizes) {
    const corpus = generate(size);
    const measured = Object.fromEntries(tools.map((tool) => [tool, [] as Measurement[]])) as Record<Tool, Measurement[]>;
    for (let run = 1; run <= runs; run++) {
      for (const tool of tools) {
        const m = measure(tool, corpus, join(work, `site-${tool}`));
        measured[tool].push(m);
        console.log(
          `${tool.padEnd(14)} N=${size} run ${run}: ${m.wall.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU (${m.system.toFixed(2)} s kernel), ${m.rssMiB} MiB, ${m.pages} pages`,
        );
      }
    }
    results[size] = Object.fromEntries(tools.map((tool) => [tool, summarise(measured[tool])])) as Record<
      Tool,
      ReturnType<typeof summarise>
    >;
  }
  return results;
}

async function raceDevServer() {
  const example = join(work, "dev-example");
  rmSync(example, { recursive: true, force: true });
  cpSync(join(ROOT, "content"), example, { recursive: true });
  const results: Record<string, { median: number; all: number[] }> = {};
  const server = { root: ROOT, output: join(work, "dev-site"), heap: HEAP, now: NOW };
  const exampleRuns = await timeEdits(server, example, "syddanmark/2017-03-16-brugerstyring");
  results.example = { median: median(exampleRuns), all: exampleRuns };
  const largest = Math.max(...sizes);
  const corpus = join(work, `corpus-${largest}`);
  const region = readdirSync(join(corpus, "meetings"))[0]!;
  const file = readdirSync(join(corpus, "meetings", region))
    .sort()
    .find((name) => !readFileSync(join(corpus, "meetings", region, name), "utf8").includes("draft: true"))!;
  const corpusRuns = await timeEdits(server, corpus, `${region}/${file.slice(0, -3)}`, 3);
  results[`corpus-${largest}`] = { median: median(corpusRuns), all: corpusRuns };
  return results;
}

function report(builds: ReturnType<typeof raceBuilds>, dev: Awaited<ReturnType<typeof raceDevServer>> | undefined) {
  console.log("\nmedians over", runs, "runs");
  console.log(
    "N".padEnd(8),
    "tool".padEnd(14),
    "wall s".padStart(8),
    "CPU s".padStart(8),
    "kernel s".padStart(9),
    "MiB".padStart(6),
    "pages".padStart(7),
  );
  for (const [size, tools] of Object.entries(builds)) {
    for (const [tool, s] of Object.entries(tools))
      console.log(
        size.padEnd(8),
        tool.padEnd(14),
        s.wall.toFixed(2).padStart(8),
        s.cpu.toFixed(2).padStart(8),
        s.system.toFixed(2).padStart(9),
        String(s.rssMiB).padStart(6),
        String(s.pages).padStart(7),
      );
  }
  const ratios: Record<string, Record<string, number>> = {};
  for (const [size, tools] of Object.entries(builds)) {
    ratios[size] = {
      "referat/eleventy-bare wall": tools.referat.wall / tools["eleventy-bare"].wall,
      "referat/eleventy-bare cpu": tools.referat.cpu / tools["eleventy-bare"].cpu,
      "referat/floor wall": tools.referat.wall / tools.floor.wall,
      "referat/floor cpu": tools.referat.cpu / tools.floor.cpu,
      ...(tools.hugo && { "referat/hugo wall": tools.referat.wall / tools.hugo.wall }),
    };
  }
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  const scaling = sizes.length > 1 ? { [`t(${large})/t(${small}) wall`]: builds[large]!.referat.wall / builds[small]!.referat.wall } : {};
  console.log("\nratios");
  for (const [size, values] of Object.entries(ratios))
    for (const [name, value] of Object.entries(values)) console.log(`N=${size}`.padEnd(8), name.padEnd(28), value.toFixed(2));
  for (const [name, value] of Object.entries(scaling)) console.log("scaling ", name.padEnd(28), value.toFixed(2));
  if (dev) {
    console.log("\ndev server: save an edited report → rebuilt page served");
    for (const [name, value] of Object.entries(dev))
      console.log(name.padEnd(16), `${value.median.toFixed(2)} s median`, `(${value.all.map((s) => s.toFixed(2)).join(", ")})`);
  }
  return { sizes, runs, builds, ratios, scaling, dev };
}

mkdirSync(work, { recursive: true });
const builds = raceBuilds();
const dev = options["no-dev"] ? undefined : await raceDevServer();
const summary = report(builds, dev);
const jsonPath = options.json ?? join(work, "results.json");
writeFileSync(jsonPath, `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nfigures as JSON: ${jsonPath}`);

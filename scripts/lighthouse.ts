// npm run lighthouse -- [--output BUILT_SITE] [--min 95]
// Lighthouse's scores (performance, accessibility, best practices, SEO; mobile) for the home
// page, a meeting, a news article and the search page of a built site, printed as a table,
// then every accessibility, best-practices and SEO audit under 1 with its page and what it
// points at, so that an engineer sees what to fix. Without --output it builds the example
// content first, into a temporary folder. It serves the site itself on 127.0.0.1 and drives
// Debian's Chromium (/usr/bin/chromium), as the browser tests do.
// Exits 1 when Lighthouse could not audit a page or, with --min, when an accessibility,
// best-practices or SEO score is under it; otherwise 0. Scores are printed, not asserted in a
// test: they vary with the machine's load, and a run takes half a minute.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import {
  CATEGORIES,
  choosePages,
  formatFailures,
  formatTable,
  shortfalls,
  summarize,
  type Page,
  type PageResult,
} from "./lighthouse/report.ts";

const USAGE = "Usage: npm run lighthouse -- [--output BUILT_SITE] [--min 95]";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
// a fixed "now", so that every run audits the same pages with the same content
const NOW = "2026-11-27";
const CHROMIUM = "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".yml": "text/yaml; charset=utf-8",
};

interface Arguments {
  output?: string;
  min?: number;
}

function readArguments(argv: string[]): Arguments {
  let values: { output?: string; min?: string };
  try {
    values = parseArgs({ args: argv, options: { output: { type: "string" }, min: { type: "string" } }, strict: true }).values;
  } catch (error) {
    return usage((error as Error).message);
  }
  const min = values.min === undefined ? undefined : Number(values.min);
  if (min !== undefined && !(/^\d+(\.\d+)?$/.test(values.min!) && min <= 100))
    return usage(`--min ${JSON.stringify(values.min)} is not a score from 0 to 100.`);
  if (values.output !== undefined && !statSync(values.output, { throwIfNoEntry: false })?.isDirectory())
    return usage(`--output ${JSON.stringify(values.output)} is not a folder.`);
  return { output: values.output, min };
}

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** Builds the example content as `npm run build` does, into `output`. */
function buildExample(output: string): void {
  try {
    execFileSync("npx", ["tsx", join(ROOT, "scripts", "build.ts"), "--content", join(ROOT, "content"), "--output", output, "--now", NOW], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
    });
  } catch {
    // the build has said what went wrong, above
    throw new Error("The example content could not be built.");
  }
}

/** Serves `site` as a static host would: index.html for a folder, 404.html with status 404 for anything missing. */
async function serve(site: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(site);
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      path = "/404.html";
    }
    let file = resolve(join(root, path));
    // nothing outside the site, however the path is spelt
    if (file !== root && !file.startsWith(root + sep)) file = join(root, "404.html");
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, "index.html");
    const found = statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
    const served = found ? file : join(root, "404.html");
    response.writeHead(found ? 200 : 404, { "content-type": TYPES[extname(served)] ?? "application/octet-stream" });
    response.end(request.method === "HEAD" ? undefined : readFileSync(served));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/**
 * Lighthouse's results for each of `pages` of the site at `base`, each in a Chromium of its own,
 * as the Lighthouse command line does: a browser that has visited another page of the site
 * would not ask again for what it already has (a missing favicon is reported on the first
 * page only), and a page must be judged as a first visit finds it.
 */
async function audit(base: string, pages: Page[]): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const page of pages) {
    const started = Date.now();
    const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"], logLevel: "error" });
    try {
      const run = await lighthouse(base + page.path, {
        port: chrome.port,
        onlyCategories: [...CATEGORIES],
        logLevel: "error",
        output: "json",
      });
      if (!run) throw new Error("Lighthouse returned no result");
      results.push(summarize(page, run.lhr));
    } catch (error) {
      results.push({
        page,
        scores: { performance: null, accessibility: null, "best-practices": null, seo: null },
        failing: [],
        error: String(error),
      });
    } finally {
      chrome.kill();
    }
    console.error(`${page.name} ${page.path}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return results;
}

const args = readArguments(process.argv.slice(2));
const built = args.output === undefined ? mkdtempSync(join(tmpdir(), "referat-lighthouse-")) : undefined;
try {
  const site = args.output ?? join(built!, "site");
  if (built) buildExample(site);
  const pages = choosePages(site);
  const server = await serve(site);
  let results: PageResult[];
  try {
    results = await audit(server.url, pages);
  } finally {
    await server.close();
  }
  console.log(`\nLighthouse scores (0-100) of ${site}:\n\n${formatTable(results)}\n`);
  console.log(`Audits under 1 in accessibility, best practices and SEO:\n\n${formatFailures(results)}`);
  const failed = shortfalls(results, args.min);
  if (failed.length > 0) {
    console.error(`\n${failed.join("\n")}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  if (built) rmSync(built, { recursive: true, force: true });
}

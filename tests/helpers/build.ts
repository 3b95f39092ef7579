// Runs the real build command line, as an editor or CI would, and reads what it wrote.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const NOW = "2026-11-27";

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: "build" | "check" | "new", args: string[]): BuildRun {
  const result = spawnSync("node_modules/.bin/tsx", [`scripts/${script}.ts`, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function temporaryFolder(prefix = "referat-site-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Builds `contentDir` into a new temporary folder; fails the test if the build fails. */
export function buildInto(contentDir: string, extra: string[] = []): string {
  const output = join(temporaryFolder(), "site");
  const run = runScript("build", ["--content", contentDir, "--output", output, "--now", NOW, ...extra]);
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return output;
}

/** The HTML of the page at `url` in a built site. */
export function page(site: string, url: string): string {
  return readFileSync(join(site, url.endsWith("/") ? `${url}index.html` : url), "utf8");
}

/** Every file of a built site, relative paths, sorted. */
export function filesOf(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)))
    .sort();
}

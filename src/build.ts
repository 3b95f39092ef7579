// A production build that never leaves a half-written or emptied output folder: Eleventy
// writes into a fresh staging folder beside the output, which replaces the output only
// when the whole build has succeeded. A failed build leaves the old output as it was.
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { configure } from "./config.ts";
import { ContentError } from "./content/problems.ts";

export interface BuildRequest {
  contentDir: string;
  outputDir: string;
  /** the build's "now"; undefined means the clock */
  now?: string;
  /** publish drafts too (never in production) */
  drafts?: boolean;
}

export async function build(request: BuildRequest): Promise<void> {
  const output = resolve(request.outputDir);
  const staging = join(dirname(output), `.${basename(output)}.building-${process.pid}`);
  const previous = join(dirname(output), `.${basename(output)}.previous-${process.pid}`);
  removeLeftovers(output);
  // the loader reports a missing folder too, but Eleventy stops in its own set-up before that
  if (!existsSync(request.contentDir)) throw new Error(`Indholdsmappen findes ikke: ${request.contentDir}`);
  const options = { contentDir: request.contentDir, outputDir: staging, now: request.now, drafts: request.drafts ?? false };
  // Eleventy would repeat a content error with its stack trace; hold its messages back and
  // show them only for failures that are not about the content.
  const eleventyMessages: unknown[] = [];
  const hold = (message: unknown) => eleventyMessages.push(message);
  try {
    // no configuration file ("" skips it): .eleventy.js would load the same modules a second time through tsx
    const eleventy = new Eleventy(undefined, undefined, { configPath: "", config: (eleventyConfig: UserConfig) => configure(eleventyConfig, options), quietMode: true });
    eleventy.logger.overrideLogger({ log: hold, info: hold, warn: hold, error: hold });
    await eleventy.write();
  } catch (error) {
    // Eleventy's passthrough copy may still be writing into the staging folder: remove it
    // now, and again once the process has nothing left to do
    rmSync(staging, { recursive: true, force: true });
    process.once("exit", () => rmSync(staging, { recursive: true, force: true }));
    const contentError = contentErrorIn(error);
    if (!contentError) for (const message of eleventyMessages) console.error(message);
    throw contentError ?? error;
  }
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  rmSync(previous, { recursive: true, force: true });
}

/** Staging folders of builds that were killed before they could clean up. */
function removeLeftovers(output: string): void {
  const parent = dirname(output);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(output)}.`;
  for (const name of readdirSync(parent)) {
    const pid = /\.(?:building|previous)-(\d+)$/.exec(name)?.[1];
    if (name.startsWith(prefix) && pid && !isRunning(Number(pid))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Eleventy wraps errors thrown by data functions; find ours so it can be shown as it is. */
function contentErrorIn(error: unknown): ContentError | undefined {
  for (let cause = error; cause instanceof Error; cause = (cause as { originalError?: unknown }).originalError ?? cause.cause) {
    if (cause instanceof ContentError || cause.name === "ContentError") return cause as ContentError;
  }
  return undefined;
}

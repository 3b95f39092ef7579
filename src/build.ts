// A production build that never leaves a half-written or emptied output folder, and never
// touches a folder it should not: the output path is checked first (output/guard.ts), one
// build at a time holds the folder (output/lock.ts), Eleventy writes into a staging folder
// inside it, and the new site replaces the old one only when the whole build has succeeded
// (output/swap.ts). A failed build leaves the old output as it was.
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { rmdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { configure, ROOT } from "./config.ts";
import { ContentError } from "./content/problems.ts";
import { STAGING } from "./output/folder.ts";
import { checkOutputFolder, OutputRefused, prepareOutput } from "./output/guard.ts";
import { lockOutput, waitingFor } from "./output/lock.ts";
import { recover, swapIn } from "./output/swap.ts";

export interface BuildRequest {
  contentDir: string;
  outputDir: string;
  /** the build's "now"; undefined means the clock */
  now?: string;
  /** publish drafts too (never in production) */
  drafts?: boolean;
}

/** Builds the site; resolves to warnings about leftovers it could not remove (the site is published all the same). */
export async function build(request: BuildRequest, tell: (message: string) => void = console.error): Promise<string[]> {
  const { output, created } = prepareOutput({ output: request.outputDir, content: request.contentDir, repository: ROOT, option: "--output" });
  const release = await lockOutput(output, (holder) => tell(waitingFor(holder, output)));
  let built = false;
  try {
    const left = recover(output);
    if (left.length) throw new OutputRefused(`En tidligere bygning efterlod ${left.join(" og ")}, som ikke kan fjernes. Fjern den selv, og byg igen.`);
    checkOutputFolder(output, "--output");
    await render(request, join(output, STAGING));
    const leftovers = swapIn(output);
    built = true;
    return leftovers.map((path) => `Det gamle site i ${path} kunne ikke fjernes; næste bygning prøver igen.`);
  } finally {
    release();
    if (created && !built) removeIfEmpty(output);
  }
}

/** A folder made for a build that failed goes again; one that something is still writing into stays. */
function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // not empty: Eleventy's passthrough copy may still be writing; its staging folder is removed on exit
  }
}

/** Eleventy writes the whole site into `staging`; on failure the staging folder is removed. */
async function render(request: BuildRequest, staging: string): Promise<void> {
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
}

/** Eleventy wraps errors thrown by data functions; find ours so it can be shown as it is. */
function contentErrorIn(error: unknown): ContentError | undefined {
  for (let cause = error; cause instanceof Error; cause = (cause as { originalError?: unknown }).originalError ?? cause.cause) {
    if (cause instanceof ContentError || cause.name === "ContentError") return cause as ContentError;
  }
  return undefined;
}

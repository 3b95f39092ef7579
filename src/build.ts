// A production build that never leaves a half-written or emptied output folder, and never
// touches a folder it should not: the output folder is claimed first (output/claim.ts: the
// guard, the lock, a cut-short swap undone), Eleventy writes into a staging folder inside it,
// and the new site replaces the old one only when the whole build has succeeded
// (output/swap.ts). A failed build leaves the old output as it was.
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { existsSync, rmdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { configure, ROOT } from "./config.ts";
import { ContentError } from "./content/problems.ts";
import type { Options } from "./options.ts";
import { claimOutput } from "./output/claim.ts";
import { JOURNAL, STAGING } from "./output/folder.ts";
import { swapIn } from "./output/swap.ts";

/** Builds the site; resolves to warnings about leftovers it could not remove (the site is published all the same). */
export async function build(options: Options, tell: (message: string) => void = console.error): Promise<string[]> {
  const { output, created, release } = await claimOutput(
    { output: options.outputDir, content: options.contentDir, repository: ROOT, option: "--output" },
    tell,
  );
  const staging = join(output, STAGING);
  try {
    await render({ ...options, outputDir: staging });
    return swapIn(output).map((path) => `Det gamle site i ${path} kunne ikke fjernes; næste bygning prøver igen.`);
  } catch (error) {
    const cleanUp = () => {
      // a swap that could not be undone needs its staging folder for the next build to finish it
      if (existsSync(join(output, JOURNAL))) return;
      rmSync(staging, { recursive: true, force: true });
      if (created) removeIfEmpty(output);
    };
    cleanUp();
    // Eleventy's passthrough copy may still be writing into the staging folder: again once it is done
    process.once("exit", cleanUp);
    throw error;
  } finally {
    release();
  }
}

/** A folder made for a build that failed goes again. */
function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // not empty: the site swapped in before the failure, or files still being written
  }
}

/** Eleventy writes the whole site into `options.outputDir`. */
async function render(options: Options): Promise<void> {
  // Eleventy would repeat a content error with its stack trace; hold its messages back and
  // show them only for failures that are not about the content.
  const eleventyMessages: unknown[] = [];
  const hold = (message: unknown) => eleventyMessages.push(message);
  try {
    // no configuration file ("" skips it): .eleventy.js would load the same modules a second time through tsx
    const eleventy = new Eleventy(undefined, undefined, {
      configPath: "",
      config: (eleventyConfig: UserConfig) => configure(eleventyConfig, options),
      quietMode: true,
    });
    eleventy.logger.overrideLogger({ log: hold, info: hold, warn: hold, error: hold });
    await eleventy.write();
  } catch (error) {
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

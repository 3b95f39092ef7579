// What referat keeps inside an output folder besides the site, and how it tells its own
// folder from someone else's: the marker file lists the entries referat made, so a build
// replaces those and refuses to touch anything else.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Published with the site: the entries of the output folder that referat made. */
export const MARKER = ".referat-site";
/** Held while a build or the dev server uses the folder (lock.ts). */
export const LOCK = ".referat-lock";
/** The new site while it is being built. */
export const STAGING = ".referat-staging";
/** The old site's entries while the new ones move in (swap.ts). */
export const PREVIOUS = ".referat-previous";
/** Present only while a swap is under way: what to undo if it was cut short. */
export const JOURNAL = ".referat-swap";
/** The files the dev server's last build wrote (src/preview.ts). */
export const DEV_FILES = ".referat-dev-files";

/** Entries a build never moves: its own working files, and what a file system puts at a mount point's root. */
const NOT_SITE = new Set([LOCK, STAGING, PREVIOUS, JOURNAL, `${JOURNAL}.tmp`, DEV_FILES, "lost+found"]);

/** The entries of `folder` that make up a site (everything but the working files), sorted. */
export function siteEntries(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !NOT_SITE.has(name))
    .sort();
}

/** A name a site may have at its top level: one plain path segment that is not a working file. */
export function isSiteEntry(name: unknown): name is string {
  return typeof name === "string" && name !== "" && name !== "." && name !== ".." && !/[/\\\0]/.test(name) && !NOT_SITE.has(name);
}

/** Writes the marker, listing `entries` (by default all there are) and the marker itself. */
export function markAsOurs(folder: string, entries: Iterable<string> = siteEntries(folder)): void {
  const listed = [...new Set([...entries, MARKER])].sort();
  const why = "# Made by referat. The next build replaces the entries below and refuses to touch anything else.";
  writeFileSync(join(folder, MARKER), `${why}\n${listed.join("\n")}\n`);
}

/** The entries the marker in `folder` lists; none when it has no marker. */
export function markedEntries(folder: string): string[] {
  let text: string;
  try {
    text = readFileSync(join(folder, MARKER), "utf8");
  } catch {
    return [];
  }
  return text.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
}

/** The entries of `folder` that referat did not make: all of them when it has no marker. */
export function foreignEntries(folder: string): string[] {
  const ours = new Set(markedEntries(folder));
  return siteEntries(folder).filter((name) => !ours.has(name));
}

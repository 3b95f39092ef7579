// What referat keeps inside an output folder besides the site, and how it tells its own
// folder from someone else's: the marker file lists the entries the last build made, so a
// build replaces those and refuses to touch anything else.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Published with the site: the entries of the output folder that referat made. */
export const MARKER = ".referat-site";
/** Held while a build uses the folder (lock.ts). */
export const LOCK = ".referat-lock";
/** The new site while it is being built. */
export const STAGING = ".referat-staging";
/** The old site's entries while the new ones move in (swap.ts). */
export const PREVIOUS = ".referat-previous";
/** Present only while a swap is under way: what to undo if it was cut short. */
export const JOURNAL = ".referat-swap";

/** Entries a build never moves: its own working files, and what a file system puts at a mount point's root. */
const NOT_SITE = new Set([LOCK, STAGING, PREVIOUS, JOURNAL, `${JOURNAL}.tmp`, "lost+found"]);

/** The entries of `folder` that make up a site (everything but the working files), sorted. */
export function siteEntries(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !NOT_SITE.has(name))
    .sort();
}

/** Writes the marker into a freshly built site, listing its entries and the marker itself. */
export function markAsOurs(site: string): void {
  const entries = [...new Set([...siteEntries(site), MARKER])].sort();
  const why = "# Made by referat. The next build replaces the entries below and refuses to touch anything else.";
  writeFileSync(join(site, MARKER), `${why}\n${entries.join("\n")}\n`);
}

/** The entries of `folder` that referat did not make: all of them when it has no marker. */
export function foreignEntries(folder: string): string[] {
  const entries = siteEntries(folder);
  const marker = join(folder, MARKER);
  if (!existsSync(marker)) return entries;
  const ours = new Set(readFileSync(marker, "utf8").split("\n").filter((line) => line && !line.startsWith("#")));
  return entries.filter((name) => !ours.has(name));
}

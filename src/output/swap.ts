// Replaces the site in an output folder with the one built in its staging folder, in place:
// the old entries move aside, the new ones move in, each by one rename on the same file system.
// The folder itself is never renamed, so it may be a mount point (a Docker volume, a web
// server's root) and keeps its owner and mode. A journal written before the first move says
// what to undo, so a swap cut short (a killed build, a failing rename) is rolled back to the
// last good site, at once or by the next build.
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JOURNAL, markAsOurs, PREVIOUS, siteEntries, STAGING } from "./folder.ts";

interface Journal {
  /** the old site's entries, moved to PREVIOUS */
  old: string[];
  /** the new site's entries, moved from STAGING */
  new: string[];
}

export type Rename = (from: string, to: string) => void;

/** Thrown when a swap failed; `restored` says whether the old site is back in place. */
export class SwapError extends Error {
  readonly restored: boolean;
  constructor(cause: unknown, restored: boolean) {
    super(`${(cause as Error).message ?? cause}`, { cause });
    this.name = "SwapError";
    this.restored = restored;
  }
}

/**
 * Swaps the staged site in. Returns the paths it could not clean up afterwards (the new site
 * is in place all the same; the next build removes them).
 */
export function swapIn(output: string, rename: Rename = renameSync): string[] {
  const journal = beginSwap(output);
  try {
    moveEntries(output, journal, rename);
  } catch (error) {
    throw new SwapError(error, tryRollBack(output, journal));
  }
  rmSync(join(output, JOURNAL));
  return removeWorkingFolders(output);
}

/** Marks the new site as ours and writes the journal; nothing has moved yet. */
export function beginSwap(output: string): Journal {
  const staging = join(output, STAGING);
  markAsOurs(staging);
  const journal: Journal = { old: siteEntries(output), new: siteEntries(staging) };
  rmSync(join(output, PREVIOUS), { recursive: true, force: true });
  mkdirSync(join(output, PREVIOUS));
  // written whole and then renamed into place, so a journal is never read half-written
  writeFileSync(join(output, `${JOURNAL}.tmp`), JSON.stringify(journal));
  renameSync(join(output, `${JOURNAL}.tmp`), join(output, JOURNAL));
  return journal;
}

/** Every old entry aside, then every new one in; `rename` is the only thing that touches the site. */
export function moveEntries(output: string, journal: Journal, rename: Rename = renameSync): void {
  for (const name of journal.old) rename(join(output, name), join(output, PREVIOUS, name));
  for (const name of journal.new) rename(join(output, STAGING, name), join(output, name));
}

/**
 * Undoes a swap that a journal says was under way, wherever it stopped: new entries that
 * moved in go back to staging, old ones that moved aside come back. Safe to run again if it
 * is cut short itself. Then removes the working folders, and returns those it could not
 * remove. Call before a build does anything else.
 */
export function recover(output: string, rename: Rename = renameSync): string[] {
  const path = join(output, JOURNAL);
  if (existsSync(path)) {
    rollBack(output, JSON.parse(readFileSync(path, "utf8")) as Journal, rename);
    rmSync(path);
  }
  rmSync(join(output, `${JOURNAL}.tmp`), { force: true });
  return removeWorkingFolders(output);
}

function rollBack(output: string, journal: Journal, rename: Rename = renameSync): void {
  // new entries move only once every old one is aside: a new entry missing from staging is in the output
  for (const name of journal.new) {
    if (!present(join(output, STAGING, name)) && present(join(output, name))) rename(join(output, name), join(output, STAGING, name));
  }
  for (const name of journal.old) {
    if (present(join(output, PREVIOUS, name))) rename(join(output, PREVIOUS, name), join(output, name));
  }
}

function tryRollBack(output: string, journal: Journal): boolean {
  try {
    rollBack(output, journal);
    rmSync(join(output, JOURNAL));
    removeWorkingFolders(output);
    return true;
  } catch {
    // the journal stays: the next build finishes the rollback before anything else
    return false;
  }
}

/** Removes STAGING and PREVIOUS; returns those it could not remove. */
function removeWorkingFolders(output: string): string[] {
  const left: string[] = [];
  for (const folder of [join(output, PREVIOUS), join(output, STAGING)]) {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      left.push(folder);
    }
  }
  return left;
}

/** Exists, even as a broken symbolic link (existsSync follows links). */
function present(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

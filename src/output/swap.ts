// Replaces the site in an output folder with the one built in its staging folder, in place:
// the old entries move aside, the new ones move in, each by one rename on the same file system.
// The folder itself is never renamed, so it may be a mount point (a Docker volume, a web
// server's root) and keeps its owner and mode. A journal written before the first move says
// what to undo, so a swap cut short (a killed build, a failing rename) is rolled back to the
// last good site, at once or by the next build.
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { escapeForMessage } from "../content/text.ts";
import { DEV_FILES, isSiteEntry, JOURNAL, MARKER, markAsOurs, markedEntries, PREVIOUS, siteEntries, STAGING } from "./folder.ts";
import { OutputRefused } from "./guard.ts";

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
    super(cause instanceof Error ? cause.message : String(cause), { cause });
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
    // the commit point: from here on the new site stands
    rmSync(join(output, JOURNAL));
  } catch (error) {
    throw new SwapError(error, tryRecover(output));
  }
  return removeWorkingFiles(output);
}

/** Marks the new site as ours and writes the journal; nothing has moved yet. */
export function beginSwap(output: string): Journal {
  const staging = join(output, STAGING);
  markAsOurs(staging);
  const journal: Journal = { old: siteEntries(output), new: siteEntries(staging) };
  rmSync(join(output, PREVIOUS), { recursive: true, force: true });
  mkdirSync(join(output, PREVIOUS));
  writeDurably(join(output, JOURNAL), JSON.stringify(journal));
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
 * is cut short itself. Then removes the working folders. Call before a build does anything
 * else; resolves to whether there was a swap to undo.
 */
export function recover(output: string, rename: Rename = renameSync): boolean {
  const path = join(output, JOURNAL);
  const cutShort = existsSync(path);
  if (cutShort) {
    rollBack(output, readJournal(output), rename);
    rmSync(path);
  }
  rmSync(join(output, `${JOURNAL}.tmp`), { force: true });
  const left = removeWorkingFiles(output);
  if (left.length > 0) {
    throw new OutputRefused(
      `En tidligere bygning efterlod ${left.map(escapeForMessage).join(" og ")}, som ikke kan fjernes. Fjern det selv, og byg igen.`,
    );
  }
  return cutShort;
}

function rollBack(output: string, journal: Journal, rename: Rename): void {
  // new entries move only once every old one is aside: a new entry missing from staging is in the output
  for (const name of journal.new) {
    if (!present(join(output, STAGING, name)) && present(join(output, name))) rename(join(output, name), join(output, STAGING, name));
  }
  for (const name of journal.old) {
    if (present(join(output, PREVIOUS, name))) rename(join(output, PREVIOUS, name), join(output, name));
  }
}

/**
 * The journal, if it is one referat wrote for this folder: plain entry names, and the new
 * site's marker (in staging, or moved in already) listing exactly the new entries. Anything
 * else is refused untouched, as a rollback moves and then deletes what the journal names.
 */
function readJournal(output: string): Journal {
  const refuse = (why: string) => {
    throw new OutputRefused(
      `${escapeForMessage(join(output, JOURNAL))} ${why}, så referat rører ikke mappen. Se efter, om sitet i mappen er helt; slet så ${JOURNAL}, og byg igen.`,
    );
  };
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(join(output, JOURNAL), "utf8")) as Journal;
  } catch {
    return refuse("kan ikke læses");
  }
  if (!Array.isArray(journal?.old) || !Array.isArray(journal.new) || ![...journal.old, ...journal.new].every(isSiteEntry))
    refuse("er ikke en af referats");
  const newMarker = existsSync(join(output, STAGING, MARKER)) ? join(output, STAGING) : output;
  if (markedEntries(newMarker).join("\n") !== [...journal.new].sort().join("\n")) refuse("passer ikke med mappens indhold");
  return journal;
}

function tryRecover(output: string): boolean {
  try {
    recover(output);
    return true;
  } catch {
    // the journal stays: the next build finishes the rollback before anything else
    return false;
  }
}

/** Removes STAGING, PREVIOUS and the dev server's list; returns those it could not remove. */
function removeWorkingFiles(output: string): string[] {
  const left: string[] = [];
  for (const path of [join(output, PREVIOUS), join(output, STAGING), join(output, DEV_FILES)]) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      left.push(path);
    }
  }
  return left;
}

/** Written whole, on disk, then renamed into place: a journal is never read half-written. */
function writeDurably(path: string, text: string): void {
  const descriptor = openSync(`${path}.tmp`, "w");
  try {
    writeSync(descriptor, text);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(`${path}.tmp`, path);
}

/** Exists, even as a broken symbolic link (existsSync follows links). */
function present(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

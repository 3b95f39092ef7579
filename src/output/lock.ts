// One build at a time per output folder: a second build into the same folder waits for the
// first instead of both moving entries in and out of it at once. The lock is a file holding
// its owner's machine, process id and start time; a lock whose process is gone (a killed
// build) is taken over. The start time tells a live owner from a new process that got the
// same id (in a container every build may be process 7); a lock from another machine (a
// shared volume) is never taken over, as its process cannot be seen from here.
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { LOCK } from "./folder.ts";

const POLL_MS = 200;

/**
 * Takes the lock of `output`, waiting while another build holds it (`waiting` is told once,
 * with who holds it, in Danish). Resolves to the function that releases it.
 */
export async function lockOutput(output: string, waiting: (holder: string) => void): Promise<() => void> {
  const path = join(output, LOCK);
  const me = identity(process.pid);
  let told = false;
  while (!tryCreate(path, me)) {
    const holder = readHolder(path);
    if (holder !== undefined && isGone(holder)) {
      takeOver(path, holder);
      continue;
    }
    if (!told) waiting(describe(holder));
    told = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const release = () => {
    if (readHolder(path) === me) rmSync(path, { force: true });
  };
  process.once("exit", release);
  return () => {
    process.off("exit", release);
    release();
  };
}

/** Creates the lock with its content in one step: a hard link of a file written beforehand fails if the lock exists. */
function tryCreate(path: string, me: string): boolean {
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, `${me}\n`);
  try {
    linkSync(mine, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * Removes a dead owner's lock, unless another build took it over in the meantime: the lock is
 * moved aside first (only one build can), and put back if it turns out to be a live one.
 */
function takeOver(path: string, dead: string): void {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // another build moved it first
  }
  if (readHolder(aside) !== dead) {
    try {
      linkSync(aside, path);
    } catch {
      // a third build holds the lock now; the one moved aside still works, unaware
    }
  }
  rmSync(aside, { force: true });
}

function readHolder(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return undefined; // released meanwhile
  }
}

/** A lock of this machine whose process no longer runs (or runs since another start). */
function isGone(holder: string): boolean {
  const [machine, pid] = holder.split(" ");
  return machine === hostname() && identity(Number(pid)) !== holder;
}

/** "proces 123" or, for another machine's lock, "proces 123 på maskinen x". */
function describe(holder: string | undefined): string {
  const [machine = "", pid = "?"] = (holder ?? "").split(" ");
  return machine === hostname() ? `proces ${pid}` : `proces ${pid} på maskinen ${machine || "?"}`;
}

/** "machine pid start-time" for a running process (start time where /proc tells it); "" for none. */
export function identity(pid: number): string {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return "";
  }
  let started = "";
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // field 22, counted after the command name, which may itself hold spaces and parentheses
    started = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? "";
  } catch {
    // no /proc: the process id alone
  }
  return `${hostname()} ${pid} ${started}`.trimEnd();
}

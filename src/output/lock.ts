// One build at a time per output folder: a second build into the same folder waits for the
// first instead of both moving entries in and out of it at once. The lock is a file holding
// the owner's process id and start time; a lock whose process is gone (a killed build) is
// taken over. The start time tells a live owner from a new process that got the same id (in a
// container every build may be process 7).
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { LOCK } from "./folder.ts";

const POLL_MS = 200;

/**
 * Takes the lock of `output`, waiting while another live build holds it (`waiting` is told
 * once, with the holder's process id). Resolves to the function that releases it.
 */
export async function lockOutput(output: string, waiting: (holder: string) => void): Promise<() => void> {
  const path = join(output, LOCK);
  const me = identity(process.pid);
  let told = false;
  for (;;) {
    if (tryCreate(path, me)) break;
    const holder = readHolder(path);
    if (holder !== undefined && holder !== me && isAlive(holder)) {
      if (!told) waiting(holder.split(":")[0]!);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    } else {
      rmSync(path, { force: true });
    }
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

/** What a build says while it waits for the lock. */
export function waitingFor(holder: string, output: string): string {
  return `Venter på proces ${holder} (en anden bygning eller udviklingsserveren), som bruger ${output} ...`;
}

function tryCreate(path: string, me: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  writeSync(descriptor, `${me}\n`);
  closeSync(descriptor);
  return true;
}

function readHolder(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

function isAlive(holder: string): boolean {
  return identity(Number(holder.split(":")[0])) === holder;
}

/** "pid:start time" where /proc tells the start time, else "pid" for a running process; "" for none. */
export function identity(pid: number): string {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return "";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // field 22, counted after the command name, which may itself hold spaces and parentheses
    const started = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return `${pid}:${started}`;
  } catch {
    return String(pid);
  }
}

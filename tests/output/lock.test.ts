// One build at a time per output folder; a killed build's lock does not block the next.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK } from "../../src/output/folder.ts";
import { identity, lockOutput } from "../../src/output/lock.ts";
import { temporaryFolder } from "../helpers/build.ts";

describe("lockOutput", () => {
  it("waits while a live build holds the folder, saying so once, and takes it when that build ends", async () => {
    const output = temporaryFolder();
    const other = spawn("sleep", ["30"]);
    writeFileSync(join(output, LOCK), `${identity(other.pid!)}\n`);
    const told: string[] = [];
    let taken = false;
    const locking = lockOutput(output, (holder) => told.push(holder)).then((release) => {
      taken = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(taken).toBe(false);
    expect(told).toEqual([String(other.pid)]);
    other.kill();
    const release = await locking;
    expect(told).toHaveLength(1);
    expect(existsSync(join(output, LOCK))).toBe(true);
    release();
    expect(existsSync(join(output, LOCK))).toBe(false);
  });

  it("takes over the lock of a build that is gone, or of a process that got its id later", async () => {
    const output = temporaryFolder();
    const told: string[] = [];
    const gone = spawn("true");
    await new Promise((resolve) => gone.on("exit", resolve));
    writeFileSync(join(output, LOCK), `${gone.pid}:1\n`);
    (await lockOutput(output, (holder) => told.push(holder)))();
    // this very process, but started at another time: the id was reused
    writeFileSync(join(output, LOCK), `${process.pid}:1\n`);
    (await lockOutput(output, (holder) => told.push(holder)))();
    expect(told).toEqual([]);
  });
});

// One build at a time per output folder; a killed build's lock does not block the next, and
// no two builds ever hold the lock at once, even when they race for a dead build's lock.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK } from "../../src/output/folder.ts";
import { identity, lockOutput } from "../../src/output/lock.ts";
import { temporaryFolder } from "../helpers/build.ts";

/** Resolves to whether `promise` settled within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}

describe("lockOutput", () => {
  it("waits while a live build holds the folder, saying so once, and takes it when that build ends", async () => {
    const output = temporaryFolder();
    const other = spawn("sleep", ["30"]);
    writeFileSync(join(output, LOCK), `${identity(other.pid!)}\n`);
    const told: string[] = [];
    const locking = lockOutput(output, (holder) => told.push(holder));
    expect(await settlesWithin(locking, 700)).toBe(false);
    expect(told).toEqual([`proces ${other.pid}`]);
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
    writeFileSync(join(output, LOCK), `${hostname()} ${gone.pid} 1\n`);
    (await lockOutput(output, (holder) => told.push(holder)))();
    // this very process, but started at another time: the id was reused
    writeFileSync(join(output, LOCK), `${hostname()} ${process.pid} 1\n`);
    (await lockOutput(output, (holder) => told.push(holder)))();
    expect(told).toEqual([]);
  });

  it("never takes a lock it cannot judge: another machine's, or one it cannot read", async () => {
    for (const [holder, told] of [
      ["build-server-2 7 123\n", "proces 7 på maskinen build-server-2"],
      ["", "proces ? på maskinen ?"],
    ]) {
      const output = temporaryFolder();
      writeFileSync(join(output, LOCK), holder!);
      const heard: string[] = [];
      expect(
        await settlesWithin(
          lockOutput(output, (who) => heard.push(who)),
          700,
        ),
      ).toBe(false);
      expect(heard).toEqual([told]);
    }
  });

  it("lets one build at a time in, when several race for a dead build's lock", async () => {
    const output = temporaryFolder();
    writeFileSync(join(output, LOCK), `${hostname()} 999999 1\n`);
    // each takes the lock ten times, and says if it ever found another inside
    const worker = `
      import { existsSync, rmSync, writeFileSync } from "node:fs";
      import { lockOutput } from ${JSON.stringify(join(process.cwd(), "src/output/lock.ts"))};
      const inside = ${JSON.stringify(join(output, "inside"))};
      for (let round = 0; round < 10; round++) {
        const release = await lockOutput(${JSON.stringify(output)}, () => {});
        if (existsSync(inside)) { console.log("two inside"); process.exit(1); }
        writeFileSync(inside, String(process.pid));
        await new Promise((resolve) => setTimeout(resolve, 5));
        rmSync(inside);
        release();
      }`;
    const script = join(temporaryFolder(), "worker.mts");
    writeFileSync(script, worker);
    const runs = Array.from(
      { length: 4 },
      () => new Promise<number | null>((resolve) => spawn("node_modules/.bin/tsx", [script], { stdio: "inherit" }).on("exit", resolve)),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
  }, 60_000);
});

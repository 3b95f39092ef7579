// What the build will and will not do to the folders it is given: it refuses the ones it
// must not replace, builds the same site however the content folder is spelt, replaces a
// mount point's contents, says "uændret" only when that is true, and restores the last good
// site after a swap that was cut short.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JOURNAL, STAGING } from "../src/output/folder.ts";
import { beginSwap, moveEntries } from "../src/output/swap.ts";
import { buildInto, filesOf, NOW, runScript, temporaryFolder } from "./helpers/build.ts";

/** Every file of a folder with its bytes, for comparing two sites. */
function snapshot(folder: string): Map<string, Buffer> {
  return new Map(filesOf(folder).map((file) => [file, readFileSync(join(folder, file))]));
}

/** Runs `script` as root in a mount namespace of its own, so its mounts vanish with it. */
function inMountNamespace(script: string) {
  return spawnSync("unshare", ["--mount", "sh", "-euc", script], { encoding: "utf8" });
}

const BUILD = `node_modules/.bin/tsx scripts/build.ts --content content --now ${NOW}`;

describe("the build's output folder", () => {
  it("refuses the content folder as output, and keeps every report", () => {
    const content = temporaryFolder("referat-content-");
    cpSync("content", content, { recursive: true });
    const before = snapshot(content);
    const run = runScript("build", ["--content", content, "--output", content, "--now", NOW]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`--output ${content}: mappen er eller indeholder indholdsmappen`);
    expect(run.stderr).toContain("er uændret");
    expect(run.stdout).not.toContain("Bygget");
    expect(snapshot(content)).toEqual(before);
  });

  it("refuses referat's own folder, the root and a file, touching none of them", () => {
    const file = join(temporaryFolder(), "notes.txt");
    writeFileSync(file, "an editor's notes");
    for (const [output, why] of [
      [".", "mappen er eller indeholder referat selv"],
      ["/", "det er roden af hele filsystemet"],
      [file, "det er en fil, ikke en mappe"],
    ]) {
      const run = runScript("build", ["--output", output!, "--now", NOW]);
      expect(run.status, output).toBe(1);
      expect(run.stderr).toContain(`--output ${output}: ${why}`);
    }
    expect(readFileSync(file, "utf8")).toBe("an editor's notes");
    expect(existsSync("package.json") && existsSync(".git") && !existsSync(".referat-lock")).toBe(true);
  });

  it("refuses a folder with files referat did not make, and names them", () => {
    const output = temporaryFolder();
    writeFileSync(join(output, "important.docx"), "");
    const run = runScript("build", ["--output", output, "--now", NOW]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("som referat ikke har lavet (important.docx)");
    expect(readdirSync(output)).toEqual(["important.docx"]);
  });

  it("builds the same site however the content folder is spelt", () => {
    const plain = snapshot(buildInto("content"));
    expect(plain.size).toBeGreaterThan(20);
    expect(snapshot(buildInto("./content/../content/"))).toEqual(plain);
  });

  it("builds a content folder whose path begins with the working folder's, as /srv/referat-content beside /srv/referat", () => {
    const working = temporaryFolder("referat-working-");
    const content = `${working}-content`;
    cpSync("content", content, { recursive: true });
    const output = join(temporaryFolder(), "site");
    const run = spawnSync(
      join(process.cwd(), "node_modules/.bin/tsx"),
      [join(process.cwd(), "scripts/build.ts"), "--content", content, "--output", output, "--now", NOW],
      { cwd: working, encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(snapshot(output)).toEqual(snapshot(buildInto("content")));
  });

  it("restores the last good site that a killed swap left half-replaced, before a failing build reports it unchanged", () => {
    const output = buildInto("content");
    const good = snapshot(output);
    // a newer build was killed half-way through moving its site in
    cpSync(join(output, "index.html"), join(output, STAGING, "index.html"), { recursive: true });
    mkdirSync(join(output, STAGING, "moeder"));
    const journal = beginSwap(output);
    let moves = 0;
    const dying = (from: string, to: string) => {
      if (moves++ === journal.old.length + 1) throw new Error("killed");
      renameSync(from, to);
    };
    expect(() => moveEntries(output, journal, dying)).toThrow("killed");
    expect(existsSync(join(output, "arkiv"))).toBe(false);

    const broken = contentWithError();
    const run = runScript("build", ["--content", broken, "--output", output, "--now", NOW]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("er uændret");
    expect(snapshot(output)).toEqual(good);
    expect(readdirSync(output)).not.toContain(JOURNAL);
  });

  it("replaces the contents of a mount point, which cannot itself be replaced", () => {
    const output = temporaryFolder();
    const run = inMountNamespace(`
      mount -t tmpfs site ${output}
      ${BUILD} --output ${output}
      ${BUILD} --output ${output}
      ls -a ${output}
      cat ${output}/.referat-site`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.match(/Bygget/g)).toHaveLength(2);
    expect(run.stdout).toContain("moeder");
    expect(run.stdout).not.toContain(STAGING);
  });

  it("refuses a read-only output folder before building, and says truthfully that it is unchanged", () => {
    const output = buildInto("content");
    const good = snapshot(output);
    const run = inMountNamespace(`
      mount --bind ${output} ${output}
      mount -o remount,bind,ro ${output}
      ${BUILD} --output ${output}`);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`--output ${output}: referat må ikke skrive i mappen (EROFS)`);
    expect(run.stderr).toContain(`Bygningen stoppede; ${output} er uændret.`);
    expect(snapshot(output)).toEqual(good);
    // nothing left behind that would fail the next build
    expect(runScript("build", ["--output", output, "--now", NOW]).status).toBe(0);
  });

  it("lets two builds into one output take turns, ending with a whole site", async () => {
    const output = join(temporaryFolder(), "site");
    const reference = snapshot(buildInto("content"));
    const builds = [1, 2].map(
      () =>
        new Promise<number | null>((resolve) => {
          const child = spawn("node_modules/.bin/tsx", ["scripts/build.ts", "--output", output, "--now", NOW], { stdio: "ignore" });
          child.on("exit", resolve);
        }),
    );
    expect(await Promise.all(builds)).toEqual([0, 0]);
    expect(snapshot(output)).toEqual(reference);
  });
});

/** A copy of the example content with one error in it. */
function contentWithError(): string {
  const broken = temporaryFolder("referat-broken-");
  cpSync("content", broken, { recursive: true });
  const file = join(broken, "meetings/midt-nord/2017-03-07-brug-og-implementering-af-rammearkitekturen.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("region: midt-nord", "region: midt-nrd"));
  return broken;
}

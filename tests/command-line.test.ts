// Mistakes on the command line, or in the REFERAT_* variables, get a Danish sentence with the
// fix and exit 1, never a stack trace (scripts/options.ts).
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { NOW, runScript } from "./helpers/build.ts";

function expectPlainDanish(run: { status: number | null; stderr: string }, message: string): void {
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/TypeError|ERR_PARSE_ARGS|RangeError/);
}

describe("the command lines", () => {
  it("name a misspelt option and the one that was meant", () => {
    expectPlainDanish(runScript("check", ["--contnet", "content"]), 'Ukendt valg: "--contnet". Mente du --content?');
    expectPlainDanish(runScript("build", ["--ouptut", "/tmp/x"]), 'Ukendt valg: "--ouptut". Mente du --output?');
    // an option of the build is not one of check's
    expectPlainDanish(runScript("check", ["--output", "x"]), 'Ukendt valg: "--output".');
  });

  it("say that an option lacks its value, and give an example", () => {
    expectPlainDanish(runScript("build", ["--output"]), "--output skal have en værdi, f.eks. --output _site.");
  });

  it("refuse a now that is not a date, before anything is built", () => {
    expectPlainDanish(
      runScript("build", ["--now", "2026-13-45", "--output", "/tmp/never-built"]),
      '--now "2026-13-45" er ikke en dato. Skriv f.eks. 2026-11-27',
    );
    expectPlainDanish(runScript("check", ["--now", "i morgen"]), '--now "i morgen" er ikke en dato.');
  });

  it("say that the content folder does not exist, for check as for the build", () => {
    expectPlainDanish(
      runScript("check", ["--content", "/nonexistent/content"]),
      "Indholdsmappen findes ikke: /nonexistent/content (--content)",
    );
  });

  it("check the dev server's variables the same way", () => {
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/serve.ts"], {
      encoding: "utf8",
      env: { ...process.env, REFERAT_NOW: "27-11-2026", REFERAT_OUTPUT: "/tmp/never-served" },
    });
    expectPlainDanish(run, 'REFERAT_NOW "27-11-2026" er ikke en dato.');
    const port = spawnSync("node_modules/.bin/tsx", ["scripts/serve.ts", "--port", "http"], {
      encoding: "utf8",
      env: { ...process.env, REFERAT_NOW: NOW },
    });
    expectPlainDanish(port, '--port "http" er ikke et portnummer.');
  });

  it("check the CMS backend's too, and say when its port is taken", async () => {
    const cms = (env: NodeJS.ProcessEnv) =>
      spawnSync("node_modules/.bin/tsx", ["scripts/cms.ts"], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 30_000 });
    expectPlainDanish(
      cms({ REFERAT_CONTENT: "/nonexistent/content" }),
      "Indholdsmappen findes ikke: /nonexistent/content (REFERAT_CONTENT)",
    );
    expectPlainDanish(cms({ REFERAT_DRAFTS: "ja" }), 'REFERAT_DRAFTS="ja": skriv true eller false.');
    const taken = createServer().listen(0, "127.0.0.1");
    await once(taken, "listening");
    const { port } = taken.address() as AddressInfo;
    try {
      expectPlainDanish(cms({ PORT: String(port) }), `Port ${port} er optaget`);
    } finally {
      taken.close();
    }
  }, 60_000);
});

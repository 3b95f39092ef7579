// The dev server's side of the bench: the time from saving an edited report to the rebuilt
// page being served by `npm start`.
import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { routes } from "../../src/routes.ts";

export interface DevServerRun {
  /** referat's folder, where npm start runs */
  root: string;
  /** the dev server's output folder, emptied first */
  output: string;
  /** the Node heap option npm start gives it */
  heap: string;
  now: string;
}

/**
 * Starts the dev server on `content`, edits the report `meetingId` (`<region>/<file name>`)
 * `times` times, and times each edit until the page shows it.
 */
export async function timeEdits(run: DevServerRun, content: string, meetingId: string, times = 5): Promise<number[]> {
  const port = 18000 + Math.floor(Math.random() * 1000);
  rmSync(run.output, { recursive: true, force: true });
  const server = spawn("node", [run.heap, "--import", "tsx", "scripts/serve.ts", "--port", String(port)], {
    cwd: run.root,
    env: { ...process.env, REFERAT_CONTENT: content, REFERAT_OUTPUT: run.output, REFERAT_NOW: run.now },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout.on("data", (chunk) => (log += chunk));
  server.stderr.on("data", (chunk) => (log += chunk));
  try {
    await until(
      () => log.includes("Server at"),
      300_000,
      () => log,
    );
    // the file watcher becomes ready a little after the server
    await new Promise((done) => setTimeout(done, 2000));
    const path = join(content, "meetings", `${meetingId}.md`);
    const original = readFileSync(path, "utf8");
    const latencies: number[] = [];
    for (let edit = 1; edit <= times; edit++) {
      const marker = `bench-edit-${edit}-${Date.now()}`;
      const started = performance.now();
      writeFileSync(path, `${original}\n${marker}\n`);
      await until(
        async () =>
          (
            await fetch(`http://127.0.0.1:${port}${routes.meeting(meetingId)}`)
              .then((response) => response.text())
              .catch(() => "")
          ).includes(marker),
        120_000,
        () => log,
      );
      latencies.push((performance.now() - started) / 1000);
      await new Promise((done) => setTimeout(done, 500));
    }
    writeFileSync(path, original);
    return latencies;
  } finally {
    server.kill();
  }
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, context: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out; dev server said:\n${context().slice(-2000)}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

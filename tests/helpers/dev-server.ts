// Starts `eleventy --serve` (what `npm start` runs) on a content folder, for tests.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { NOW, temporaryFolder } from "./build.ts";

export interface DevServer {
  url: string;
  stop(): void;
}

export async function startDevServer(content: string): Promise<DevServer> {
  const port = 19000 + Math.floor(Math.random() * 900);
  const server: ChildProcess = spawn("node", ["node_modules/@11ty/eleventy/cmd.cjs", "--serve", `--port=${port}`], {
    env: { ...process.env, REFERAT_CONTENT: content, REFERAT_OUTPUT: join(temporaryFolder(), "dev"), REFERAT_NOW: NOW },
    stdio: ["ignore", "pipe", "ignore"],
  });
  // an edit made before Eleventy watches the files would go unnoticed
  let watching = false;
  server.stdout!.on("data", (chunk: Buffer) => (watching ||= chunk.toString().includes("Watching")));
  const url = `http://localhost:${port}`;
  await waitFor(async () => watching && (await fetch(url).catch(() => undefined))?.ok === true, 30_000);
  return { url, stop: () => server.kill() };
}

/** Polls `condition` until it holds; fails after `timeout` ms. */
export async function waitFor(condition: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`gave up waiting after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

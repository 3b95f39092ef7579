// Starts the dev server (what `npm start` runs) on a content folder, for tests.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { NOW, temporaryFolder } from "./build.ts";

export interface DevServer {
  url: string;
  port: number;
  /** the folder it writes the site into */
  output: string;
  stop(): void;
}

/** `env` adds to the environment, e.g. REFERAT_HOST. */
export async function startDevServer(content: string, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const port = 19000 + Math.floor(Math.random() * 900);
  const output = join(temporaryFolder(), "dev");
  const server: ChildProcess = spawn("node_modules/.bin/tsx", ["scripts/serve.ts", "--port", String(port)], {
    env: { ...process.env, REFERAT_CONTENT: content, REFERAT_OUTPUT: output, REFERAT_NOW: NOW, ...env },
    stdio: ["ignore", "pipe", "ignore"],
  });
  // an edit made before Eleventy watches the files would go unnoticed
  let watching = false;
  server.stdout!.on("data", (chunk: Buffer) => (watching ||= chunk.toString().includes("Watching")));
  // the address it listens on by default (localhost may resolve to ::1 first)
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => watching && (await fetch(url).catch(() => undefined))?.ok === true, 30_000);
  return { url, port, output, stop: () => server.kill() };
}

/** Polls `condition` until it holds; fails after `timeout` ms. */
export async function waitFor(condition: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`gave up waiting after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

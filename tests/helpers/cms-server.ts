// Starts `npm run cms` (scripts/cms.ts) on a content folder, for tests, and talks to its API
// as the CMS does.
import { spawn, type ChildProcess } from "node:child_process";
import { waitFor } from "./dev-server.ts";

export interface CmsServer {
  /** decap-server's API, on 127.0.0.1 */
  api: string;
  port: number;
  /** what the script printed so far */
  output(): string;
  stop(): void;
}

/** `env` adds to the environment, e.g. REFERAT_HOST; `port` 8081 is the one the form looks at. */
export async function startCmsServer(
  content: string,
  env: NodeJS.ProcessEnv = {},
  port = 18000 + Math.floor(Math.random() * 900),
): Promise<CmsServer> {
  // as `npm run cms` runs it; vitest's MODE=test stays in the environment, as a user's might
  const server: ChildProcess = spawn("node_modules/.bin/tsx", ["scripts/cms.ts"], {
    env: { ...process.env, REFERAT_CONTENT: content, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const api = `http://127.0.0.1:${port}/api/v1`;
  await waitFor(async () => (await callApi(api, { action: "info" }).catch(() => undefined))?.ok === true, 20_000).catch((error: Error) => {
    server.kill();
    throw new Error(`${error.message}; the script printed:\n${output}`);
  });
  return { api, port, output: () => output, stop: () => server.kill() };
}

/** One request to decap-server's API: `{ action, params }`. */
export function callApi(api: string, body: { action: string; params?: Record<string, unknown> }): Promise<Response> {
  return fetch(api, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

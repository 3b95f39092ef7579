// Runs Debian's nginx in the foreground with the shipped docs/publish/nginx.conf, as a web
// person would install it: only its marked lines changed (port, site folder, base path), inside
// a minimal http block like Debian's nginx.conf.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { temporaryFolder } from "./build.ts";

export const NGINX = "/usr/sbin/nginx";
export const SHIPPED_CONFIG = "docs/publish/nginx.conf";
/** the base path the shipped configuration is written for */
export const SHIPPED_BASE = "/referat/";

export interface Placement {
  port: number;
  folder: string;
  /** with a slash at both ends: "/referat/", or "/" */
  basePath: string;
}

/** The shipped server block with its marked lines set to `placement`; throws when a mark is missing. */
export function configure(config: string, placement: Placement): string {
  const counts = { port: 0, "site folder": 0, "base path": 0 };
  const bare = SHIPPED_BASE.slice(0, -1);
  const lines = config.split("\n").flatMap((line) => {
    const mark = /# referat: (port|site folder|base path)$/.exec(line)?.[1] as keyof typeof counts | undefined;
    if (!mark) return [line];
    counts[mark] += 1;
    if (mark === "port") return [line.replace(/listen \S+;/, `listen 127.0.0.1:${placement.port};`)];
    if (mark === "site folder") return [line.replace(/alias \S+;/, `alias ${placement.folder.replace(/\/?$/, "/")};`)];
    // the line that redirects the bare base path has no place when the base path is "/"
    if (placement.basePath === "/" && line.includes(`location = ${bare} `)) return [];
    return [line.replaceAll(bare, placement.basePath.slice(0, -1))];
  });
  if (counts.port !== 1 || counts["site folder"] !== 1 || counts["base path"] !== 3) {
    throw new Error(`the marked lines of ${SHIPPED_CONFIG} are not as expected: ${JSON.stringify(counts)}`);
  }
  return lines.join("\n");
}

export interface RunningNginx {
  origin: string;
  /** what nginx wrote to its error log so far */
  errors(): string;
  stop(): Promise<void>;
}

/** A port nothing listens on now (nginx cannot be asked for port 0 and tell which it got). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

export async function startNginx(site: string, basePath = SHIPPED_BASE): Promise<RunningNginx> {
  const prefix = temporaryFolder("referat-nginx-");
  const port = await freePort();
  const temp = join(prefix, "temp");
  mkdirSync(temp);
  writeFileSync(join(prefix, "referat.conf"), configure(readFileSync(SHIPPED_CONFIG, "utf8"), { port, folder: site, basePath }));
  // nginx's compiled-in temporary and log paths are Debian's system folders: keep them in the prefix
  const temps = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${temp}/${kind};`);
  // the test's folders are their owner's alone (mkdtemp): run as root, nginx's workers would be
  // nobody and could read none of it
  const user = process.getuid?.() === 0 ? "user root;" : "";
  writeFileSync(
    join(prefix, "nginx.conf"),
    `${user}
worker_processes 1;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${prefix}/access.log;
  ${temps.join("\n  ")}
  include ${prefix}/referat.conf;
}
`,
  );
  const errorLog = join(prefix, "error.log");
  const nginx: ChildProcess = spawn(
    NGINX,
    ["-p", prefix, "-e", errorLog, "-c", join(prefix, "nginx.conf"), "-g", `daemon off; pid ${prefix}/nginx.pid;`],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  nginx.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => nginx.once("exit", () => resolve()));
  const errors = () => {
    try {
      return stderr + readFileSync(errorLog, "utf8");
    } catch {
      return stderr;
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped (${nginx.exitCode}):\n${errors()}`);
    const answered = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (tries > 100) throw new Error(`nginx did not answer on ${origin}:\n${errors()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    errors,
    stop: async () => {
      if (nginx.exitCode === null) nginx.kill("SIGQUIT");
      await exited;
    },
  };
}

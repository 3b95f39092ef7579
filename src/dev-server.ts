// Makes the dev server (`npm start`) listen on one host, by default this machine only
// (src/host.ts). @11ty/eleventy-dev-server 2.x calls `server.listen({ port })` with no host,
// so Node listens on every interface, and it has no option to change that. Eleventy's `module`
// server option could name a replacement, but only a package inside node_modules; so we hand
// the dev server's factory, the static `getServer` Eleventy creates every dev server through
// (again after each restart), a subclass that differs only in the host it listens on and in
// warning when that host is the network.
import { createRequire } from "node:module";
import type { Server } from "node:net";
import { isLocalOnly, networkWarning } from "./host.ts";

/** the parts of @11ty/eleventy-dev-server (which has no type declarations) we build on */
interface DevServer {
  readonly server: Server;
  serve(port: number): void;
  _serverListen(port: number): void;
}
interface DevServerClass {
  new (...args: unknown[]): DevServer;
  getServer(...args: unknown[]): DevServer;
}

// the CommonJS module Eleventy itself imports: one class, shared through Node's module cache
const require = createRequire(import.meta.url);

export function listenOn(host: string): void {
  const EleventyDevServer = require("@11ty/eleventy-dev-server") as DevServerClass;
  class HostDevServer extends EleventyDevServer {
    override serve(port: number): void {
      if (!isLocalOnly(host)) console.warn(networkWarning(host, "Udviklingsserveren"));
      super.serve(port);
    }
    // serve's, and again with the next port when one is taken
    override _serverListen(port: number): void {
      this.server.listen({ port, host });
    }
  }
  EleventyDevServer.getServer = (...args) => new HostDevServer(...args);
}

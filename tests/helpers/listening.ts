// Who can reach a server: the addresses the kernel has it listening on, the machine's own
// addresses on the network, and what a connection to one of them gets.
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";

/** The local addresses a socket listens on for TCP `port` (Linux's /proc/net/tcp and tcp6). */
export function listeningAddresses(port: number): string[] {
  const wanted = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  return ["tcp", "tcp6"].flatMap((table) =>
    readFileSync(`/proc/net/${table}`, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // state 0A is LISTEN
      .filter(([, local, , state]) => state === "0A" && local?.endsWith(wanted))
      .map(([, local]) => addressFromHex(local!.slice(0, -wanted.length))),
  );
}

// the kernel prints each 32-bit word of an address in the machine's byte order: little-endian here
function addressFromHex(hex: string): string {
  const bytes = hex.match(/.{8}/g)!.flatMap((word) => word.match(/../g)!.reverse());
  if (bytes.length === 4) return bytes.map((byte) => parseInt(byte, 16)).join(".");
  // URL writes an IPv6 address in its short form: "::1"
  return new URL(`http://[${bytes.join("").match(/.{4}/g)!.join(":")}]`).hostname.slice(1, -1);
}

/** This machine's addresses other than loopback: where another machine would connect. Link-local IPv6 needs a scope, so it is left out. */
export function networkAddresses(family?: "IPv4" | "IPv6"): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => !address.internal && !address.address.startsWith("fe80:") && (!family || address.family === family))
    .map((address) => address.address);
}

/** "connected", or why not: "ECONNREFUSED" when nothing listens there, "ETIMEDOUT". */
export function connection(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve("ETIMEDOUT");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

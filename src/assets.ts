// The site's own static files (assets/: the stylesheet, the default favicon and logo), each
// published under a name that holds a hash of its content: a host may then keep it for a
// year (docs/publish/), and a changed file is a new name, never a stale copy.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { remember } from "./memo.ts";

const ASSETS_FOLDER = fileURLToPath(new URL("../assets/", import.meta.url));

/** "referat.css" → "referat.3f2a9c1b.css", from the file's content; read once per process. */
export const fingerprinted = remember((name) => {
  const hash = createHash("sha256")
    .update(readFileSync(`${ASSETS_FOLDER}${name}`))
    .digest("hex")
    .slice(0, 10);
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
});

/** Every file of assets/ by its published name. */
export function assetFiles(): { source: string; name: string }[] {
  return readdirSync(ASSETS_FOLDER).map((name) => ({ source: `${ASSETS_FOLDER}${name}`, name: fingerprinted(name) }));
}

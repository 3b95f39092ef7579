// One spelling of a folder, however a person typed it (`./content/../content`, a symbolic
// link): Eleventy finds no templates under an input path spelt with `..`, and the output
// guard must see through links to know what a folder really is.
import { realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** The absolute real path of `path`, whose last parts need not exist yet. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

// The record of a processed picture in the cache folder, which outlives the build: one small
// JSON file per source content and encoder recipe, naming the files eleventy-img wrote beside
// it. The record is written last and whole (a rename), so a build killed while encoding
// leaves no record and the next build encodes that picture again, rather than trusting
// files it may have left half written.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface StoredFile {
  fileName: string;
  width: number;
  height: number;
}

/** one format of a picture, its files by width, narrowest first */
export interface StoredFormat {
  /** the file type, e.g. image/avif */
  type: string;
  files: StoredFile[];
}

export interface StoredImage {
  /** the widest fallback file's size, which gives the picture its aspect ratio */
  width: number;
  height: number;
  /** best first; the last is the fallback every browser takes */
  formats: StoredFormat[];
}

/** The key of a picture: its bytes, not its path or time, and everything that shapes its files. */
export function cacheKey(content: Buffer, recipe: string): string {
  return createHash("sha256").update(recipe).update("\0").update(content).digest("hex").slice(0, 32);
}

/** The record under `key`, if it is there and so is every file it names. */
export function readRecord(cacheDir: string, key: string): StoredImage | undefined {
  let record: StoredImage;
  try {
    record = JSON.parse(readFileSync(recordPath(cacheDir, key), "utf8")) as StoredImage;
  } catch {
    // missing or unreadable: either way the picture is encoded again, which rewrites it
    return undefined;
  }
  const complete = record.formats.every((format) => format.files.every((file) => existsSync(join(cacheDir, file.fileName))));
  return complete ? record : undefined;
}

export function writeRecord(cacheDir: string, key: string, record: StoredImage): void {
  mkdirSync(cacheDir, { recursive: true });
  const path = recordPath(cacheDir, key);
  // a name of this process's own, so that two builds sharing the cache never write one file
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(record));
  renameSync(partial, path);
}

function recordPath(cacheDir: string, key: string): string {
  return join(cacheDir, `${key}.json`);
}

// The cache's records: keyed by a picture's bytes and the encoder's recipe, trusted only
// whole and only while every file they name is there.
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheKey, readRecord, writeRecord, type StoredImage } from "../../src/images/cache.ts";
import { temporaryFolder } from "../helpers/build.ts";

const RECORD: StoredImage = {
  width: 800,
  height: 400,
  formats: [
    { type: "image/webp", files: [{ fileName: "a-800.webp", width: 800, height: 400 }] },
    { type: "image/jpeg", files: [{ fileName: "a-800.jpeg", width: 800, height: 400 }] },
  ],
};

/** A cache folder holding the record's files. */
function cacheWithFiles(): string {
  const cacheDir = temporaryFolder("referat-image-cache-");
  for (const format of RECORD.formats) for (const file of format.files) writeFileSync(join(cacheDir, file.fileName), "bytes");
  return cacheDir;
}

describe("cacheKey", () => {
  it("is the same for the same bytes and recipe, and another for other bytes or another recipe", () => {
    const key = cacheKey(Buffer.from("picture"), "recipe");
    expect(cacheKey(Buffer.from("picture"), "recipe")).toBe(key);
    expect(cacheKey(Buffer.from("picturf"), "recipe")).not.toBe(key);
    expect(cacheKey(Buffer.from("picture"), "recipf")).not.toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("readRecord and writeRecord", () => {
  it("read back what was written, leaving nothing else in the folder", () => {
    const cacheDir = cacheWithFiles();
    writeRecord(cacheDir, "k", RECORD);
    expect(readRecord(cacheDir, "k")).toEqual(RECORD);
    expect(readdirSync(cacheDir).sort()).toEqual(["a-800.jpeg", "a-800.webp", "k.json"]);
  });

  it("make a folder that is not there yet", () => {
    const cacheDir = join(cacheWithFiles(), "new", "folder");
    writeRecord(cacheDir, "k", RECORD);
    expect(readdirSync(cacheDir)).toEqual(["k.json"]);
  });

  it("find nothing for a key never written, a record that cannot be read, or a record whose file is gone", () => {
    const cacheDir = cacheWithFiles();
    expect(readRecord(cacheDir, "k")).toBeUndefined();
    writeFileSync(join(cacheDir, "k.json"), '{"width": 8');
    expect(readRecord(cacheDir, "k")).toBeUndefined();
    writeRecord(cacheDir, "k", RECORD);
    rmSync(join(cacheDir, "a-800.jpeg"));
    expect(readRecord(cacheDir, "k")).toBeUndefined();
  });
});

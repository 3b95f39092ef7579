// A picture is encoded once: into the widths and formats the pages offer, never wider than
// its source, and then taken from the cache folder, in this process and in the next, until
// its bytes change.
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { imageFiles, processImage, processImages, type ProcessedImage } from "../../src/images/process.ts";
import { temporaryFolder } from "../helpers/build.ts";
import { writeFixture, writeSvg } from "./fixture.ts";

// every call into eleventy-img, counted: the evidence that the cache spares one, with no clock
const encodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/images/encode.ts", async (original) => {
  const module = await original<typeof import("../../src/images/encode.ts")>();
  return { ...module, encode: (...args: Parameters<typeof module.encode>) => (encodes.count++, module.encode(...args)) };
});

let cacheDir: string;
beforeEach(() => {
  cacheDir = temporaryFolder("referat-image-cache-");
  encodes.count = 0;
});

const widthsOf = (image: ProcessedImage) => image.formats.map((format) => format.files.map((file) => file.width));
const mtimes = (image: ProcessedImage) => imageFiles(image).map((file) => statSync(file.path).mtimeMs);

describe("processImage", () => {
  it("makes AVIF and WebP, with a JPEG to fall back on, in the widths asked for and the source's own when it is narrower", async () => {
    const image = await processImage(await writeFixture({ width: 1100, height: 550, format: "jpeg" }), { cacheDir });
    expect(image.formats.map((format) => format.type)).toEqual(["image/avif", "image/webp", "image/jpeg"]);
    expect(widthsOf(image)).toEqual([
      [400, 800, 1100],
      [400, 800, 1100],
      [400, 800, 1100],
    ]);
    expect([image.width, image.height]).toEqual([1100, 550]);
    for (const file of imageFiles(image)) {
      const metadata = await sharp(file.path).metadata();
      expect([metadata.width, metadata.height]).toEqual([file.width, file.height]);
      expect(file.path).toBe(join(cacheDir, file.fileName));
    }
    expect(image.encoded).toBe(true);
  });

  it("never makes a file wider than a small source", async () => {
    const image = await processImage(await writeFixture({ width: 300, height: 200, format: "jpeg" }), { cacheDir, widths: [400, 800] });
    expect(widthsOf(image)).toEqual([[300], [300], [300]]);
  });

  it("keeps a PNG's transparency: its fallback is a PNG", async () => {
    const image = await processImage(await writeFixture({ width: 500, height: 300, format: "png", alpha: true }), { cacheDir });
    expect(image.formats.map((format) => format.type)).toEqual(["image/avif", "image/webp", "image/png"]);
  });

  it("passes an SVG through as SVG, with its size", async () => {
    const image = await processImage(writeSvg(), { cacheDir });
    expect(image.formats).toHaveLength(1);
    expect(image.formats[0]!.type).toBe("image/svg+xml");
    expect([image.width, image.height]).toEqual([120, 80]);
  });

  it("encodes a picture once: a second call takes its files from the cache and leaves them untouched", async () => {
    const source = await writeFixture({ width: 900, height: 500, format: "jpeg" });
    const first = await processImage(source, { cacheDir });
    const before = mtimes(first);
    const second = await processImage(source, { cacheDir });
    expect(encodes.count).toBe(1);
    expect(second.encoded).toBe(false);
    expect(second).toEqual({ ...first, encoded: false });
    expect(mtimes(second)).toEqual(before);
  });

  it("encodes the same picture asked for twice at once only once", async () => {
    const source = await writeFixture({ width: 600, height: 300, format: "jpeg" });
    const [a, b] = await processImages([source, source], { cacheDir, concurrency: 2 });
    expect(encodes.count).toBe(1);
    expect(a).toEqual(b);
  });

  it("gives a changed picture new file names, and keeps the old files for the builds that still use them", async () => {
    const folder = temporaryFolder("referat-image-");
    const before = await processImage(await writeFixture({ width: 600, height: 300, format: "jpeg", red: 10 }, folder), { cacheDir });
    const after = await processImage(await writeFixture({ width: 600, height: 300, format: "jpeg", red: 250 }, folder), { cacheDir });
    expect(encodes.count).toBe(2);
    const names = (image: ProcessedImage) => imageFiles(image).map((file) => file.fileName);
    expect(names(after).filter((name) => names(before).includes(name))).toEqual([]);
    expect(imageFiles(before).every((file) => statSync(file.path).size > 0)).toBe(true);
  });

  it("encodes again when the cache lost a file, or when a build was killed before the picture's record was written", async () => {
    const source = await writeFixture({ width: 600, height: 300, format: "jpeg" });
    const first = await processImage(source, { cacheDir });
    rmSync(imageFiles(first)[0]!.path);
    expect((await processImage(source, { cacheDir })).encoded).toBe(true);
    // killed mid-write: a file cut short, and no record
    const cut = imageFiles(first)[1]!.path;
    truncateSync(cut, 10);
    for (const record of readdirSync(cacheDir).filter((name) => name.endsWith(".json"))) rmSync(join(cacheDir, record));
    expect((await processImage(source, { cacheDir })).encoded).toBe(true);
    expect((await sharp(cut).metadata()).width).toBe(imageFiles(first)[1]!.width);
    expect(encodes.count).toBe(3);
  });

  it("says which file could not be read as a picture", async () => {
    const folder = temporaryFolder("referat-image-");
    writeFileSync(join(folder, "broken.jpg"), "not a picture");
    await expect(processImage(join(folder, "broken.jpg"), { cacheDir })).rejects.toThrow(/broken\.jpg: .+/);
  });
});

describe("a build in a new process", () => {
  const bench = (content: string) =>
    spawnSync("node_modules/.bin/tsx", ["scripts/bench/images.ts", "--content", content, "--cache", cacheDir], { encoding: "utf8" });

  it("reuses every picture an earlier process encoded, without writing its files again", async () => {
    const content = temporaryFolder("referat-image-content-");
    await writeFixture({ width: 800, height: 400, format: "jpeg", red: 1 }, content);
    await writeFixture({ width: 800, height: 400, format: "png", red: 2 }, content);
    const cold = bench(content);
    expect(cold.status, cold.stderr).toBe(0);
    expect(cold.stdout).toMatch(/^2 pictures in [\d.]+ s \([\d.]+ s CPU\): 2 encoded, 0 reused; 12 files, [\d.]+ MB$/m);
    const files = readdirSync(cacheDir).map((name) => join(cacheDir, name));
    const before = files.map((file) => statSync(file).mtimeMs);
    const warm = bench(content);
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.stdout).toMatch(/: 0 encoded, 2 reused; 12 files/);
    expect(readdirSync(cacheDir).map((name) => join(cacheDir, name))).toEqual(files);
    expect(files.map((file) => statSync(file).mtimeMs)).toEqual(before);
  });
});

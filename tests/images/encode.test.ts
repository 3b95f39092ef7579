// The call into eleventy-img: every format and width written into the folder, and a recipe
// that changes with everything that changes the files.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encode, encoderRecipe } from "../../src/images/encode.ts";
import { temporaryFolder } from "../helpers/build.ts";
import { writeFixture, writeSvg } from "./fixture.ts";

describe("encode", () => {
  it("writes AVIF, WebP and the source's format in each width, named by a hash of the source", async () => {
    const folder = temporaryFolder("referat-image-out-");
    const formats = await encode(await writeFixture({ width: 500, height: 250, format: "jpeg" }), folder, [200, 400]);
    expect(formats.map((files) => files.map((file) => `${file.sourceType} ${file.width}x${file.height}`))).toEqual([
      ["image/avif 200x100", "image/avif 400x200"],
      ["image/webp 200x100", "image/webp 400x200"],
      ["image/jpeg 200x100", "image/jpeg 400x200"],
    ]);
    const names = formats.flat().map((file) => file.filename);
    expect(names.every((name) => /^[\w-]{10}-(200|400)\.(avif|webp|jpeg)$/.test(name))).toBe(true);
    expect(new Set(names.map((name) => name.slice(0, 10))).size).toBe(1);
    expect(names.every((name) => existsSync(join(folder, name)))).toBe(true);
  });

  it("writes an SVG as itself", async () => {
    const formats = await encode(writeSvg(), temporaryFolder("referat-image-out-"), [400]);
    expect(formats.map((files) => files.map((file) => file.format))).toEqual([["svg"]]);
  });
});

describe("encoderRecipe", () => {
  it("changes with the widths and names eleventy-img's version", () => {
    expect(encoderRecipe([400])).not.toBe(encoderRecipe([400, 800]));
    expect(JSON.parse(encoderRecipe([400])).eleventyImg).toMatch(/^\d+\.\d+\.\d+/);
  });
});

// A processed picture's files, copied beside the page that shows it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { imageFiles, processImage } from "../../src/images/process.ts";
import { copyImageFiles } from "../../src/images/publish.ts";
import { temporaryFolder } from "../helpers/build.ts";
import { writeFixture } from "./fixture.ts";

it("copies every file of the picture into the folder, which it makes, under the names the markup uses", async () => {
  const image = await processImage(await writeFixture({ width: 500, height: 250, format: "png" }), {
    cacheDir: temporaryFolder("referat-image-cache-"),
  });
  const folder = join(temporaryFolder("referat-image-site-"), "moeder", "sjaelland", "2017-03-15-moede");
  await copyImageFiles(image, folder);
  const files = imageFiles(image);
  expect(readdirSync(folder).sort()).toEqual(files.map((file) => file.fileName).sort());
  for (const file of files) expect(readFileSync(join(folder, file.fileName)).equals(readFileSync(file.path))).toBe(true);
});

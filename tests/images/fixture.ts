// Pictures for the image tests, made when they run (no binary file in the repository): a
// gradient in two colours, so that the encoders have something to compress, and another
// colour makes another picture.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { temporaryFolder } from "../helpers/build.ts";

export interface Fixture {
  width: number;
  height: number;
  format: "jpeg" | "png";
  /** a red channel, 0-255: the same options always make the same picture */
  red?: number;
  /** a see-through half, which only some formats can carry */
  alpha?: boolean;
}

/** Writes the picture into a new folder and returns its path. */
export async function writeFixture(fixture: Fixture, folder = temporaryFolder("referat-image-")): Promise<string> {
  const { width, height } = fixture;
  const channels = fixture.alpha ? 4 : 3;
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * channels;
      pixels.set([fixture.red ?? 200, Math.round((255 * x) / width), Math.round((255 * y) / height)], at);
      if (fixture.alpha) pixels[at + 3] = x < width / 2 ? 255 : 0;
    }
  }
  const path = join(folder, `picture.${fixture.format === "jpeg" ? "jpg" : "png"}`);
  writeFileSync(path, await sharp(pixels, { raw: { width, height, channels } }).toFormat(fixture.format).toBuffer());
  return path;
}

/** An SVG drawing 120 x 80 with a text in it. */
export function writeSvg(folder = temporaryFolder("referat-image-")): string {
  const path = join(folder, "logo.svg");
  writeFileSync(path, `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><text x="10" y="40">Møde</text></svg>\n`);
  return path;
}

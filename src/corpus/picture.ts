// A meeting's picture in the corpus: a real JPEG, so that the image pipeline's bench decodes
// and encodes what a photograph costs, made from a seed so that one seed gives the same bytes.
// The pixels are computed here in whole numbers rather than by sharp's resizing, whose vector
// code may round differently on another CPU; sharp only encodes them as a JPEG.
import sharp from "sharp";
import { Random } from "./random.ts";
import type { PictureSpec } from "./world.ts";

/** One grid point every this many pixels: blotches and edges a photo's size, not noise. */
const CELL = 10;
const HALF = (CELL * CELL) / 2;

export async function pictureJpeg(spec: PictureSpec): Promise<Buffer> {
  const pixels = picturePixels(spec);
  return sharp(pixels, { raw: { width: spec.width, height: spec.height, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}

/** RGB bytes: a seeded grid of colours around a seeded gradient, blended smoothly between points. */
export function picturePixels(spec: PictureSpec): Buffer {
  const grid = colourGrid(new Random(spec.seed), Math.ceil(spec.width / CELL) + 1, Math.ceil(spec.height / CELL) + 1);
  const pixels = Buffer.alloc(spec.width * spec.height * 3);
  for (let y = 0; y < spec.height; y++) blendRow(grid, y, pixels.subarray(y * spec.width * 3, (y + 1) * spec.width * 3));
  return pixels;
}

interface Grid {
  columns: number;
  values: Uint8Array;
}

function colourGrid(random: Random, columns: number, rows: number): Grid {
  const from = [random.int(0, 255), random.int(0, 255), random.int(0, 255)];
  const to = [random.int(0, 255), random.int(0, 255), random.int(0, 255)];
  const values = new Uint8Array(columns * rows * 3);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const along = (row + column) / (rows + columns - 2);
      for (let channel = 0; channel < 3; channel++) {
        const base = from[channel]! + (to[channel]! - from[channel]!) * along;
        values[(row * columns + column) * 3 + channel] = Math.max(0, Math.min(255, Math.round(base + random.int(-45, 45))));
      }
    }
  }
  return { columns, values };
}

/** One row of pixels, bilinear between the grid's points, in whole numbers so that every machine computes the same bytes. */
function blendRow(grid: Grid, y: number, row: Uint8Array): void {
  const { columns, values } = grid;
  const above = ((y / CELL) | 0) * columns * 3;
  const below = above + columns * 3;
  const dy = y % CELL;
  for (let x = 0; x < row.length / 3; x++) {
    const left = ((x / CELL) | 0) * 3;
    const dx = x % CELL;
    for (let channel = 0; channel < 3; channel++) {
      const at = left + channel;
      const top = values[above + at]! * (CELL - dx) + values[above + at + 3]! * dx;
      const bottom = values[below + at]! * (CELL - dx) + values[below + at + 3]! * dx;
      // rounds half up, as Math.round does for these non-negative sums, at a fraction of its cost
      row[x * 3 + channel] = ((top * (CELL - dy) + bottom * dy + HALF) / (CELL * CELL)) | 0;
    }
  }
}

// A picture of the content, made once into the widths and formats the pages offer: AVIF and
// WebP with the source's own format as the fallback (SVG stays SVG), never wider than the
// source. The files go into a cache folder that outlives the build, keyed by the source's
// bytes (cache.ts), so that a build encodes only pictures it has not seen before, in this
// process or any earlier one; the caller copies them into the output (publish.ts).
import { availableParallelism } from "node:os";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { cacheKey, readRecord, writeRecord, type StoredFile, type StoredFormat, type StoredImage } from "./cache.ts";
import { encode, encoderRecipe } from "./encode.ts";

export interface ImageFile extends StoredFile {
  /** where the file is, in the cache folder */
  path: string;
}

export interface ImageFormat extends StoredFormat {
  files: ImageFile[];
}

export interface ProcessedImage extends StoredImage {
  formats: ImageFormat[];
  /** whether this call encoded the picture; false when its files came from the cache */
  encoded: boolean;
}

export interface ProcessOptions {
  /** the cache folder, e.g. `<project>/.cache/referat-images`; kept between builds */
  cacheDir: string;
  /** the widths to offer, capped at the source's own */
  widths?: readonly number[];
}

/** a phone's column, a tablet's or a laptop's reading measure, and that measure on a sharp screen */
export const DEFAULT_WIDTHS: readonly number[] = [400, 800, 1200];

// The same picture asked for twice at once (two reports sharing a file in media/) is encoded once.
const encoding = new Map<string, Promise<StoredImage>>();

export async function processImage(sourcePath: string, options: ProcessOptions): Promise<ProcessedImage> {
  const cacheDir = resolve(options.cacheDir);
  const widths = options.widths ?? DEFAULT_WIDTHS;
  const key = cacheKey(await readFile(sourcePath), encoderRecipe(widths));
  const stored = readRecord(cacheDir, key);
  if (stored) return located(stored, cacheDir, false);
  const id = join(cacheDir, key);
  let pending = encoding.get(id);
  if (!pending) {
    pending = encodeAndRecord(sourcePath, cacheDir, widths, key).finally(() => encoding.delete(id));
    encoding.set(id, pending);
  }
  return located(await pending, cacheDir, true);
}

/** Processes every picture, `concurrency` at a time (one per core by default); the results in their order. */
export async function processImages(
  sourcePaths: readonly string[],
  options: ProcessOptions & { concurrency?: number },
): Promise<ProcessedImage[]> {
  const results = await processEach(sourcePaths, options);
  const failed = results.find((result) => result instanceof Error);
  if (failed) throw failed;
  return results as ProcessedImage[];
}

/** As processImages, with each picture that could not be processed as its Error, the others processed all the same. */
export async function processEach(
  sourcePaths: readonly string[],
  options: ProcessOptions & { concurrency?: number },
): Promise<(ProcessedImage | Error)[]> {
  const results: (ProcessedImage | Error)[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sourcePaths.length) {
      const index = next++;
      results[index] = await processImage(sourcePaths[index]!, options).catch((error: Error) => error);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? availableParallelism() }, worker));
  return results;
}

/** Every file of the picture, each format's widths: what the output must carry. */
export function imageFiles(image: ProcessedImage): ImageFile[] {
  return image.formats.flatMap((format) => format.files);
}

async function encodeAndRecord(sourcePath: string, cacheDir: string, widths: readonly number[], key: string): Promise<StoredImage> {
  const byFormat = await encode(sourcePath, cacheDir, widths).catch((error: Error) => {
    throw new Error(`${sourcePath}: ${error.message}`, { cause: error });
  });
  const formats = byFormat.map((files) => ({
    type: files[0]!.sourceType,
    files: files.map((file) => ({ fileName: file.filename, width: file.width, height: file.height })),
  }));
  const widest = formats.at(-1)!.files.at(-1)!;
  const stored = { width: widest.width, height: widest.height, formats };
  writeRecord(cacheDir, key, stored);
  return stored;
}

function located(stored: StoredImage, cacheDir: string, encoded: boolean): ProcessedImage {
  const formats = stored.formats.map((format) => ({
    ...format,
    files: format.files.map((file) => ({ ...file, path: join(cacheDir, file.fileName) })),
  }));
  return { ...stored, formats, encoded };
}

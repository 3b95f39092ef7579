// The one call into @11ty/eleventy-img: a picture into every width and format the pages offer,
// written into a folder. eleventy-img ships JavaScript without type declarations, so the part
// of its answer we read is typed here, and nothing else in the project touches it.
import Image from "@11ty/eleventy-img";
import { createRequire } from "node:module";

/** one file eleventy-img wrote, as its metadata describes it */
export interface EncodedFile {
  format: string;
  width: number;
  height: number;
  /** the file's name in the folder: `<hash of the content and encoder options>-<width>.<format>` */
  filename: string;
  /** the file type, e.g. image/avif */
  sourceType: string;
}

/**
 * Every format a picture is offered in, best first. SVG stays SVG (eleventy-img stops at the
 * first format when the source is SVG and skips it when not); a raster picture becomes AVIF and
 * WebP, and its own format ("auto") is the fallback for browsers that take neither.
 */
const FORMATS = ["svg", "avif", "webp", "auto"];

/**
 * AVIF's encoder effort, 0-9. With sharp's default, 4, a 1600 x 900 picture took 2.2 s of CPU
 * in all formats and widths (on two cores, 26 minutes for a thousand pictures when the cache
 * is cold); with 2, 0.7 s, for AVIF files a fifth larger. 0 is faster still, but made the
 * screenshots' AVIF files half as large again, and worse to look at.
 */
const AVIF_EFFORT = 2;

// a new eleventy-img may bring a new sharp, which may encode differently
const VERSION = (createRequire(import.meta.url)("@11ty/eleventy-img/package.json") as { version: string }).version;

/** Everything that decides the files' bytes; a change here must make new files, so it is part of the cache key. */
export function encoderRecipe(widths: readonly number[]): string {
  return JSON.stringify({ eleventyImg: VERSION, formats: FORMATS, avifEffort: AVIF_EFFORT, widths });
}

/** Encodes `sourcePath` into `folder`, every file anew, and returns the files by format. */
export async function encode(sourcePath: string, folder: string, widths: readonly number[]): Promise<EncodedFile[][]> {
  const byFormat = (await Image(sourcePath, {
    widths: [...widths],
    formats: FORMATS,
    svgShortCircuit: true,
    sharpAvifOptions: { effort: AVIF_EFFORT },
    outputDir: folder,
    // our own record decides what is cached (cache.ts): eleventy-img's memory cache knows a
    // file by its path and size, which an edited picture may keep, and its disk cache trusts
    // any file by that name, even one a killed build left half written
    useCache: false,
    // used directly, eleventy-img logs an error and resolves to nothing unless told to throw
    failOnError: true,
  })) as Record<string, EncodedFile[]>;
  return Object.values(byFormat);
}

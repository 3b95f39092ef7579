// The markup of a processed picture: a <picture> whose sources offer AVIF and WebP in every
// width, and whose <img> carries the fallback format, the picture's width and height (so the
// page keeps its place while the picture loads), its alternative text and lazy loading.
import { html, type Html } from "../html.ts";
import type { ImageFile, ProcessedImage } from "./process.ts";

export interface PictureOptions {
  /** what the picture shows, for those who cannot see it; "" for a picture that only decorates */
  alt: string;
  /** a file's URL from its name, e.g. relative to the page the files are copied beside; percent-encoded, as srcset ends a URL at a space */
  urlOf: (fileName: string) => string;
  /** how wide the picture is shown, for the browser to pick a width before layout */
  sizes?: string;
  /** false for a picture at the top of the page, which should load at once; lazy by default */
  lazy?: boolean;
  /** a class for the <img>, which is what styles size */
  className?: string;
}

/** A thumbnail in a list is as wide as this on every screen (referat.css: .items .thumbnail). */
export const THUMBNAIL_SIZES = "6rem";

/** The site's reading measure (42rem in assets/referat.css), or the screen less the page's 1rem margins. */
export const DEFAULT_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

export function pictureHtml(image: ProcessedImage, options: PictureOptions): Html {
  const fallback = image.formats.at(-1)!;
  const img = imgHtml(image, fallback.files, options);
  if (image.formats.length === 1) return img;
  const sizes = options.sizes ?? DEFAULT_SIZES;
  const sources = image.formats
    .slice(0, -1)
    .map((format) => html`<source type="${format.type}" srcset="${srcset(format.files, options.urlOf)}" sizes="${sizes}">`);
  return html`<picture>${sources}${img}</picture>`;
}

function imgHtml(image: ProcessedImage, files: readonly ImageFile[], options: PictureOptions): Html {
  const widest = files.at(-1)!;
  // one file (an SVG, or a source narrower than every width) needs no choice of width
  const choice = files.length > 1 && html` srcset="${srcset(files, options.urlOf)}" sizes="${options.sizes ?? DEFAULT_SIZES}"`;
  const loading = options.lazy !== false && html` loading="lazy"`;
  const className = options.className !== undefined && html` class="${options.className}"`;
  return html`<img src="${options.urlOf(widest.fileName)}"${choice} width="${image.width}" height="${image.height}" alt="${options.alt}"${loading} decoding="async"${className}>`;
}

/** "a-400.avif 400w, a-800.avif 800w" */
function srcset(files: readonly ImageFile[], urlOf: (fileName: string) => string): string {
  return files.map((file) => `${urlOf(file.fileName)} ${file.width}w`).join(", ");
}

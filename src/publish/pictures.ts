// The meetings' pictures, each processed once into several widths and modern formats
// (src/images/) before the pages are rendered, and published beside the page that shows it.
// What is processed is kept in a cache folder between builds (.cache/ in referat's folder,
// which CI can keep), so a picture is encoded once, not on every build.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { imageFiles, processImages, type ProcessedImage } from "../images/process.ts";
import { copyImageFiles } from "../images/publish.ts";
import { routes } from "../routes.ts";
import type { SiteData } from "../site/views.ts";

export const PICTURE_CACHE = fileURLToPath(new URL("../../.cache/pictures/", import.meta.url));

/** Every meeting's picture, processed (or found in the cache), by its path in the content folder. */
export async function processPictures(site: Pick<SiteData, "meetings">, contentDir: string): Promise<Map<string, ProcessedImage>> {
  const files = [...new Set(site.meetings.flatMap((meeting) => (meeting.image ? [meeting.image.file] : [])))];
  const processed = await processImages(
    files.map((file) => join(contentDir, file)),
    { cacheDir: PICTURE_CACHE },
  );
  return new Map(files.map((file, index) => [file, processed[index]!]));
}

/** Copies each meeting's processed picture into its page's folder; returns the paths written. */
export async function publishPictures(site: Pick<SiteData, "meetings" | "pictures">, outputDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const meeting of site.meetings) {
    const picture = meeting.image && site.pictures.get(meeting.image.file);
    if (!picture) continue;
    const folder = join(outputDir, routes.file(meeting.url));
    await copyImageFiles(picture, folder);
    written.push(...imageFiles(picture).map((file) => join(folder, file.fileName)));
  }
  return written;
}

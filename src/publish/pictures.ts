// The meetings' pictures, each processed once into several widths and modern formats
// (src/images/) before the pages are rendered, and published beside the page that shows it.
// What is processed is kept in a cache folder between builds (.cache/ in referat's folder,
// which CI can keep), so a picture is encoded once, not on every build.
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError, type Problem } from "../content/problems.ts";
import { imageFiles, processEach, type ProcessedImage } from "../images/process.ts";
import { copyImageFiles } from "../images/publish.ts";
import { routes } from "../routes.ts";
import type { SiteData } from "../site/views.ts";

export const PICTURE_CACHE = fileURLToPath(new URL("../../.cache/pictures/", import.meta.url));

/**
 * Every meeting's picture, processed (or found in the cache), by its path in the content folder.
 * A file that is no JPEG, PNG or WebP whatever its name says (text saved as .jpg, an SVG with a
 * script in it) is a content error naming the meeting, never published.
 */
export async function processPictures(site: Pick<SiteData, "meetings">, contentDir: string): Promise<Map<string, ProcessedImage>> {
  const owners = new Map(site.meetings.flatMap((meeting) => (meeting.image ? [[meeting.image.file, meeting.file] as const] : [])));
  const files = [...owners.keys()];
  const problems: Problem[] = [];
  const processed = (
    await processEach(
      files.map((file) => join(contentDir, file)),
      { cacheDir: PICTURE_CACHE },
    )
  ).map((image) => (image instanceof Error || image.formats.some((format) => format.type === "image/svg+xml") ? undefined : image));
  processed.forEach((image, index) => {
    if (!image)
      problems.push({
        severity: "error",
        file: owners.get(files[index]!)!,
        field: "image.file",
        message: `billedet ${files[index]} kan ikke læses som JPEG, PNG eller WebP.`,
        hint: "Gem billedet igen som JPEG eller PNG, f.eks. fra et billedprogram, og læg det i stedet for.",
      });
  });
  if (problems.length) throw new ContentError(problems, contentDir);
  return new Map(files.map((file, index) => [file, processed[index]!]));
}

/** Copies each meeting's processed picture into its page's folder; returns the paths written. */
export async function publishPictures(site: Pick<SiteData, "meetings" | "pictures">, outputDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const meeting of site.meetings) {
    const picture = meeting.image && site.pictures.get(meeting.image.file);
    if (!picture) continue;
    const folder = join(outputDir, routes.file(meeting.url));
    const files = imageFiles(picture);
    // a name holds its content's hash: in the dev server's folder, a file of that name and size is this one
    const copied = files.every(
      (file) => statSync(join(folder, file.fileName), { throwIfNoEntry: false })?.size === statSync(file.path).size,
    );
    if (!copied) await copyImageFiles(picture, folder);
    written.push(...files.map((file) => join(folder, file.fileName)));
  }
  return written;
}

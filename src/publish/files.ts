// The files a site publishes as they are, written once Eleventy has written the pages: the
// content's media files (slides, pictures, the logo), at the same path under the base path,
// the files beside a report kept as a folder (a "bundle"), beside its page, and the
// published CMS form where site.yaml asks for one.
import { copyFileSync, mkdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { routes } from "../routes.ts";
import type { MeetingView, SiteData } from "../site/views.ts";

// the package exports no files; its bundle is where npm puts it
const SVELTIA = fileURLToPath(new URL("../../node_modules/@sveltia/cms/dist/sveltia-cms.js", import.meta.url));
const SVELTIA_CHUNK = fileURLToPath(new URL("../../node_modules/@sveltia/cms/dist/chunks/react-dom.js", import.meta.url));

/** What publishing the files needs of the site data. */
export type PublishedFiles = Pick<SiteData, "media" | "editing"> & { meetings: readonly Pick<MeetingView, "url" | "bundle">[] };

/** Copies them from `contentDir` into `outputDir`; returns the paths written. */
export function publishFiles(site: PublishedFiles, contentDir: string, outputDir: string): string[] {
  const copies = site.media.map((file) => ({ from: join(contentDir, file), to: join(outputDir, file) }));
  copies.push(...bundleCopies(site.meetings, contentDir, outputDir));
  if (site.editing === "published") {
    // the form's script and the chunk it looks for beside it first (it loads the rest, rarely used,
    // from its CDN when an editor needs it)
    const script = join(outputDir, routes.file(routes.publishedCmsScript));
    copies.push({ from: SVELTIA, to: script }, { from: SVELTIA_CHUNK, to: join(dirname(script), "chunks/react-dom.js") });
  }
  // by where each goes, so that a path is written (and returned) once whatever names it twice
  const once = new Map(copies.map(({ from, to }) => [to, from]));
  for (const [to, from] of once) if (!isCopyOf(to, from)) copy(from, to);
  return [...once.keys()];
}

/**
 * A bundle's files go beside its page, by their names in the folder, subfolders and all:
 * "meetings/r/x/slides.pdf" beside "meetings/r/x/index.md" is "<the meeting's URL>slides.pdf",
 * where site/materials.ts links it.
 */
function bundleCopies(meetings: PublishedFiles["meetings"], contentDir: string, outputDir: string) {
  return meetings.flatMap(({ url, bundle }) =>
    (bundle?.files ?? []).map((name) => ({ from: join(contentDir, bundle!.folder, name), to: join(outputDir, routes.file(url), name) })),
  );
}

/** The dev server writes into the same folder on every save: a file copied before and not changed since is left. */
function isCopyOf(copy: string, file: string): boolean {
  const copied = statSync(copy, { throwIfNoEntry: false });
  const source = statSync(file);
  // to within the millisecond utimes sets it to
  return copied !== undefined && copied.size === source.size && Math.abs(copied.mtimeMs - source.mtimeMs) < 1;
}

function copy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  // the copy's time is the file's, so that the next build knows it for a copy
  const { atime, mtime } = statSync(from);
  utimesSync(to, atime, mtime);
}

/** A file the build makes that is not a page: a calendar, a sitemap. */
export interface TextFile {
  /** its URL, under the base path */
  url: string;
  text: string;
}

/** Writes `files` where their URLs say; returns their paths, for the dev server's clean-up (preview.ts). */
export function writeTextFiles(files: Iterable<TextFile>, outputDir: string): string[] {
  const written: string[] = [];
  for (const { url, text } of files) {
    const path = join(outputDir, routes.file(url));
    written.push(path);
    // a meeting's folder exists already (its page is in it): make folders only when missing
    try {
      writeFileSync(path, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return written;
}

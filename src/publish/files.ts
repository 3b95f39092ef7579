// The files a site publishes as they are, written once Eleventy has written the pages: the
// content's media files (slides, pictures, the logo), at the same path under the base path,
// and the published CMS form where site.yaml asks for one.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { routes } from "../routes.ts";
import type { SiteData } from "../site/views.ts";

// the package exports no files; its bundle is where npm puts it
const SVELTIA = fileURLToPath(new URL("../../node_modules/@sveltia/cms/dist/sveltia-cms.js", import.meta.url));

/** Copies them from `contentDir` into `outputDir`; returns the paths written. */
export function publishFiles(site: Pick<SiteData, "media" | "editing">, contentDir: string, outputDir: string): string[] {
  const copies = site.media.map((file) => ({ from: join(contentDir, file), to: join(outputDir, file) }));
  if (site.editing === "published") {
    // one file, no chunks: Sveltia CMS loads what else it needs on demand from its CDN
    copies.push({
      from: SVELTIA,
      to: join(outputDir, routes.file(routes.publishedCmsScript)),
    });
  }
  for (const { from, to } of copies) {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
  return copies.map(({ to }) => to);
}

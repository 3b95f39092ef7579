// Search with Pagefind, in Danish (stemming included), with filters for region, theme, year
// and type. Indexing starts as soon as the site data is ready and runs beside Eleventy's
// rendering: Pagefind in its own process, its client in a worker thread (on the main thread
// its replies waited for Eleventy to yield). At 10,000 meetings, indexing the written pages
// afterwards added 5.5-6 s to the build; beside it, 4-4.5 s.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { i18n } from "../i18n/index.ts";
import { folders } from "../routes.ts";
import type { SiteData } from "../site/views.ts";
import { searchRecords } from "./records.ts";

/** Writes the search index for `site` into its folder of the output. */
export async function indexForSearch(site: SiteData, outputDir: string): Promise<void> {
  const worker = new Worker(new URL("./pagefind-worker.mjs", import.meta.url), {
    // the site's language, for Pagefind's stemming
    workerData: { records: searchRecords(site), outputPath: join(outputDir, folders.search), language: i18n.code },
  });
  const problems = await new Promise<string[]>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the search indexer stopped with code ${code}`)));
  });
  if (problems.length > 0) throw new Error(`Pagefind: ${problems.join("; ")}`);
}

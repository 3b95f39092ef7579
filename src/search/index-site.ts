// Search: Pagefind indexes the meeting and news pages once Eleventy has written them, in
// Danish (stemming included), with the filters the pages mark (data-pagefind-filter:
// region, tema, år, type). The search page loads Pagefind's own UI from /pagefind/.
import { join } from "node:path";
import * as pagefind from "pagefind";

export async function indexForSearch(outputDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "da" });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // only meetings and news carry data-pagefind-body; listing pages are not worth scanning
    const added = await index.addDirectory({ path: outputDir, glob: "{moeder,nyheder}/**/index.html" });
    const written = await index.writeFiles({ outputPath: join(outputDir, "pagefind") });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

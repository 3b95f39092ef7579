// The Eleventy plugin that is referat: global site data loaded once per build, one
// virtual template per kind of page, rendered by its layout function (layouts/), the
// search index made beside the rendering, and the calendars written once the pages are.
// Everything else lives in plain modules.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { writeCalendars } from "./calendar/write-calendars.ts";
import type { ParsedFile } from "./content/parse.ts";
import { ContentError, formatProblem, type Problem } from "./content/problems.ts";
import { RebuildMemo } from "./memo.ts";
import type { Options } from "./options.ts";
import { listedPages, pages, type PageData } from "./pages.ts";
import { unpublished } from "./output/publication.ts";
import { showProblems, tidyDevOutput } from "./preview.ts";
import { publishFiles, writeTextFiles } from "./publish/files.ts";
import { processPictures, publishPictures } from "./publish/pictures.ts";
import { sitemapFiles } from "./publish/sitemap.ts";
import { routes } from "./routes.ts";
import { indexForSearch } from "./search/index-site.ts";
import { SearchQueue } from "./search/queue.ts";
import { loadSite } from "./site/load-site.ts";
import type { RenderedMarkdown } from "./site/markdown.ts";
import type { SiteData } from "./site/views.ts";

/** the dev server indexes search once no rebuild has run for this long (ms) */
const SEARCH_QUIET = 3000;

/** What Eleventy tells `eleventy.after` handlers, as far as referat uses it. */
interface AfterBuild {
  directories: { output: string };
  outputMode: string;
  incremental: boolean;
  /** every page written; outputPath is false for a page without one */
  results: { url: string; outputPath: string | false }[];
}

export default function referat(eleventyConfig: UserConfig, options: Options): void {
  // content files are not templates here (only the virtual templates are), so Eleventy would not watch them
  eleventyConfig.addWatchTarget(options.contentDir);

  const memos = options.watching ? { parsed: new RebuildMemo<ParsedFile>(), markdown: new RebuildMemo<RenderedMarkdown>() } : undefined;
  // the site data of the build under way, for the calendars written after it
  let built: SiteData | undefined;
  const search = new SearchQueue((site) => indexForSearch(site, options.outputDir), options.watching ? SEARCH_QUIET : 0);
  // the dev server shows the problems on every page while the content has errors
  let broken: Problem[] | undefined;
  if (options.watching) eleventyConfig.setServerOptions({ middleware: [showProblems(() => broken, options.contentDir)] });
  eleventyConfig.addGlobalData("referat", async () => {
    built = undefined;
    search.hold();
    memos?.parsed.startBuild();
    memos?.markdown.startBuild();
    let site: SiteData;
    try {
      const loaded = loadSite(options, memos);
      for (const problem of loaded.problems) console.warn(formatProblem(problem, options.contentDir));
      // a picture is known to be one only once it is read
      site = Object.freeze({ ...loaded.site, pictures: await processPictures(loaded.site, options.contentDir) });
      broken = undefined;
    } catch (error) {
      if (error instanceof ContentError) broken = error.problems;
      throw error;
    }
    built = site;
    // a build indexes beside the rendering; the dev server after it (search/queue.ts)
    if (!options.watching) search.start(site);
    return site;
  });
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode, incremental, results }: AfterBuild) => {
    if (!built || outputMode !== "fs") return;
    // an incremental build writes only some pages
    const missing = incremental ? [] : unpublished(built, new Set(results.map(({ url }) => url)));
    if (missing.length) throw new ContentError(missing, options.contentDir);
    const calendars = writeCalendars(built, directories.output);
    const files = [
      ...publishFiles(built, options.contentDir, directories.output),
      ...writeTextFiles(sitemapFiles(listedPages(built)), directories.output),
      ...(await publishPictures(built, directories.output)),
    ];
    if (!options.watching) return await search.finished();
    const pages = results.flatMap(({ outputPath }) => (outputPath ? [outputPath] : []));
    // the rest of an incremental build's pages are not stale
    if (!incremental) tidyDevOutput(directories.output, [...pages, ...calendars, ...files]);
    search.start(built);
    search.finished().catch((error: unknown) => console.error("Søgeindekset kunne ikke bygges:", error));
  });
  for (const [name, page] of Object.entries(pages)) {
    const pagination = page.list && { data: `referat.${page.list}`, alias: "entry", size: 1, addAllPagesToCollections: false };
    const render = (data: PageData) => String(page.render(data));
    eleventyConfig.addTemplate(
      `referat/${name}.11ty.js`,
      { render },
      {
        permalink: (data: PageData) => (page.when?.(data.referat) === false ? false : routes.file(page.url(data))),
        eleventyExcludeFromCollections: true,
        // files for hosts need no extension (.nojekyll, _headers)
        eleventyAllowMissingExtension: !page.html,
        ...(pagination && { pagination }),
      },
    );
  }
}

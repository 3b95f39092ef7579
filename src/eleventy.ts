// The Eleventy plugin that is referat: global site data loaded once per build, filters, and
// one virtual template per kind of page. Everything else lives in plain modules.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatProblem } from "./content/problems.ts";
import { filters } from "./filters/index.ts";
import type { ReferatOptions } from "./options.ts";
import { pages } from "./pages.ts";
import { loadSite } from "./site/load-site.ts";

export default function referat(eleventyConfig: UserConfig, options: ReferatOptions): void {
  // content files are not templates here (only njk is), so Eleventy would not watch them
  eleventyConfig.addWatchTarget(options.contentDir);

  eleventyConfig.addGlobalData("referat", () => {
    const { site, problems } = loadSite(options);
    for (const problem of problems) console.warn(formatProblem(problem, options.contentDir));
    return site;
  });
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);

  for (const [name, page] of Object.entries(pages)) {
    const pagination = page.each && { data: `referat.${page.each.list}`, alias: page.each.alias, size: 1, addAllPagesToCollections: false };
    eleventyConfig.addTemplate(`referat/${name}.njk`, "", {
      layout: page.layout,
      permalink: page.permalink,
      eleventyExcludeFromCollections: true,
      ...(pagination && { pagination }),
    });
  }
}

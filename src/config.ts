// The whole Eleventy configuration, shared by .eleventy.js (the dev server, `eleventy`) and
// the production build (build.ts), which passes it to Eleventy directly: one set of
// TypeScript modules loaded once, and options passed as one checked value (options.ts).
import type UserConfig from "@11ty/eleventy/UserConfig";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { assetFiles } from "./assets.ts";
import { listenOn } from "./dev-server.ts";
import referat from "./eleventy.ts";
import { optionsFromEnvironment, type Options } from "./options.ts";
import { folders } from "./routes.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * For .eleventy.js, Eleventy's own entry: the options from the environment. What is wrong with
 * them is said in Danish; `eleventy` then stops, while a dev server reloading its configuration
 * (an edited .ts file) keeps running and shows the error until the next reload.
 */
export function configureFromEnvironment(eleventyConfig: UserConfig, env: NodeJS.ProcessEnv): void {
  const { options, problems } = optionsFromEnvironment(env);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    if (options.watching) throw new Error(problems.join(" "));
    process.exit(1);
  }
  configure(eleventyConfig, options);
}

export function configure(eleventyConfig: UserConfig, options: Options): void {
  // Only the plugin's virtual 11ty.js templates render; the content is read by the plugin
  // (src/site/load-site.ts) and watched as a watch target, not as Eleventy's input. The input
  // is referat's own src/, which holds no template: given the content folder, Eleventy lost its
  // virtual templates when that folder's path was spelt with .. or began with the working
  // folder's (/srv/referat-content beside /srv/referat). (Template formats cannot be set from
  // inside a plugin.)
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.setInputDirectory(resolve(ROOT, "src"));
  eleventyConfig.setOutputDirectory(options.outputDir);
  for (const { source, name } of assetFiles()) eleventyConfig.addPassthroughCopy({ [source]: `${folders.assets}/${name}` });
  // Decap CMS for the dev server's /admin/: its bundle and the parts it loads on demand, no
  // source maps (a published site's form is written with the pages: publish/files.ts)
  if (options.watching) eleventyConfig.addPassthroughCopy({ [resolve(ROOT, "node_modules/decap-cms/dist/*decap-cms.js")]: folders.admin });
  // the dev server serves them from where they are: a copy still under way when a failed
  // build is followed by the next one crashes Eleventy 3's dev server
  eleventyConfig.setServerPassthroughCopyBehavior("passthrough");

  eleventyConfig.addPlugin(referat, options);
  // only the dev server listens (loading it would cost every build 80 ms)
  if (options.watching) listenOn(options.host);
  for (const code of ["src", "layouts"]) eleventyConfig.addWatchTarget(resolve(ROOT, code, "**/*.ts"), { resetConfig: true });
  // an asset's name holds its content's hash, which the configuration reads once
  eleventyConfig.addWatchTarget(resolve(ROOT, "assets"), { resetConfig: true });
}

// Eleventy configuration: only wiring. Node 20 cannot load TypeScript by itself, so the
// plugin (src/eleventy.ts) is loaded through tsx; see README "How the code is laid out".
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = fileURLToPath(new URL(".", import.meta.url));

export default async function (eleventyConfig) {
  const { optionsFromEnvironment } = await tsImport("./src/options.ts", import.meta.url);
  const { default: referat } = await tsImport("./src/eleventy.ts", import.meta.url);
  const options = optionsFromEnvironment(process.env);

  // The content folder is Eleventy's input, for watching; its files are read by the plugin
  // (src/site/load-site.ts), not by Eleventy: only the plugin's virtual 11ty.js templates
  // render. (Template formats cannot be set from inside a plugin.)
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.setInputDirectory(options.contentDir);
  eleventyConfig.setOutputDirectory(process.env.REFERAT_OUTPUT || "_site");
  eleventyConfig.addPassthroughCopy({ [resolve(root, "assets")]: "assets" });

  eleventyConfig.addPlugin(referat, options);
  for (const code of ["src", "layouts"]) eleventyConfig.addWatchTarget(resolve(root, code, "**/*.ts"), { resetConfig: true });
}

// Eleventy configuration for the dev server and the `eleventy` command: Node 20 cannot load
// TypeScript by itself, so the configuration (src/config.ts) is loaded through tsx; see
// README "How the code is laid out". Options come from the REFERAT_* variables.
import { tsImport } from "tsx/esm/api";

export default async function (eleventyConfig) {
  // one tsImport: each call loads its modules afresh
  const { configureFromEnvironment } = await tsImport("./src/config.ts", import.meta.url);
  configureFromEnvironment(eleventyConfig, process.env);
}

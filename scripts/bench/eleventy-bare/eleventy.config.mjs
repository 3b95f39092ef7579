// Bare Eleventy: the bench's measure of what Eleventy itself costs on the corpus. Every
// markdown file becomes a page through one Nunjucks layout; no indexes, no feeds, Eleventy's
// defaults otherwise. Drafts are dropped, as referat's production build drops them, so that
// both write a page for the same files. scripts/bench.ts runs it in a folder holding a copy
// of the corpus.
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "page.njk");
  // returning false from a preprocessor leaves the file out of the build
  eleventyConfig.addPreprocessor("drop-drafts", "md", (data) => (data.draft === true ? false : undefined));
}

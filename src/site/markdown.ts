// Markdown for report and news bodies. Raw HTML in markdown is shown as text, not passed
// through: everything that reaches a reader is escaped, and editors do not need HTML.
import type Token from "markdown-it/lib/token.mjs";
import { markdown } from "../content/markdown.ts";
import { latin1Markup } from "../latin1.ts";
import { routes } from "../routes.ts";

export interface RenderedMarkdown {
  html: string;
  /** the text of the first paragraph, for summaries */
  firstParagraph: string;
}

/**
 * Renders a body whose headings sit below the page's own: the body's highest heading level
 * becomes `topLevel` (h2 under a news article's h1, h3 under a report's "Referat" h2), and
 * the levels below it keep their distance, so the outline of the page stays whole.
 */
export function renderMarkdown(source: string, topLevel = 2): RenderedMarkdown {
  const env = {};
  const tokens = markdown.parse(source, env);
  const headings = tokens.filter((token) => token.type === "heading_open" || token.type === "heading_close");
  const highest = Math.min(...headings.map((token) => Number(token.tag.slice(1))));
  for (const token of headings) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) - highest + topLevel)}`;
  if (routes.home !== "/") underBasePath(tokens);
  const opening = tokens.findIndex((token) => token.type === "paragraph_open");
  const inline = opening >= 0 ? tokens[opening + 1] : undefined;
  const firstParagraph = (inline?.children ?? [])
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content))
    .join("")
    .trim();
  return { html: latin1Markup(markdown.renderer.render(tokens, markdown.options, env)), firstParagraph };
}

/** An editor links to the site's pages and files from its root (a slash first): those links go under the base path. */
function underBasePath(tokens: Token[]): void {
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      const name = child.type === "link_open" ? "href" : child.type === "image" ? "src" : undefined;
      const target = name && child.attrGet(name);
      if (target && target.startsWith("/") && !target.startsWith("//")) child.attrSet(name, routes.fromRoot(target));
    }
  }
}

// Markdown for report and news bodies. Raw HTML in markdown is shown as text, not passed
// through: everything that reaches a reader is escaped, and editors do not need HTML.
import MarkdownIt from "markdown-it";
import { latin1Markup } from "../latin1.ts";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

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
  const opening = tokens.findIndex((token) => token.type === "paragraph_open");
  const inline = opening >= 0 ? tokens[opening + 1] : undefined;
  const firstParagraph = (inline?.children ?? [])
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content))
    .join("")
    .trim();
  return { html: latin1Markup(markdown.renderer.render(tokens, markdown.options, env)), firstParagraph };
}

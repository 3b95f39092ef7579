// The one markdown-it configuration of report and news bodies: the site renders them with it
// (site/markdown.ts), and the checks read links with it, so a link the check finds is a link
// on the page, and text that only looks like one (in code, or escaped) is neither.
import MarkdownIt from "markdown-it";

/** Raw HTML is shown as text, not passed through; bare addresses become links. */
export const MARKDOWN_OPTIONS = { html: false, linkify: true, typographer: false } as const;

export const markdown = new MarkdownIt(MARKDOWN_OPTIONS);

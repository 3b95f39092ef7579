// Markup written as TypeScript template literals, escaped by default: every value put into
// an `html` template is escaped for text and quoted attributes, unless it is itself `Html`
// (a nested template, or markup we made ourselves and marked with `trusted`). This is the
// same rule as Nunjucks' autoescape, with the layouts type-checked against the site data.
import { latin1Markup } from "./latin1.ts";

export class Html {
  readonly markup: string;

  constructor(markup: string) {
    this.markup = markup;
  }

  toString(): string {
    return this.markup;
  }
}

/** Something a template may contain: text (escaped), markup, nothing, or a list of these. */
export type Content = Html | string | number | false | null | undefined | readonly Content[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"'\u0100-\uffff]/;

/** Text for HTML and XML, in Latin-1 characters only (see latin1.ts). */
export function escapeHtml(text: string): string {
  // most text has nothing to escape, and a test is much cheaper than a replace with a callback
  return SPECIAL.test(text) ? latin1Markup(text.replace(/[&<>"']/g, (character) => ESCAPES[character]!)) : text;
}

function markupOf(content: Content): string {
  if (content instanceof Html) return content.markup;
  if (Array.isArray(content)) return content.map(markupOf).join("");
  if (content === false || content === null || content === undefined) return "";
  return escapeHtml(String(content));
}

export function html(strings: TemplateStringsArray, ...values: Content[]): Html {
  let markup = strings[0]!;
  for (let index = 0; index < values.length; index++) markup += markupOf(values[index]) + strings[index + 1]!;
  return new Html(markup);
}

/** Markup made by our own code (rendered markdown, JSON escaped for `<script>`), never by an editor directly. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

// Feed readers show an entry away from our site, so its links must be absolute. The HTML is
// markdown-it's own output (raw HTML is off), so every link is an href or src attribute in
// double quotes, its value escaped: a pattern can find them all.
import { escapeHtml } from "../html.ts";

const LINK = /\b(href|src)="([^"]*)"/g;
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Resolves every relative link in `html` against `pageUrl`, the absolute URL of its page. */
export function absoluteLinks(html: string, pageUrl: string): string {
  return html.replace(LINK, (attribute, name: string, value: string) => {
    if (ABSOLUTE.test(value)) return attribute;
    return `${name}="${escapeHtml(new URL(unescapeAttribute(value), pageUrl).href)}"`;
  });
}

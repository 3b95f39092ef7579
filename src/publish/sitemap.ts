// sitemap.xml (sitemaps.org 0.9): every page search engines should find, with the day its
// content last changed, so that a crawler need not fetch 20,000 pages to find the new one. A
// sitemap holds at most 50,000 addresses; a larger site gets sitemap-1.xml, sitemap-2.xml ...
// and sitemap.xml becomes their index, so robots.txt names the same file either way.
import { escapeHtml } from "../html.ts";
import { routes } from "../routes.ts";
import type { TextFile } from "./files.ts";

export interface SitemapEntry {
  /** the page's full address */
  url: string;
  /** YYYY-MM-DD */
  updated: string;
}

/** the protocol's limit of addresses in one sitemap */
export const SITEMAP_LIMIT = 50_000;

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

function entry(element: "url" | "sitemap", { url, updated }: SitemapEntry): string {
  return `<${element}><loc>${escapeHtml(url)}</loc><lastmod>${updated}</lastmod></${element}>\n`;
}

export function sitemap(entries: readonly SitemapEntry[]): string {
  return `${XML}<urlset ${NAMESPACE}>\n${entries.map((page) => entry("url", page)).join("")}</urlset>\n`;
}

/** sitemap.xml, or, beyond `limit` addresses, the parts and sitemap.xml as their index. */
export function sitemapFiles(entries: readonly SitemapEntry[], limit = SITEMAP_LIMIT): TextFile[] {
  if (entries.length <= limit) return [{ url: routes.sitemap, text: sitemap(entries) }];
  const parts: TextFile[] = [];
  const index: SitemapEntry[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    const part = entries.slice(start, start + limit);
    const url = routes.sitemapPart(parts.length + 1);
    parts.push({ url, text: sitemap(part) });
    index.push({ url: routes.absolute(url), updated: part.reduce((newest, page) => (page.updated > newest ? page.updated : newest), "") });
  }
  return [
    {
      url: routes.sitemap,
      text: `${XML}<sitemapindex ${NAMESPACE}>\n${index.map((part) => entry("sitemap", part)).join("")}</sitemapindex>\n`,
    },
    ...parts,
  ];
}

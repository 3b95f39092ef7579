// sitemap.xml (sitemaps.org 0.9): every page search engines should find, with the day its
// content last changed, so that a crawler need not fetch 20,000 pages to find the new one.
import { escapeHtml } from "../html.ts";

export interface SitemapEntry {
  /** the page's full address */
  url: string;
  /** YYYY-MM-DD */
  updated: string;
}

export function sitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ url, updated }) => `<url><loc>${escapeHtml(url)}</loc><lastmod>${updated}</lastmod></url>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("")}</urlset>\n`;
}

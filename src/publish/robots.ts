// robots.txt: crawlers may read every page but the CMS, and find the sitemap. Crawlers read it
// only at a host's root: a site under a sub-path (a GitHub Pages project site) has its own
// here all the same, for a host's robots.txt to point to (README, Publishing).
import { routes } from "../routes.ts";

export function robots(): string {
  return `User-agent: *\nDisallow: ${routes.admin}\nSitemap: ${routes.absolute(routes.sitemap)}\n`;
}

// sitemap.xml and robots.txt: every page for readers once, with the day its content last
// changed, and nothing search engines should not list.
import { afterEach, describe, expect, it } from "vitest";
import { listedPages } from "../../src/pages.ts";
import { robots } from "../../src/publish/robots.ts";
import { sitemap, sitemapFiles } from "../../src/publish/sitemap.ts";
import { publishAt, routes } from "../../src/routes.ts";
import { meeting, news, site } from "../helpers/content-model.ts";

const TODAY = "2026-11-27";

/** The site data of a site published at `url`. */
function built(url = "https://x.dk") {
  return site(
    [meeting("syddanmark/2017-03-16-a", "2017-03-16"), meeting("midt-nord/2027-01-10-b", "2027-01-10")],
    [news("2017/2017-04-11-c", "2017-04-11", ["syddanmark/2017-03-16-a"])],
    TODAY,
    url,
  ).site;
}

describe("the pages in the sitemap", () => {
  afterEach(() => publishAt("https://x.dk"));

  it("lists every page for readers once, under the site's address, and not the 404 page or the CMS", () => {
    const urls = listedPages(built("https://example.github.io/referat/")).map((entry) => entry.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain("https://example.github.io/referat/");
    expect(urls).toContain(routes.absolute(routes.meeting("syddanmark/2017-03-16-a")));
    expect(urls).toContain(routes.absolute(routes.news("2017/2017-04-11-c")));
    expect(urls).toContain(routes.absolute(routes.region("midt-nord")));
    expect(urls).not.toContain(routes.absolute(routes.notFound));
    expect(urls).not.toContain(routes.absolute(routes.admin));
    expect(urls.filter((url) => !url.startsWith("https://example.github.io/referat/"))).toEqual([]);
  });

  it("dates a report or an article by its own day, the rest by the newest content, never after the build's day", () => {
    const updated = new Map(listedPages(built()).map((entry) => [entry.url, entry.updated]));
    expect(updated.get(routes.absolute(routes.meeting("syddanmark/2017-03-16-a")))).toBe("2017-03-16");
    expect(updated.get(routes.absolute(routes.meeting("midt-nord/2027-01-10-b")))).toBe(TODAY);
    expect(updated.get(routes.absolute(routes.home))).toBe("2017-04-11");
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("escapes each address for XML", () => {
    const xml = sitemap([{ url: "https://x.dk/a?b=1&c=<2>", updated: "2017-03-16" }]);
    expect(xml).toContain("<loc>https://x.dk/a?b=1&amp;c=&lt;2&gt;</loc><lastmod>2017-03-16</lastmod>");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  });

  it("names the sitemap by its full address and keeps crawlers out of the CMS", () => {
    publishAt("https://example.github.io/referat");
    expect(robots()).toBe("User-agent: *\nDisallow: /referat/admin/\nSitemap: https://example.github.io/referat/sitemap.xml\n");
    publishAt("https://x.dk");
  });

  it("splits a site of more addresses than one sitemap may hold into parts, with sitemap.xml their index", () => {
    publishAt("https://example.github.io/referat");
    const pages = ["2017-03-07", "2017-03-16", "2017-04-11", "2016-12-01", "2017-01-05"].map((updated, n) => ({
      url: `https://example.github.io/referat/p${n}/`,
      updated,
    }));
    expect(sitemapFiles(pages, 5).map((file) => file.url)).toEqual(["/referat/sitemap.xml"]);
    const [index, ...parts] = sitemapFiles(pages, 2);
    expect(parts.map((part) => part.url)).toEqual(["/referat/sitemap-1.xml", "/referat/sitemap-2.xml", "/referat/sitemap-3.xml"]);
    expect(parts.map((part) => part.text.match(/<url>/g)!.length)).toEqual([2, 2, 1]);
    expect(index!.url).toBe("/referat/sitemap.xml");
    expect(index!.text).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index!.text).toContain(
      "<sitemap><loc>https://example.github.io/referat/sitemap-2.xml</loc><lastmod>2017-04-11</lastmod></sitemap>",
    );
    publishAt("https://x.dk");
  });
});

// What a production build publishes besides the pages: the content's media files, the CMS form
// only where site.yaml names a backend that works from a static host, the accessibility
// statement as site.yaml says, and the files hosts read.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { buildInto, page } from "../helpers/build.ts";
import { CONTACT, contentTree, meetingFile } from "../helpers/content-tree.ts";

const SITE = 'title: "Netværket"\nurl: "https://netvaerk.example.dk/moeder-og-referater/"\n';
const REPORT = meetingFile({}, "Se [slides](/media/2017/slides%201.pdf) og ![Kort over salen](/media/kort.png).\n");
const MEDIA = { "media/2017/slides 1.pdf": "%PDF-1.4 slides", "media/kort.png": "png bytes" };

describe("a production build", () => {
  it("publishes the media files under the base path, and every link to them resolves", () => {
    const site = buildInto(
      contentTree({ "_data/site.yaml": SITE + CONTACT, "meetings/midt-nord/2017-03-07-et-moede.md": REPORT, ...MEDIA }),
    );
    expect(readFileSync(join(site, "media/2017/slides 1.pdf"), "utf8")).toBe("%PDF-1.4 slides");
    const html = page(site, "/moeder/midt-nord/2017-03-07-et-moede/");
    expect(html).toContain('href="/moeder-og-referater/media/2017/slides%201.pdf"');
    expect(html).toContain('src="/moeder-og-referater/media/kort.png"');
    expect(existsSync(join(site, "media/kort.png"))).toBe(true);
  });

  it("leaves the CMS out when site.yaml names no backend, and the files for hosts in", () => {
    const site = buildInto(contentTree({ "_data/site.yaml": SITE + CONTACT }));
    expect(existsSync(join(site, "admin"))).toBe(false);
    expect(readFileSync(join(site, "robots.txt"), "utf8")).toContain(
      "Sitemap: https://netvaerk.example.dk/moeder-og-referater/sitemap.xml",
    );
    expect(existsSync(join(site, ".nojekyll"))).toBe(true);
    expect(readFileSync(join(site, "_headers"), "utf8")).toContain("/moeder-og-referater/assets/*");
  });

  it("publishes Sveltia CMS with the GitHub backend when site.yaml names it", () => {
    const cms = 'cms:\n  backend: github\n  repo: "netvaerk/indhold"\n';
    const site = buildInto(contentTree({ "_data/site.yaml": SITE + CONTACT + cms }));
    const admin = page(site, "/admin/");
    expect(admin).toContain('<script src="/moeder-og-referater/admin/sveltia-cms.js"></script>');
    expect(readFileSync(join(site, "admin/sveltia-cms.js"), "utf8").length).toBeGreaterThan(1_000_000);
    const config = load(readFileSync(join(site, "admin/config.yml"), "utf8")) as Record<string, unknown>;
    expect(config.backend).toEqual({ name: "github", repo: "netvaerk/indhold", branch: "main" });
    expect(config.local_backend).toBeUndefined();
    // uploads are written as the format asks, whatever the base path
    expect(config.public_folder).toBe("/media");
    expect(existsSync(join(site, "admin/decap-cms.js"))).toBe(false);
  });

  it("links the WAS-Tool statement from every page where site.yaml gives it, and makes no page of its own", () => {
    const statement = 'accessibility:\n  statement: "https://www.was.digst.dk/netvaerk-example-dk"\n';
    const site = buildInto(contentTree({ "_data/site.yaml": SITE + statement }));
    expect(page(site, "/")).toContain('<a href="https://www.was.digst.dk/netvaerk-example-dk">Tilgængelighedserklæring</a>');
    expect(existsSync(join(site, "tilgaengelighed"))).toBe(false);
    expect(readFileSync(join(site, "sitemap.xml"), "utf8")).not.toContain("tilgaengelighed");
  });
});

// The whole build on the shipped example content: the pages, the links between them, the
// counts, and what readers see of the seed's meetings.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, filesOf, page } from "./helpers/build.ts";

let site: string;
beforeAll(() => {
  site = buildInto("content");
});

const MEETINGS = {
  "midt-nord": "/moeder/midt-nord/2017-03-07-brug-og-implementering-af-rammearkitekturen/",
  hovedstaden: "/moeder/hovedstaden/2017-03-14-implementering-af-it-arkitekturprincipper/",
  sjaelland: "/moeder/sjaelland/2017-03-15-monopolbrud-og-dialogvaerktoejer/",
  syddanmark: "/moeder/syddanmark/2017-03-16-brugerstyring/",
};
const NEWS = "/nyheder/2017/2017-04-11-hvad-taler-kommunerne-om-i-it-arkitekturnetvaerket/";

/** The text of an HTML fragment with tags removed and white space folded. */
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

describe("the example site", () => {
  it("has exactly the expected pages", () => {
    const html = filesOf(site).filter((file) => file.endsWith(".html"));
    expect(html).toEqual(
      [
        "404.html",
        "arkiv/2017/index.html",
        "arkiv/index.html",
        "index.html",
        ...Object.values(MEETINGS).map((url) => `${url.slice(1)}index.html`),
        `${NEWS.slice(1)}index.html`,
        "nyheder/index.html",
        "regioner/hovedstaden/index.html",
        "regioner/index.html",
        "regioner/midt-nord/index.html",
        "regioner/sjaelland/index.html",
        "regioner/syddanmark/index.html",
        "temaer/brug-og-implementering-af-rammearkitekturen/index.html",
        "temaer/brugerstyring/index.html",
        "temaer/dialogvaerktoejer/index.html",
        "temaer/faelleskommunal-digitaliseringsstrategi/index.html",
        "temaer/implementering-af-it-arkitekturprincipper/index.html",
        "temaer/index.html",
        "temaer/jobfunktionsroller/index.html",
        "temaer/monopolbrud/index.html",
      ].sort(),
    );
  });

  it("is in Danish, with Danish dates", () => {
    const home = page(site, "/");
    expect(home).toMatch(/<html lang="da">/);
    expect(page(site, MEETINGS["midt-nord"])).toContain('<time datetime="2017-03-07">tirsdag 7. marts 2017</time>');
    expect(page(site, NEWS)).toContain("tirsdag 11. april 2017");
  });

  it("shows every speaker and organisation the seed names on the meeting pages", () => {
    const expected: Record<keyof typeof MEETINGS, string[]> = {
      "midt-nord": ["Bramslevgaard", "Hobro", "Hjørring Kommune", "KL", "KOMBIT"],
      hovedstaden: ["Frederiksberg Rådhus", "Favrskov Kommune", "Syddjurs Kommune", "Norddjurs Kommune", "KL", "KOMBIT"],
      sjaelland: ["Næstved Rådhus", "Sorø Kommune", "Mogens Lilleør, chefkonsulent, Lolland Kommune"],
      syddanmark: [
        "Svendborg Rådhus",
        "Gerner Zinglersen, it-arkitekt, KL",
        "Martin Dahlstrøm Vinter, digitaliseringskonsulent, Esbjerg Kommune",
        "KOMBIT",
        "Jan Blasius, Aabenraa Kommune",
        "Digitaliseringsstyrelsen",
      ],
    };
    for (const [region, names] of Object.entries(expected)) {
      const shown = text(page(site, MEETINGS[region as keyof typeof MEETINGS]));
      for (const name of names) expect(shown, `${region}: ${name}`).toContain(name);
    }
  });

  it("lists each meeting on its own region's page and no other", () => {
    for (const [region, url] of Object.entries(MEETINGS)) {
      for (const other of Object.keys(MEETINGS)) {
        expect(page(site, `/regioner/${other}/`).includes(`href="${url}"`), `${url} on ${other}`).toBe(other === region);
      }
    }
  });

  it("lists the meetings under their theme and topics, with counts on the theme index", () => {
    expect(page(site, "/temaer/brugerstyring/")).toContain(`href="${MEETINGS.syddanmark}"`);
    expect(page(site, "/temaer/jobfunktionsroller/")).toContain(`href="${MEETINGS.syddanmark}"`);
    expect(page(site, "/temaer/dialogvaerktoejer/")).toContain(`href="${MEETINGS.sjaelland}"`);
    const index = text(page(site, "/temaer/"));
    expect(index).toContain("Brugerstyring 1 møde");
    expect(index).toContain("Monopolbrud 1 møde");
  });

  it("links the news article and the four reports both ways", () => {
    const article = page(site, NEWS);
    for (const url of Object.values(MEETINGS)) {
      expect(article).toContain(`href="${url}"`);
      expect(page(site, url)).toContain(`href="${NEWS}"`);
    }
  });

  it("links each meeting to the region, its theme and topics", () => {
    const meeting = page(site, MEETINGS.syddanmark);
    for (const url of ["/regioner/syddanmark/", "/temaer/brugerstyring/", "/temaer/jobfunktionsroller/"]) expect(meeting).toContain(`href="${url}"`);
    expect(text(meeting)).toContain("Møderunde 1, 2017");
  });

  it("puts the four reports and the news in the 2017 archive, and the regions on the home page", () => {
    const year = text(page(site, "/arkiv/2017/"));
    expect(year).toContain("4 møder og 1 nyhed");
    const home = page(site, "/");
    for (const region of Object.keys(MEETINGS)) expect(home).toContain(`href="/regioner/${region}/"`);
    expect(home).toContain(`href="${NEWS}"`);
  });

  it("has no broken internal link or anchor anywhere", () => {
    const broken: string[] = [];
    for (const file of filesOf(site).filter((name) => name.endsWith(".html"))) {
      const html = readFileSync(join(site, file), "utf8");
      for (const [, href] of html.matchAll(/href="(\/[^"]*)"/g)) {
        const [path, anchor] = href!.split("#");
        const target = join(site, path!.endsWith("/") ? `${path}index.html` : path!);
        if (!existsSync(target)) broken.push(`${file} → ${href}`);
        else if (anchor && !readFileSync(target, "utf8").includes(`id="${anchor}"`)) broken.push(`${file} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("has a 404 page that leads back into the site", () => {
    const notFound = page(site, "/404.html");
    expect(notFound).toContain("Siden findes ikke");
    expect(notFound).toContain('href="/"');
  });
});

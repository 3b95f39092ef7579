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
/** Every organisation and person the seed names as presenting, and the regions of their meetings. */
const ORGANISATIONS: Record<string, (keyof typeof MEETINGS)[]> = {
  kl: ["syddanmark", "hovedstaden", "midt-nord"],
  kombit: ["syddanmark", "hovedstaden", "midt-nord"],
  "hjoerring-kommune": ["midt-nord"],
  "favrskov-kommune": ["hovedstaden"],
  "syddjurs-kommune": ["hovedstaden"],
  "norddjurs-kommune": ["hovedstaden"],
  "soroe-kommune": ["sjaelland"],
  "lolland-kommune": ["sjaelland"],
  "esbjerg-kommune": ["syddanmark"],
  "aabenraa-kommune": ["syddanmark"],
};
const PEOPLE: Record<string, keyof typeof MEETINGS> = {
  "gerner-zinglersen": "syddanmark",
  "martin-dahlstroem-vinter": "syddanmark",
  "jan-blasius": "syddanmark",
  "mogens-lilleoer": "sjaelland",
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
        "moederunder/index.html",
        "moederunder/moederunde-1-2017/index.html",
        "organisationer/index.html",
        ...Object.keys(ORGANISATIONS).map((slug) => `organisationer/${slug}/index.html`),
        "personer/index.html",
        ...Object.keys(PEOPLE).map((slug) => `personer/${slug}/index.html`),
        "steder/index.html",
        "soeg/index.html",
        "tilgaengelighed/index.html",
        "steder/bramslevgaard-hobro/index.html",
        "steder/frederiksberg-raadhus-frederiksberg/index.html",
        "steder/naestved-raadhus-naestved/index.html",
        "steder/svendborg-raadhus-svendborg/index.html",
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
    for (const url of ["/regioner/syddanmark/", "/temaer/brugerstyring/", "/temaer/jobfunktionsroller/"])
      expect(meeting).toContain(`href="${url}"`);
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

describe("the example site's organisations, people, round and venues", () => {
  const meetingLinks = (html: string) => [...html.matchAll(/<a href="(\/moeder\/[^"]+)"/g)].map((match) => match[1]);

  it("has a page for every organisation that presented, linking to its meetings newest first", () => {
    for (const [slug, regions] of Object.entries(ORGANISATIONS)) {
      expect(meetingLinks(page(site, `/organisationer/${slug}/`)), slug).toEqual(regions.map((region) => MEETINGS[region]));
    }
    const esbjerg = text(page(site, "/organisationer/esbjerg-kommune/"));
    expect(esbjerg).toContain("Martin Dahlstrøm Vinter, digitaliseringskonsulent: Esbjerg Kommunes erfaringer med brugerstyring");
    const index = page(site, "/organisationer/");
    for (const name of ["KL", "KOMBIT", "Hjørring Kommune", "Lolland Kommune", "Esbjerg Kommune"]) expect(index).toContain(`>${name}</a>`);
    expect(text(index)).toContain("KL 3 møder");
  });

  it("has a page for every person the seed names, with their role, organisation and meeting", () => {
    for (const [slug, region] of Object.entries(PEOPLE))
      expect(meetingLinks(page(site, `/personer/${slug}/`)), slug).toEqual([MEETINGS[region]]);
    expect(text(page(site, "/personer/mogens-lilleoer/"))).toContain("chefkonsulent, Lolland Kommune (2017)");
    // filed by surname: Blasius, Lilleør, Vinter, Zinglersen
    expect([...page(site, "/personer/").matchAll(/<h2 id="under-(\w+)">/g)].map((match) => match[1])).toEqual(["b", "l", "v", "z"]);
  });

  it("shows the March 2017 round with all four meetings side by side, and the news about it", () => {
    const round = page(site, "/moederunder/moederunde-1-2017/");
    expect(meetingLinks(round)).toEqual(Object.values(MEETINGS));
    expect(round.match(/class="round-region"/g)).toHaveLength(4);
    expect(round).toContain(`href="${NEWS}"`);
    expect(page(site, "/moederunder/")).toContain('href="/moederunder/moederunde-1-2017/"');
    expect(page(site, MEETINGS.sjaelland)).toContain('<a href="/moederunder/moederunde-1-2017/">Møderunde 1, 2017</a>');
  });

  it("links speakers, venues and related reports from the meeting pages", () => {
    const svendborg = page(site, MEETINGS.syddanmark);
    expect(svendborg).toContain(
      '<a class="speaker-name" href="/personer/gerner-zinglersen/">Gerner Zinglersen</a>, it-arkitekt, <a class="organisation" href="/organisationer/kl/">KL</a>',
    );
    expect(svendborg).toContain('<a href="/steder/svendborg-raadhus-svendborg/">Svendborg Rådhus</a>, Svendborg');
    // the meetings that share KL and KOMBIT with it
    const related = svendborg.split('id="relaterede"')[1]!.split("</section>")[0]!;
    expect(meetingLinks(related)).toEqual([MEETINGS.hovedstaden, MEETINGS["midt-nord"]]);
  });

  it("splits the year archive into months", () => {
    const year = page(site, "/arkiv/2017/");
    expect([...year.matchAll(/<h2 id="maaned-([\d-]+)">(\w+ \d+)<\/h2>/g)].map((match) => [match[1], match[2]])).toEqual([
      ["2017-04", "April 2017"],
      ["2017-03", "Marts 2017"],
    ]);
  });
});

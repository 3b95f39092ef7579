// The demo content (examples/demo/, invented) built as a site: a meeting's programme, slides,
// picture, sign-up and recording on its page, in its feeds and in its calendar, read by the
// real clients.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, page, runScript } from "./helpers/build.ts";
import { jsonFeedsOf, readWithClients } from "./helpers/clients.ts";

const PROGRAMME = "/moeder/midt-nord/2026-03-10-faelles-komponenter-i-praksis/";
const PICTURE = "/moeder/hovedstaden/2026-03-12-data-paa-tvaers/";
const SIGN_UP = "/moeder/hovedstaden/2027-02-23-arkitektur-i-den-naeste-digitaliseringsstrategi/";

let site: string;
beforeAll(() => {
  site = buildInto("examples/demo");
}, 120_000);

describe("the demo site", () => {
  it("passes check without an error or a warning", () => {
    const check = runScript("check", ["--content", "examples/demo", "--now", "2026-11-27"]);
    expect(check.stdout).toContain("0 fejl, 0 advarsler");
  });

  it("shows a meeting's programme in time order with each talk's slides, their type and size", () => {
    const html = page(site, PROGRAMME);
    const programme = html.slice(html.indexOf('<h2 id="program">'), html.indexOf("</section>", html.indexOf('<h2 id="program">')));
    const times = [...programme.matchAll(/<time datetime="(\d\d:\d\d)">/g)].map((match) => match[1]);
    expect(times.length).toBeGreaterThanOrEqual(4);
    expect([...times].sort()).toEqual(times);
    const size = readFileSync(join(site, PROGRAMME, "01-kortlaegning-af-integrationer.pdf")).length;
    expect(html).toContain(
      `01-kortlaegning-af-integrationer.pdf" type="application/pdf">Præsentation: Kortlægning af integrationer i Demo Kommune</a>`,
    );
    expect(html).toContain(`(PDF, ${Math.round(size / 1000)}\u00a0kB)`);
  });

  it("publishes a bundle's files beside its page, and its picture in several widths and formats, sized, with its alt text", () => {
    expect(existsSync(join(site, PICTURE, "salen.jpg"))).toBe(true);
    const html = page(site, PICTURE);
    const picture = /<figure class="meeting-image"><picture>([\s\S]*?)<\/picture>/.exec(html)?.[1] ?? "";
    expect(picture).toContain('<source type="image/avif" srcset="');
    expect(picture).toContain('<source type="image/webp" srcset="');
    const img = /<img [^>]*>/.exec(picture)?.[0] ?? "";
    expect(img).toMatch(/ width="\d+" height="\d+"/);
    expect(img).toMatch(/ srcset="[^"]+ 400w, [^"]+ 800w/);
    expect(img).toMatch(/ alt="[^"]{10,}"/);
    expect(img).toContain('loading="lazy"');
    for (const [, url] of picture.matchAll(/(?:src|srcset)="([^" ]+)/g)) expect(existsSync(join(site, url!)), url).toBe(true);
    // in the region's list, small, beside its title
    const region = page(site, "/regioner/hovedstaden/");
    expect(region).toMatch(
      /<li class="item item-meeting"><picture>[\s\S]*?class="thumbnail"[\s\S]*?<\/picture>\s*<a href="\/moeder\/hovedstaden\/2026-03-12-data-paa-tvaers\/">/,
    );
    // shared, the page shows its own picture rather than the site's
    expect(html).toContain(`<meta property="og:image" content="https://demo.example.dk${PICTURE}salen.jpg">`);
  });

  it("puts the slides in the feeds and the calendar, as the real clients read them", () => {
    const { feeds, calendars } = readWithClients(site);
    const entry = feeds["/regioner/midt-nord/feed.xml"]?.entries.find((item) => item.link.endsWith(PROGRAMME)) as
      { enclosures: { href: string; type: string; length: string }[] } | undefined;
    expect(entry?.enclosures.map((enclosure) => enclosure.type)).toEqual(Array(4).fill("application/pdf"));
    expect(Number(entry!.enclosures[0]!.length)).toBeGreaterThan(1000);
    const event = calendars[`${PROGRAMME}kalender.ics`]?.events[0] as { attachments: unknown[] } | undefined;
    expect(event?.attachments).toHaveLength(4);
    const json = jsonFeedsOf(site).find((feed) => feed.url === "/regioner/midt-nord/feed.json")!;
    const item = json.raw.items.find((candidate: { url: string }) => candidate.url.endsWith(PROGRAMME));
    expect(item.attachments.map((attachment: { mime_type: string }) => attachment.mime_type)).toEqual(Array(4).fill("application/pdf"));
  });

  it("shows the sign-up until its deadline, and not after", () => {
    expect(page(site, SIGN_UP)).toContain("Tilmeld dig senest tirsdag 9. februar 2027");
    const later = buildInto("examples/demo", ["--now", "2027-02-10"]);
    expect(page(later, SIGN_UP)).not.toContain("Tilmeld dig");
  }, 120_000);
});

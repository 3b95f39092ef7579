// The built example site in a real Chromium: accessibility by axe-core (WCAG 2.1 A and AA) on
// every kind of page in light and dark, keyboard use, search, and screenshots for people.
import axe from "axe-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { launchChromium } from "../helpers/browser.ts";
import { serve, type ServedSite } from "../helpers/serve.ts";
import { MEETING_URL, meetingPageWith } from "../layouts/meeting-fixture.ts";

const MEETING = "/moeder/syddanmark/2017-03-16-brugerstyring/";
const PAGES: Record<string, string> = {
  home: "/",
  meeting: MEETING,
  news: "/nyheder/2017/2017-04-11-hvad-taler-kommunerne-om-i-it-arkitekturnetvaerket/",
  "news index": "/nyheder/",
  regions: "/regioner/",
  region: "/regioner/syddanmark/",
  themes: "/temaer/",
  theme: "/temaer/brugerstyring/",
  organisations: "/organisationer/",
  organisation: "/organisationer/kombit/",
  people: "/personer/",
  person: "/personer/mogens-lilleoer/",
  rounds: "/moederunder/",
  round: "/moederunder/moederunde-1-2017/",
  venues: "/steder/",
  venue: "/steder/svendborg-raadhus-svendborg/",
  years: "/arkiv/",
  year: "/arkiv/2017/",
  search: "/soeg/?q=brugerstyring",
  "accessibility statement": "/tilgaengelighed/",
  "not found": "/findes/ikke/",
};
const SCREENSHOTS = join("test-results", "screenshots");

let site: ServedSite;
let browser: Browser;
beforeAll(async () => {
  site = await serve(buildInto("content"));
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(url: string, options: { colorScheme?: "light" | "dark"; width?: number } = {}): Promise<Page> {
  const page = await browser.newPage({
    colorScheme: options.colorScheme ?? "light",
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  await page.goto(site.url + url);
  if (url.startsWith("/soeg/")) await page.waitForSelector(".pagefind-ui__result", { timeout: 15_000 });
  return page;
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    }),
  );
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

describe("in Chromium", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`every kind of page passes axe's WCAG 2.1 A and AA rules (${colorScheme})`, async () => {
      const found: Record<string, string[]> = {};
      for (const [kind, url] of Object.entries(PAGES)) {
        const page = await open(url, { colorScheme });
        const problems = await violations(page);
        if (problems.length > 0) found[`${kind} ${url}`] = problems;
        await page.close();
      }
      expect(found).toEqual({});
    }, 120_000);
  }

  // the example has no meeting with a programme, materials, a sign-up and a recording: this
  // one is rendered here and served at its address beside the built site, with its stylesheet
  it("a meeting page with a programme, materials, a sign-up and a recording passes axe, and fits a phone", async () => {
    const found: Record<string, string[]> = {};
    mkdirSync(SCREENSHOTS, { recursive: true });
    const markup = meetingPageWith({ image: { file: "media/salen.jpg", alt: "Deltagerne i salen" } });
    for (const [colorScheme, width] of [
      ["light", 1280],
      ["dark", 320],
    ] as const) {
      const page = await browser.newPage({ colorScheme, viewport: { width, height: 900 } });
      await page.route(site.url + MEETING_URL, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: markup }));
      await page.goto(site.url + MEETING_URL);
      expect(await page.locator("ol.programme > li").count()).toBe(4);
      // the stylesheet is there, so that colours and contrast are the site's
      expect(
        await page
          .locator(".action")
          .first()
          .evaluate((link) => getComputedStyle(link).borderTopStyle),
      ).toBe("solid");
      const problems = await violations(page);
      if (problems.length > 0) found[colorScheme] = problems;
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SCREENSHOTS, `meeting-materials-${width}.png`), fullPage: true });
      await page.close();
    }
    expect(found).toEqual({});
  }, 60_000);

  it("would notice a violation (the check itself works)", async () => {
    const page = await open("/");
    await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", '<img src="/x.png"><a href="/"></a>'));
    const problems = (await violations(page)).join("\n");
    expect(problems).toContain("image-alt");
    expect(problems).toContain("link-name");
    await page.close();
  });

  it("serves the not-found page for a missing address", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}/findes/ikke/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toBe("Siden findes ikke");
    await page.close();
  });

  it("lets a keyboard user skip to the content, and reach every link on the home page by Tab", async () => {
    const page = await open("/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Spring til indholdet");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("indhold");

    await page.goto(site.url + "/");
    const links = new Set(await page.$$eval("a[href]", (anchors) => anchors.map((anchor) => anchor.getAttribute("href")!)));
    const reached = new Set<string>();
    for (let press = 0; press < links.size * 2 + 10 && reached.size < links.size; press++) {
      await page.keyboard.press("Tab");
      const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
      if (href) reached.add(href);
    }
    expect([...links].filter((href) => !reached.has(href))).toEqual([]);
    await page.close();
  }, 60_000);

  it("finds the Syddanmark meeting when searching for brugerstyring, and narrows by region", async () => {
    const page = await open("/soeg/?q=brugerstyring");
    const titles = () => page.locator(".pagefind-ui__result-link").allTextContents();
    expect(await titles()).toContain("Syddanmark: Brugerstyring i praksis");

    await page.goto(site.url + "/soeg/?q=kommune");
    await page.waitForSelector(".pagefind-ui__result");
    const everywhere = await titles();
    await page.locator("summary", { hasText: "Region" }).click();
    await page.getByLabel("Syddanmark").check();
    await page.waitForFunction((before) => document.querySelectorAll(".pagefind-ui__result").length < before, everywhere.length);
    const inSyddanmark = await titles();
    expect(inSyddanmark).toContain("Syddanmark: Brugerstyring i praksis");
    expect(inSyddanmark.length).toBeLessThan(everywhere.length);
    expect(inSyddanmark).not.toContain("Midt-Nord: Brug og implementering af rammearkitekturen");
    await page.close();
  }, 60_000);

  it("says on the search page, without JavaScript, where to find things instead", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/soeg/?q=brugerstyring`);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Søgningen bruger JavaScript");
    expect(await page.locator('main a[href="/regioner/"]').count()).toBe(1);
    await context.close();
  });

  it("writes screenshots of the home and a meeting page, narrow and wide", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, url] of [
      ["home", "/"],
      ["meeting", MEETING],
    ] as const) {
      for (const width of [375, 1280]) {
        const page = await open(url, { width });
        const path = join(SCREENSHOTS, `${name}-${width}.png`);
        const image = await page.screenshot({ path, fullPage: true });
        expect(image.length).toBeGreaterThan(10_000);
        // nothing wider than the screen: no sideways scrolling on a phone
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.close();
      }
    }
  }, 60_000);
});

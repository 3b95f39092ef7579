// /admin/ in Chromium against the local backend as an editor runs it, `npm start` and
// `npm run cms` on a copy of the content folder (a production build has no /admin/ unless
// site.yaml names a published backend): the CMS finds the meetings and news, and what its form
// writes lands in that folder and passes `npm run check` untouched.
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript, temporaryFolder } from "../helpers/build.ts";
import { launchChromium } from "../helpers/browser.ts";
import { startCmsServer, type CmsServer } from "../helpers/cms-server.ts";
import { startDevServer, waitFor, type DevServer } from "../helpers/dev-server.ts";

// the address the generated configuration looks for the local backend at (Decap's default)
const BACKEND = "http://localhost:8081/api/v1";

let content: string;
let backend: CmsServer;
let site: DevServer;
let browser: Browser;
beforeAll(async () => {
  content = join(temporaryFolder("referat-repository-"), "content");
  cpSync("content", content, { recursive: true });
  backend = await startCmsServer(content, { REFERAT_HOST: undefined }, 8081);
  site = await startDevServer(content);
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  site?.stop();
  backend?.stop();
});

/** Opens the CMS at `hash` and logs in, once it has found the local backend (before, "Log ind" means a remote login). */
async function openAdmin(hash = "") {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const found = page.waitForResponse((response) => response.url() === BACKEND && response.ok());
  await page.goto(`${site.url}/admin/${hash}`);
  await found;
  await page.getByRole("button", { name: "Log ind" }).click();
  return page;
}

describe("the CMS at /admin/", () => {
  it("logs in to the local backend and shows the meetings by region and the news", async () => {
    const page = await openAdmin();
    await expect.poll(() => page.locator("body").innerText(), { timeout: 20_000 }).toContain("Møder: Syddanmark");
    await page.getByRole("link", { name: "Møder: Syddanmark" }).first().click();
    await expect
      .poll(() => page.locator("body").innerText(), { timeout: 20_000 })
      .toContain("2017-03-16: Syddanmark: Brugerstyring i praksis");
    await page.getByRole("link", { name: "Nyheder" }).first().click();
    await expect
      .poll(() => page.locator("body").innerText(), { timeout: 20_000 })
      .toContain("Hvad taler kommunerne om i it-arkitekturnetværket?");
    await page.close();
  }, 60_000);

  it("writes a meeting from the form that the build accepts as it is", async () => {
    const page = await openAdmin("#/collections/moeder-syddanmark/new");
    await page.getByLabel("Overskrift").fill("Syddanmark: Et nyt møde");
    await page.locator('input[type="date"]').fill("2017-05-02");
    await page.getByLabel("Stedets navn").fill("Vejle Rådhus");
    await page.getByLabel(/^By /).fill("Vejle");
    await page.getByLabel("Mødets tema").fill("Datadeling");
    await page.getByRole("button", { name: "Publicer" }).first().click();
    await page.getByText("Publicer nu").click();
    const folder = join(content, "meetings/syddanmark");
    await waitFor(async () => readdirSync(folder).some((name) => name.startsWith("2017-05-02-")), 20_000);
    const written = readdirSync(folder).find((name) => name.startsWith("2017-05-02-"))!;
    expect(readFileSync(join(folder, written), "utf8")).toContain('title: "Syddanmark: Et nyt møde"');
    // the content folder it was given, not the repository's own
    expect(readdirSync("content/meetings/syddanmark").some((name) => name.startsWith("2017-05-02-"))).toBe(false);
    const check = runScript("check", ["--content", content]);
    expect(check.stdout).toContain("0 fejl, 0 advarsler");
    expect(check.status).toBe(0);
    await page.close();
  }, 60_000);
});

// /admin/ in Chromium against the local backend as an editor runs it, `npm start` and
// `npm run cms` on a copy of the content folder (a production build has no /admin/ unless
// site.yaml names a published backend): the CMS finds the meetings and news, and what its form
// writes lands in that folder and passes `npm run check` untouched: a new meeting as a folder
// with the files uploaded in its form beside its index.md, a meeting kept as one file in place.
import { CORE_SCHEMA, load } from "js-yaml";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript, temporaryFolder } from "../helpers/build.ts";
import { launchChromium } from "../helpers/browser.ts";
import { startCmsServer, type CmsServer } from "../helpers/cms-server.ts";
import { startDevServer, waitFor, type DevServer } from "../helpers/dev-server.ts";

/** a picture of one pixel */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

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

/** The folder of the new meeting dated `date` in `region`, once the form has written its index.md. */
async function writtenMeeting(region: string, date: string): Promise<string> {
  const folder = join(content, "meetings", region);
  const find = () => readdirSync(folder).find((name) => name.startsWith(`${date}-`));
  await waitFor(async () => existsSync(join(folder, find() ?? "-", "index.md")), 20_000);
  return join(folder, find()!);
}

/** `npm run check` on the content folder the form wrote into: no error, no warning. */
function expectCheckPasses(): void {
  const check = runScript("check", ["--content", content]);
  expect(check.stdout).toContain("0 fejl, 0 advarsler");
  expect(check.status).toBe(0);
}

/** Publishes the entry open in `page` (no editorial workflow: straight into the content folder). */
async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publicer" }).first().click();
  await page.getByText("Publicer nu").click();
}

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
    // the meeting's date; a sign-up's deadline is a date field too
    await page.locator('input[id^="date-field"]').fill("2017-05-02");
    await page.getByLabel("Stedets navn").fill("Vejle Rådhus");
    await page.getByLabel(/^By /).fill("Vejle");
    await page.getByLabel("Mødets tema").fill("Datadeling");
    await publish(page);
    const meeting = await writtenMeeting("syddanmark", "2017-05-02");
    expect(readFileSync(join(meeting, "index.md"), "utf8")).toContain('title: "Syddanmark: Et nyt møde"');
    // the content folder it was given, not the repository's own
    expect(readdirSync("content/meetings/syddanmark").some((name) => name.startsWith("2017-05-02-"))).toBe(false);
    expectCheckPasses();
    await page.close();
  }, 60_000);

  it("writes a new meeting as a folder, with the files uploaded in its form beside index.md", async () => {
    // a tiny PDF and PNG, made here, as an editor's files would be
    const files = temporaryFolder("referat-uploads-");
    writeFileSync(join(files, "slides-kl.pdf"), "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    writeFileSync(join(files, "salen.png"), Buffer.from(PNG, "base64"));
    const page = await openAdmin("#/collections/moeder-syddanmark/new");
    await page.getByLabel("Overskrift").fill("Syddanmark: Det, mødet efterlod");
    await page.locator('input[id^="date-field"]').fill("2017-05-03");
    await page.getByLabel("Stedets navn").fill("Vejle Rådhus");
    await page.getByLabel(/^By /).fill("Vejle");
    await page.getByLabel("Mødets tema").fill("Datadeling");
    await page.getByRole("button", { name: "Tilføj oplægsholdere" }).click();
    await page.getByLabel("Organisation", { exact: true }).fill("KL");
    await page.getByLabel(/^Navn /).fill("Gerner Zinglersen");
    await page.getByLabel(/^Tidspunkt i programmet/).fill("10:15-10:45");
    await page.getByRole("button", { name: /^Tilføj materialer/ }).click();
    await page.getByLabel("Titel", { exact: true }).fill("Præsentation fra KL");
    await page.getByLabel(/^Oplægget, det hører til/).fill("Gerner Zinglersen");
    // each widget opens the media library, whose upload button is a hidden file input
    await page.getByRole("button", { name: "Vælg fil" }).click();
    await page.locator('input[type="file"]').setInputFiles(join(files, "slides-kl.pdf"));
    await page.getByRole("button", { name: "Anvend valgte" }).click();
    await page.getByRole("button", { name: "Vælg et billede" }).click();
    await page.locator('input[type="file"]').setInputFiles(join(files, "salen.png"));
    await page.getByRole("button", { name: "Anvend valgte" }).click();
    await page.getByLabel(/^Hvad billedet viser/).fill("Salen i Vejle Rådhus");
    await publish(page);
    const meeting = await writtenMeeting("syddanmark", "2017-05-03");
    await waitFor(async () => readdirSync(meeting).length === 3, 20_000);
    expect(readdirSync(meeting).sort()).toEqual(["index.md", "salen.png", "slides-kl.pdf"]);
    expect(readFileSync(join(meeting, "salen.png"))).toEqual(Buffer.from(PNG, "base64"));
    // named by their names beside index.md, as the format has a bundle's files
    const data = load(readFileSync(join(meeting, "index.md"), "utf8").split("---\n")[1]!, { schema: CORE_SCHEMA });
    expect(data).toMatchObject({
      speakers: [{ organisation: "KL", name: "Gerner Zinglersen", time: "10:15-10:45" }],
      attachments: [{ title: "Præsentation fra KL", file: "slides-kl.pdf", speaker: "Gerner Zinglersen" }],
      image: { file: "salen.png", alt: "Salen i Vejle Rådhus" },
    });
    // an optional object left empty in the form is left out of the file
    expect(data).not.toHaveProperty("registration");
    expectCheckPasses();
    await page.close();
  }, 90_000);

  it("edits a meeting kept as one file where it is", async () => {
    const page = await openAdmin("#/collections/moeder-syddanmark/entries/2017-03-16-brugerstyring");
    await page.getByLabel(/^Optagelse af mødet/).fill("https://vimeo.com/123456");
    await publish(page);
    const file = join(content, "meetings/syddanmark/2017-03-16-brugerstyring.md");
    await waitFor(async () => readFileSync(file, "utf8").includes("recording: https://vimeo.com/123456"), 20_000);
    expect(existsSync(join(content, "meetings/syddanmark/2017-03-16-brugerstyring"))).toBe(false);
    expectCheckPasses();
    await page.close();
  }, 60_000);
});

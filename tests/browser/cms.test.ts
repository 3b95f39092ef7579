// /admin/ in Chromium against decap-server, the local backend an editor runs with
// `npm run cms`: the CMS finds the repository's meetings and news, and what its form
// writes passes `npm run check` untouched.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto, runScript, temporaryFolder } from "../helpers/build.ts";
import { launchChromium } from "../helpers/browser.ts";
import { waitFor } from "../helpers/dev-server.ts";
import { serve, type ServedSite } from "../helpers/serve.ts";

// the address the generated configuration looks for the local backend at (Decap's default)
const BACKEND = "http://localhost:8081/api/v1";

let repository: string;
let backend: ChildProcess;
let site: ServedSite;
let browser: Browser;
beforeAll(async () => {
  repository = temporaryFolder("referat-repository-");
  cpSync("content", join(repository, "content"), { recursive: true });
  // MODE is decap-server's (files, not git); vitest sets MODE=test for itself
  backend = spawn("node_modules/.bin/decap-server", [], { env: { ...process.env, PORT: "8081", GIT_REPO_DIRECTORY: repository, MODE: "fs" }, stdio: "ignore" });
  await waitFor(async () => (await fetch(BACKEND, { method: "POST", headers: { "content-type": "application/json" }, body: '{"action":"info"}' }).catch(() => undefined))?.ok === true, 20_000);
  site = await serve(buildInto(join(repository, "content")));
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  backend?.kill();
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
    await expect.poll(() => page.locator("body").innerText(), { timeout: 20_000 }).toContain("2017-03-16: Syddanmark: Brugerstyring i praksis");
    await page.getByRole("link", { name: "Nyheder" }).first().click();
    await expect.poll(() => page.locator("body").innerText(), { timeout: 20_000 }).toContain("Hvad taler kommunerne om i it-arkitekturnetværket?");
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
    const folder = join(repository, "content/meetings/syddanmark");
    await waitFor(async () => readdirSync(folder).some((name) => name.startsWith("2017-05-02-")), 20_000);
    const written = readdirSync(folder).find((name) => name.startsWith("2017-05-02-"))!;
    expect(readFileSync(join(folder, written), "utf8")).toContain('title: "Syddanmark: Et nyt møde"');
    const check = runScript("check", ["--content", join(repository, "content")]);
    expect(check.stdout).toContain("0 fejl, 0 advarsler");
    expect(check.status).toBe(0);
    await page.close();
  }, 60_000);
});

// /admin/ in Chromium against decap-server, the local backend an editor runs with
// `npm run cms`: the CMS finds the repository's meetings and news.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto, temporaryFolder } from "../helpers/build.ts";
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

describe("the CMS at /admin/", () => {
  it("logs in to the local backend and shows the meetings by region and the news", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/admin/`);
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect.poll(() => page.locator("body").innerText(), { timeout: 20_000 }).toContain("Møder: Syddanmark");
    await page.getByRole("link", { name: "Møder: Syddanmark" }).first().click();
    await expect.poll(() => page.locator("body").innerText(), { timeout: 20_000 }).toContain("2017-03-16: Syddanmark: Brugerstyring i praksis");
    await page.getByRole("link", { name: "Nyheder" }).first().click();
    await expect.poll(() => page.locator("body").innerText(), { timeout: 20_000 }).toContain("Hvad taler kommunerne om i it-arkitekturnetværket?");
    await page.close();
  }, 60_000);
});

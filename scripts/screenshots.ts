// npm run screenshots: builds the example site and photographs a meeting page and a region
// page in Chromium for the README (docs/screenshots/).
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../src/build.ts";
import { readOptions } from "../src/options.ts";
import { routes } from "../src/routes.ts";
import { launchChromium } from "../tests/helpers/browser.ts";
import { serve } from "../tests/helpers/serve.ts";

// the top of the meeting page; the whole (short) region page
const SHOTS = {
  meeting: [routes.meeting("syddanmark/2017-03-16-brugerstyring"), 1100],
  region: [routes.region("syddanmark"), 640],
} as const;

const output = join(mkdtempSync(join(tmpdir(), "referat-screenshots-")), "site");
await build(readOptions({ content: "content", output, now: "2026-11-27", drafts: false }, {}, false).options);
const site = await serve(output);
const browser = await launchChromium();
mkdirSync("docs/screenshots", { recursive: true });
for (const [name, [url, height]] of Object.entries(SHOTS)) {
  const page = await browser.newPage({ viewport: { width: 1100, height } });
  await page.goto(site.url + url);
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: name === "region" });
  console.log(`docs/screenshots/${name}.png`);
}
await browser.close();
await site.close();

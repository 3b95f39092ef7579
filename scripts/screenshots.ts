// npm run screenshots: builds the demo site (examples/demo/, invented content that shows every
// feature) and photographs a meeting page and a region page in Chromium for the README
// (docs/screenshots/).
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../src/build.ts";
import { readOptions } from "../src/options.ts";
import { routes } from "../src/routes.ts";
import { launchChromium } from "../tests/helpers/browser.ts";
import { serve } from "../tests/helpers/serve.ts";

// the top of a meeting page with a programme and slides; the whole (short) region page
const SHOTS = {
  meeting: [routes.meeting("midt-nord/2026-03-10-faelles-komponenter-i-praksis"), 1400],
  region: [routes.region("hovedstaden"), 640],
} as const;

const output = join(mkdtempSync(join(tmpdir(), "referat-screenshots-")), "site");
await build(readOptions({ content: "examples/demo", output, now: "2026-11-27", drafts: false }, {}, false).options);
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

// The dev server as an editor uses it: drafts marked, broken content explained on the page
// instead of a stale page, the page back as soon as the file is fixed or deleted, and a
// deleted report gone.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "../src/routes.ts";
import { NOW, runScript, temporaryFolder } from "./helpers/build.ts";
import { startDevServer, waitFor, type DevServer } from "./helpers/dev-server.ts";

const FILE = "meetings/syddanmark/2017-03-16-brugerstyring.md";
const URL_PATH = "/moeder/syddanmark/2017-03-16-brugerstyring/";

let content: string;
let server: DevServer;
beforeAll(async () => {
  content = join(temporaryFolder("referat-content-"), "content");
  cpSync("content", content, { recursive: true });
  writeFileSync(
    join(content, "meetings/midt-nord/2017-06-01-kladde.md"),
    '---\ntitle: "Et udkast"\ndate: 2017-06-01\nregion: midt-nord\nvenue:\n  name: "Hobro"\n  city: "Hobro"\ntheme: "Rammearkitektur"\ndraft: true\n---\n\nUfærdigt.\n',
  );
  server = await startDevServer(content);
}, 60_000);
afterAll(() => server?.stop());

// as a browser asks for a page, so that the dev server adds its live-reload client (fetch
// may not send Sec-Fetch-Mode itself)
const get = (path: string) =>
  new Promise<{ status: number; html: string }>((resolve, reject) => {
    const request = httpGet(server.url + path, { headers: { "sec-fetch-mode": "navigate", accept: "text/html" } }, (response) => {
      let html = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (html += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, html }));
    });
    request.on("error", reject);
  });

describe("the dev server", () => {
  it("shows drafts, marked as drafts", async () => {
    const draft = await get("/moeder/midt-nord/2017-06-01-kladde/");
    expect(draft.status).toBe(200);
    expect(draft.html).toContain('<strong class="badge badge-draft">Kladde</strong>');
  });

  it("shows what is wrong, where, and how to fix it, until the file is fixed", async () => {
    const path = join(content, FILE);
    const good = readFileSync(path, "utf8");
    writeFileSync(path, good.replace("region: syddanmark", "region: sydanmark"));
    await waitFor(async () => (await get(URL_PATH)).status === 500);
    const broken = await get(URL_PATH);
    expect(broken.html).toContain("Indholdet har 1 fejl");
    expect(broken.html).toContain(`${FILE}:4:9  fejl  region:`);
    expect(broken.html).toContain("Mente du &quot;syddanmark&quot;?");
    // the dev server's live reload, which brings the page back once it builds again
    expect(broken.html).toContain("class EleventyReload");

    writeFileSync(path, good);
    await waitFor(async () => (await get(URL_PATH)).status === 200);
    expect((await get(URL_PATH)).html).toContain("<h1>Syddanmark: Brugerstyring i praksis</h1>");
  }, 60_000);

  it("comes back once a broken file is deleted, not only once it is fixed", async () => {
    const path = join(content, "meetings/syddanmark/2017-05-01-i-stykker.md");
    writeFileSync(path, "---\ntitle: Uden afslutning\n");
    await waitFor(async () => (await get(URL_PATH)).status === 500);

    rmSync(path);
    await waitFor(async () => (await get(URL_PATH)).status === 200);
    expect((await get(URL_PATH)).html).toContain("<h1>Syddanmark: Brugerstyring i praksis</h1>");
  }, 60_000);

  it("stops serving a deleted meeting, its calendar, and its place in its region's list", async () => {
    const file = join(content, "meetings/midt-nord/2017-06-15-kortvarigt.md");
    const meeting = "/moeder/midt-nord/2017-06-15-kortvarigt/";
    const listed = async () => {
      const region = await get("/regioner/midt-nord/");
      return region.status === 200 && region.html.includes(`href="${meeting}"`);
    };
    writeFileSync(
      file,
      '---\ntitle: "Et kortvarigt møde"\ndate: 2017-06-15\nregion: midt-nord\nvenue:\n  name: "Hobro"\n  city: "Hobro"\ntheme: "Rammearkitektur"\n---\n\nSnart væk.\n',
    );
    // calendars are written once the pages are
    await waitFor(async () => (await listed()) && (await get(`${meeting}kalender.ics`)).status === 200);
    expect((await get(meeting)).status).toBe(200);

    rmSync(file);
    // the pages are written first, then what is gone is removed
    await waitFor(async () => (await get(meeting)).status === 404);
    expect((await get(`${meeting}kalender.ics`)).status).toBe(404);
    expect((await get("/regioner/midt-nord/")).status).toBe(200);
    expect(await listed()).toBe(false);
    // what the build writes besides the pages stays
    expect((await get(routes.stylesheet)).status).toBe(200);
    expect((await get("/kalender.ics")).status).toBe(200);
    expect((await get("/moeder/midt-nord/2017-03-07-brug-og-implementering-af-rammearkitekturen/")).status).toBe(200);
  }, 60_000);

  it("leaves a folder that a production build, run once it has stopped, takes as referat's", async () => {
    const copy = join(temporaryFolder("referat-content-"), "content");
    cpSync("content", copy, { recursive: true });
    const dev = await startDevServer(copy);
    // the search index is made once no rebuild has run for a moment
    await waitFor(async () => existsSync(join(dev.output, "pagefind/pagefind.js")), 30_000);
    dev.stop();
    const build = runScript("build", ["--content", copy, "--output", dev.output, "--now", NOW]);
    expect(build.stderr).not.toContain("ikke har lavet");
    expect(build.status).toBe(0);
  }, 90_000);
});

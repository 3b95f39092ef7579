// Who can reach the dev server (`npm start`) and the CMS backend (`npm run cms`). Neither has a
// login, so by default only this machine can (README "Options"); REFERAT_HOST opens them to
// the network. The CMS backend reads and writes the content folder and nothing else.
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "./helpers/build.ts";
import { callApi, startCmsServer, type CmsServer } from "./helpers/cms-server.ts";
import { startDevServer } from "./helpers/dev-server.ts";
import { connection, listeningAddresses, networkAddresses } from "./helpers/listening.ts";

// what a default start must not inherit from the shell running the tests
const DEFAULT = { REFERAT_HOST: undefined };

/** Only this machine reaches `port`: it listens on 127.0.0.1 alone, and the machine's network addresses refuse. */
async function expectLocalOnly(port: number): Promise<void> {
  expect(listeningAddresses(port)).toEqual(["127.0.0.1"]);
  expect(await connection("127.0.0.1", port)).toBe("connected");
  // a machine with no address but loopback would prove nothing here
  expect(networkAddresses().length).toBeGreaterThan(0);
  for (const address of networkAddresses()) expect(await connection(address, port), address).toBe("ECONNREFUSED");
}

/** Every interface reaches `port`, the machine's IPv4 network addresses too. */
async function expectOpen(port: number): Promise<void> {
  expect(listeningAddresses(port)).toEqual(["0.0.0.0"]);
  expect(networkAddresses("IPv4").length).toBeGreaterThan(0);
  for (const address of networkAddresses("IPv4")) expect(await connection(address, port), address).toBe("connected");
}

let folder: string;
let content: string;
beforeAll(() => {
  folder = temporaryFolder("referat-servers-");
  content = join(folder, "content");
  cpSync("content", content, { recursive: true });
});

describe("the dev server", () => {
  it("listens on 127.0.0.1 only by default", async () => {
    const server = await startDevServer(content, DEFAULT);
    try {
      await expectLocalOnly(server.port);
    } finally {
      server.stop();
    }
  }, 60_000);

  it("listens where REFERAT_HOST says", async () => {
    const server = await startDevServer(content, { REFERAT_HOST: "0.0.0.0" });
    try {
      await expectOpen(server.port);
    } finally {
      server.stop();
    }
  }, 60_000);
});

describe("the CMS backend", () => {
  const SECRET = "not for the CMS";
  const INSIDE = "a file in the content folder";
  let cms: CmsServer;
  beforeAll(async () => {
    writeFileSync(join(folder, "secret.txt"), SECRET);
    mkdirSync(join(content, "media"), { recursive: true });
    writeFileSync(join(content, "media/note.txt"), INSIDE);
    // a link inside the content folder to outside it
    symlinkSync(folder, join(content, "outside"));
    cms = await startCmsServer(content, DEFAULT);
  }, 30_000);
  afterAll(() => cms?.stop());

  async function call(action: string, params: Record<string, unknown>): Promise<{ status: number; text: string }> {
    const response = await callApi(cms.api, { action, params: { branch: "main", ...params } });
    return { status: response.status, text: await response.text() };
  }
  // as decap-server answers: the text, or base64 for media
  const shows = (answer: { text: string }, text: string) =>
    answer.text.includes(text) || answer.text.includes(Buffer.from(text).toString("base64"));

  // each way the API reads; each is shown to read inside the content folder, so that a
  // refusal outside it is the path's doing, not a malformed request's
  const FILE_READS: Record<string, (path: string) => Record<string, unknown>> = {
    getEntry: (path) => ({ path }),
    entriesByFiles: (path) => ({ files: [{ path }] }),
    getMediaFile: (path) => ({ path }),
  };
  const FOLDER_READS: Record<string, (folder: string) => Record<string, unknown>> = {
    entriesByFolder: (folder) => ({ folder, extension: "txt", depth: 1 }),
    getMedia: (folder) => ({ mediaFolder: folder }),
  };

  it("listens on 127.0.0.1 only by default, and says so in Danish", async () => {
    await expectLocalOnly(cms.port);
    expect(cms.output()).toContain(`CMS-serveren læser og skriver kun filer i ${content}.`);
    expect(cms.output()).toContain(`lytter kun på denne maskine (127.0.0.1:${cms.port})`);
  });

  it("reads the content folder, at the folders the CMS configuration names", async () => {
    const entries = JSON.parse((await call("entriesByFolder", { folder: "meetings/syddanmark", extension: "md", depth: 1 })).text) as {
      file: { path: string };
    }[];
    expect(entries.map((entry) => entry.file.path)).toContain("meetings/syddanmark/2017-03-16-brugerstyring.md");
  });

  it("reads nothing outside the content folder", async () => {
    for (const [action, params] of Object.entries(FILE_READS)) {
      expect(shows(await call(action, params("media/note.txt")), INSIDE), action).toBe(true);
      for (const path of ["../secret.txt", "outside/secret.txt", join(folder, "secret.txt")])
        expect(shows(await call(action, params(path)), SECRET), `${action} ${path}`).toBe(false);
      // where its root used to be: the repository the tests run in
      expect((await call(action, params("package.json"))).text, action).not.toContain('"name": "referat"');
    }
    for (const [action, params] of Object.entries(FOLDER_READS)) {
      expect(shows(await call(action, params("media")), "note.txt"), action).toBe(true);
      for (const path of ["..", "outside", folder])
        expect(shows(await call(action, params(path)), "secret.txt"), `${action} ${path}`).toBe(false);
    }
  });

  it("writes into the content folder, and nowhere else", async () => {
    const options = { commitMessage: "test", useWorkflow: false, status: "draft" };
    const entry = (path: string) => ({ entry: { slug: "nyt", path, raw: "written by the test\n" }, assets: [], options });
    const media = (path: string) => ({ asset: { path, content: Buffer.from("x").toString("base64"), encoding: "base64" }, options });
    expect((await call("persistEntry", entry("meetings/syddanmark/2017-05-02-nyt.md"))).status).toBe(200);
    expect(readFileSync(join(content, "meetings/syddanmark/2017-05-02-nyt.md"), "utf8")).toBe("written by the test\n");
    expect(existsSync("content/meetings/syddanmark/2017-05-02-nyt.md")).toBe(false);
    expect((await call("persistMedia", media("media/new.txt"))).status).toBe(200);
    expect(existsSync(join(content, "media/new.txt"))).toBe(true);

    for (const path of ["../written.txt", "outside/written.txt", join(folder, "written.txt")]) {
      expect((await call("persistEntry", entry(path))).status, path).not.toBe(200);
      expect((await call("persistMedia", media(path))).status, path).not.toBe(200);
    }
    for (const path of ["../secret.txt", "outside/secret.txt", join(folder, "secret.txt")]) {
      await call("deleteFile", { path, options });
      await call("deleteFiles", { paths: [path], options });
    }
    expect(existsSync(join(folder, "written.txt"))).toBe(false);
    expect(readFileSync(join(folder, "secret.txt"), "utf8")).toBe(SECRET);
    // and a delete works inside, so the one outside was refused for its path
    await call("deleteFile", { path: "media/new.txt", options });
    expect(existsSync(join(content, "media/new.txt"))).toBe(false);
  });

  it("listens where REFERAT_HOST says, and warns", async () => {
    const open = await startCmsServer(content, { REFERAT_HOST: "0.0.0.0" });
    try {
      await expectOpen(open.port);
      expect(open.output()).toContain(`Advarsel: CMS-serveren lytter på 0.0.0.0:${open.port}`);
    } finally {
      open.stop();
    }
  }, 30_000);
});

import { describe, expect, it } from "vitest";
import { optionsFromEnvironment, readOptions } from "../src/options.ts";

describe("optionsFromEnvironment", () => {
  it("shows drafts in the dev server and never in a build, unless told otherwise", () => {
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "serve" }).options.drafts).toBe(true);
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "build" }).options.drafts).toBe(false);
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "build", REFERAT_DRAFTS: "true" }).options.drafts).toBe(true);
  });

  it("reads the content folder and now, with defaults", () => {
    expect(optionsFromEnvironment({}).options).toMatchObject({ contentDir: "content", now: undefined });
    expect(optionsFromEnvironment({ REFERAT_CONTENT: "/x", REFERAT_NOW: "2026-11-27" }).options).toMatchObject({
      contentDir: "/x",
      now: "2026-11-27",
    });
  });

  it("remembers work between rebuilds only where rebuilds follow", () => {
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "serve" }).options.watching).toBe(true);
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "watch" }).options.watching).toBe(true);
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "build" }).options.watching).toBe(false);
  });
});

describe("readOptions", () => {
  it("takes a flag over its REFERAT_* variable over the default", () => {
    const env = { REFERAT_CONTENT: "tests", REFERAT_OUTPUT: "/tmp/ud", REFERAT_NOW: "2017-01-01", REFERAT_HOST: "0.0.0.0" };
    expect(readOptions({}, {}, false)).toEqual({
      options: { contentDir: "content", outputDir: "_site", now: undefined, drafts: false, watching: false, host: "127.0.0.1", port: 8080 },
      problems: [],
    });
    expect(readOptions({}, env, false).options).toMatchObject({
      contentDir: "tests",
      outputDir: "/tmp/ud",
      now: "2017-01-01",
      host: "0.0.0.0",
    });
    expect(readOptions({ content: "content", output: "_x", now: "2026-11-27", port: "9000" }, env, false).options).toMatchObject({
      contentDir: "content",
      outputDir: "_x",
      now: "2026-11-27",
      port: 9000,
    });
  });

  it("publishes drafts in a build only when told to by the command line, whatever the environment says", () => {
    expect(readOptions({ drafts: false }, { REFERAT_DRAFTS: "true" }, false).options.drafts).toBe(false);
    expect(readOptions({ drafts: true }, {}, false).options.drafts).toBe(true);
    expect(readOptions({}, {}, true).options.drafts).toBe(true);
  });

  it("says everything that is wrong at once, naming each option as it was given", () => {
    const { problems } = readOptions({ now: "i morgen", port: "http" }, { REFERAT_CONTENT: "/nonexistent", REFERAT_DRAFTS: "ja" }, false);
    expect(problems).toEqual([
      '--now "i morgen" er ikke en dato. Skriv f.eks. 2026-11-27 eller 2026-11-27T10:00.',
      "Indholdsmappen findes ikke: /nonexistent (REFERAT_CONTENT). Angiv mappen, der indeholder meetings/, news/ og _data/.",
      'REFERAT_DRAFTS="ja": skriv true eller false.',
      '--port "http" er ikke et portnummer. Skriv f.eks. --port 8080.',
    ]);
    expect(readOptions({}, { REFERAT_NOW: "27-11-2026" }, false).problems).toEqual([
      'REFERAT_NOW "27-11-2026" er ikke en dato. Skriv f.eks. 2026-11-27 eller 2026-11-27T10:00.',
    ]);
  });

  it("takes the site's address from --url or REFERAT_URL, and refuses one that is not a plain https address", () => {
    expect(readOptions({ url: "https://example.github.io/referat/" }, {}, false).options.url).toBe("https://example.github.io/referat/");
    expect(readOptions({}, { REFERAT_URL: "https://www.example.dk/netvaerk/" }, false).options.url).toBe(
      "https://www.example.dk/netvaerk/",
    );
    expect(readOptions({ url: "example.github.io/referat" }, {}, false).problems).toEqual([
      expect.stringMatching(/^--url "example.github.io\/referat" er ikke sidens adresse\. Skriv den fulde https-adresse/),
    ]);
    expect(readOptions({}, { REFERAT_URL: "https://x.dk/?a=1" }, false).problems[0]).toMatch(/^REFERAT_URL /);
    // every URL of the site starts with the path: "//" would make them links to another host
    for (const url of ["https://x.dk//referat/", "https://x.dk/a:b/", "https://x.dk/a*b/"])
      expect(readOptions({ url }, {}, false).problems, url).toHaveLength(1);
    expect(readOptions({ url: "https://x.dk/netværk/møder" }, {}, false).problems).toEqual([]);
  });
});

// The files published as they are: media files, copied once into a fresh output, and in the
// dev server's folder again only when they changed.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishFiles } from "../../src/publish/files.ts";
import { publishAt, routes } from "../../src/routes.ts";
import { temporaryFolder } from "../helpers/build.ts";

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe("publishFiles", () => {
  it("copies each media file to its path in the output, and on a rebuild only what changed", () => {
    const content = temporaryFolder("referat-media-");
    mkdirSync(join(content, "media/2017"), { recursive: true });
    writeFileSync(join(content, "media/2017/slides.pdf"), "%PDF slides");
    writeFileSync(join(content, "media/kort.png"), "png");
    const output = temporaryFolder("referat-out-");
    const site = { media: ["media/2017/slides.pdf", "media/kort.png"], editing: undefined, meetings: [] };

    expect(publishFiles(site, content, output)).toEqual([join(output, "media/2017/slides.pdf"), join(output, "media/kort.png")]);
    expect(readFileSync(join(output, "media/2017/slides.pdf"), "utf8")).toBe("%PDF slides");
    const written = (file: string) => statSync(join(output, file)).ctimeMs;
    const [slides, map] = [written("media/2017/slides.pdf"), written("media/kort.png")];

    pause(30);
    writeFileSync(join(content, "media/kort.png"), "a new map");
    publishFiles(site, content, output);
    expect(written("media/2017/slides.pdf")).toBe(slides);
    expect(written("media/kort.png")).not.toBe(map);
    expect(readFileSync(join(output, "media/kort.png"), "utf8")).toBe("a new map");
  });

  it("copies a bundle's files beside its meeting's page, subfolders and all, under the base path, and again only what changed", () => {
    const content = temporaryFolder("referat-bundle-");
    const folder = "meetings/syddanmark/2017-03-16-svendborg";
    mkdirSync(join(content, folder, "bilag"), { recursive: true });
    writeFileSync(join(content, folder, "slides kl.pdf"), "%PDF kl");
    writeFileSync(join(content, folder, "bilag/program.docx"), "docx");
    const output = temporaryFolder("referat-out-");
    publishAt("https://x.dk/referat");
    try {
      const url = routes.meeting("syddanmark/2017-03-16-svendborg");
      const site = {
        media: [],
        editing: undefined,
        meetings: [
          { url, bundle: { folder, files: ["slides kl.pdf", "bilag/program.docx"] } },
          { url: routes.meeting("syddanmark/flad"), bundle: undefined },
        ],
      };
      const page = join(output, "moeder/syddanmark/2017-03-16-svendborg");
      expect(publishFiles(site, content, output)).toEqual([join(page, "slides kl.pdf"), join(page, "bilag/program.docx")]);
      expect(readFileSync(join(page, "slides kl.pdf"), "utf8")).toBe("%PDF kl");
      expect(readFileSync(join(page, "bilag/program.docx"), "utf8")).toBe("docx");
      const written = (file: string) => statSync(join(page, file)).ctimeMs;
      const [slides, programme] = [written("slides kl.pdf"), written("bilag/program.docx")];

      pause(30);
      writeFileSync(join(content, folder, "bilag/program.docx"), "a new programme");
      // a meeting named twice (as a dev server's list might) still copies each file once
      expect(publishFiles({ ...site, meetings: [...site.meetings, site.meetings[0]!] }, content, output)).toHaveLength(2);
      expect(written("slides kl.pdf")).toBe(slides);
      expect(written("bilag/program.docx")).not.toBe(programme);
      expect(readFileSync(join(page, "bilag/program.docx"), "utf8")).toBe("a new programme");
    } finally {
      publishAt("https://x.dk");
    }
  });

  it("adds the published CMS form only where the site publishes one", () => {
    const output = temporaryFolder("referat-out-");
    const files = publishFiles({ media: [], editing: "published", meetings: [] }, temporaryFolder(), output);
    expect(files.map((file) => file.slice(output.length))).toEqual(["/admin/sveltia-cms.js", "/admin/chunks/react-dom.js"]);
    expect(publishFiles({ media: [], editing: "local", meetings: [] }, temporaryFolder(), temporaryFolder())).toEqual([]);
  });
});

// The files published as they are: media files, copied once into a fresh output, and in the
// dev server's folder again only when they changed.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishFiles } from "../../src/publish/files.ts";
import { temporaryFolder } from "../helpers/build.ts";

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe("publishFiles", () => {
  it("copies each media file to its path in the output, and on a rebuild only what changed", () => {
    const content = temporaryFolder("referat-media-");
    mkdirSync(join(content, "media/2017"), { recursive: true });
    writeFileSync(join(content, "media/2017/slides.pdf"), "%PDF slides");
    writeFileSync(join(content, "media/kort.png"), "png");
    const output = temporaryFolder("referat-out-");
    const site = { media: ["media/2017/slides.pdf", "media/kort.png"], editing: undefined };

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

  it("adds the published CMS form only where the site publishes one", () => {
    const output = temporaryFolder("referat-out-");
    const files = publishFiles({ media: [], editing: "published" }, temporaryFolder(), output);
    expect(files.map((file) => file.slice(output.length))).toEqual(["/admin/sveltia-cms.js", "/admin/chunks/react-dom.js"]);
    expect(publishFiles({ media: [], editing: "local" }, temporaryFolder(), temporaryFolder())).toEqual([]);
  });
});

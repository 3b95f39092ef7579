import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { mediaReference, nearestMedia } from "../../src/content/media.ts";
import { contentTree, meetingFile } from "../helpers/content-tree.ts";

describe("references to media files", () => {
  it("read /media/<name> as the file, the forms that meant it as relative, anything else as none", () => {
    expect(mediaReference("/media/2017/a.pdf")).toEqual({ file: "media/2017/a.pdf", relative: false });
    for (const path of ["media/a.pdf", "./media/a.pdf", "../media/a.pdf", "../../media/a.pdf"])
      expect(mediaReference(path), path).toEqual({ file: "media/a.pdf", relative: true });
    for (const path of ["/medier/a.pdf", "/billeder/media/a.pdf", "//media/a.pdf", "/media", "https://x.dk/media/a.pdf"])
      expect(mediaReference(path), path).toBeUndefined();
  });

  it("suggest at most three names: the same name elsewhere first, then the nearest spelling", () => {
    const files = new Set(["media/a/slides.pdf", "media/b/slides.pdf", "media/c/SLIDES.pdf", "media/d/slides.pdf", "media/slides.pdx"]);
    expect(nearestMedia("media/slides.pdf", files)).toHaveLength(3);
    expect(nearestMedia("media/slides.pdf", new Set(["media/slides.pdx", "media/andet.png"]))).toEqual(["media/slides.pdx"]);
    expect(nearestMedia("media/x.pdf", new Set(["media/referat-2017.docx"]))).toEqual([]);
  });
});

describe("the media files a site publishes", () => {
  it("are those really in media/, with names every output can carry; the others are errors, the hidden ones left alone", () => {
    const root = contentTree({
      "_data/site.yaml": 'title: "Net"\nurl: "https://net.example.dk"\naccessibility:\n  email: "a@net.example.dk"\n',
      "media/slides.pdf": "%PDF",
      "media/.git/config": "[core]",
      "media/ny\nlinje.pdf": "%PDF",
      "media/2017/\u202eselif.pdf": "%PDF",
      "meetings/midt-nord/2017-03-07-et-moede.md": meetingFile(),
    });
    symlinkSync("../meetings", join(root, "media/referater"));
    const { content, problems } = loadContent(root, { drafts: false });
    expect(content.media).toEqual(["media/slides.pdf"]);
    expect(problems.map((problem) => [problem.file, problem.severity])).toEqual(
      expect.arrayContaining([
        ["media/ny\nlinje.pdf", "error"],
        ["media/2017/\u202eselif.pdf", "error"],
        ["media/referater/midt-nord/2017-03-07-et-moede.md", "error"],
      ]),
    );
    expect(problems).toHaveLength(3);
    expect(problems.find((problem) => problem.file.startsWith("media/referater"))!.message).toContain("uden for media/");
  });
});

import { describe, expect, it } from "vitest";
import { mediaReference, nearestMedia } from "../../src/content/media.ts";

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

// The corpus's pictures: real JPEGs, the same bytes for the same seed, in every N-th meeting,
// which becomes a folder with the picture beside its report, and nothing else changes.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { generateCorpus, type CorpusFile, type CorpusPicture } from "../../src/corpus/generate.ts";
import { pictureJpeg } from "../../src/corpus/picture.ts";
import { PICTURE_SIZE } from "../../src/corpus/world.ts";

describe("pictureJpeg", () => {
  it("makes a 1600 x 900 JPEG, the same bytes for the same seed and others for another", async () => {
    const picture = await pictureJpeg({ seed: 1, ...PICTURE_SIZE });
    const metadata = await sharp(picture).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["jpeg", 1600, 900]);
    // the size of a photograph, not of a flat colour
    expect(picture.length).toBeGreaterThan(80_000);
    expect((await pictureJpeg({ seed: 1, ...PICTURE_SIZE })).equals(picture)).toBe(true);
    expect((await pictureJpeg({ seed: 2, ...PICTURE_SIZE })).equals(picture)).toBe(false);
  });
});

describe("generateCorpus with pictures", () => {
  const plain = [...generateCorpus({ meetings: 100, seed: 3 })];
  const pictured = [...generateCorpus({ meetings: 100, seed: 3, pictures: 10 })];
  const pictures = pictured.filter((file): file is CorpusPicture => "picture" in file);
  const texts = pictured.filter((file): file is CorpusFile => "text" in file);

  it("puts a picture in every tenth meeting, beside its report in a folder of its own", () => {
    expect(pictures).toHaveLength(10);
    expect(new Set(pictures.map((file) => file.picture.seed)).size).toBe(10);
    for (const { path } of pictures) {
      expect(path).toMatch(/^meetings\/[a-z-]+\/\d{4}-\d\d-\d\d-[a-z0-9-]+\/billede\.jpg$/);
      const report = texts.find((file) => file.path === path.replace("billede.jpg", "index.md"));
      expect(report?.text).toMatch(/\nimage:\n {2}file: "billede\.jpg"\n {2}alt: "(Deltagerne|Skærmbillede fra mødet) på [^"]+"\n/);
    }
  });

  it("changes no other file: the same reports, as files, and the same news", () => {
    const asFile = (file: CorpusFile) => ({
      path: file.path.replace(/\/index\.md$/, ".md"),
      text: file.text.replace(/\nimage:\n.*\n.*\n/, "\n"),
    });
    expect(texts.map(asFile)).toEqual(plain);
  });
});

import { describe, expect, it } from "vitest";
import { fileKind } from "../../src/format/file-kind.ts";
import { fileSize } from "../../src/format/file-size.ts";

const NBSP = "\u00a0";

describe("a file's size and kind in Danish", () => {
  it("writes kB under a megabyte and MB with a decimal comma from there", () => {
    expect(fileSize(340_000)).toBe(`340${NBSP}kB`);
    expect(fileSize(2_345_678)).toBe(`2,3${NBSP}MB`);
    expect(fileSize(25_000_000)).toBe(`25,0${NBSP}MB`);
    expect(fileSize(1_234_567_890)).toBe(`1,2${NBSP}GB`);
  });

  it("rounds across the units' edges, and calls the smallest file 1 kB", () => {
    expect(fileSize(0)).toBe(`1${NBSP}kB`);
    expect(fileSize(120)).toBe(`1${NBSP}kB`);
    expect(fileSize(999_400)).toBe(`999${NBSP}kB`);
    expect(fileSize(999_600)).toBe(`1,0${NBSP}MB`);
    expect(fileSize(999_960_000)).toBe(`1,0${NBSP}GB`);
  });

  it("names a file's kind by its extension, in any case, and an unknown one as a file", () => {
    expect(fileKind("pdf")).toBe("PDF");
    expect(fileKind("PPTX")).toBe("PowerPoint");
    expect(fileKind("docx")).toBe("Word");
    expect(fileKind("xls")).toBe("Excel");
    expect(fileKind("odt")).toBe("OpenDocument-tekst");
    expect(fileKind("jpeg")).toBe("billede");
    expect(fileKind("exe")).toBe("fil");
    expect(fileKind("constructor")).toBe("fil");
  });
});

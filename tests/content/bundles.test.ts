import { describe, expect, it } from "vitest";
import { bundleOf, entryPath, sortEntries } from "../../src/content/bundles.ts";

describe("a report as a file or as a folder", () => {
  it("names both forms alike, and knows a bundle's folder", () => {
    expect(entryPath("meetings/syddanmark/2017-03-16-a.md")).toBe("meetings/syddanmark/2017-03-16-a");
    expect(entryPath("meetings/syddanmark/2017-03-16-a/index.md")).toBe("meetings/syddanmark/2017-03-16-a");
    expect(bundleOf("meetings/syddanmark/2017-03-16-a/index.md")).toBe("meetings/syddanmark/2017-03-16-a");
    expect(bundleOf("meetings/syddanmark/2017-03-16-a.md")).toBeUndefined();
    expect(bundleOf("meetings/syddanmark/index.md")).toBeUndefined();
  });

  it("sorts pages, each bundle's own files, files that belong nowhere, and a name given twice", () => {
    const sorted = sortEntries([
      "meetings/sjaelland/2017-03-15-b.md",
      "meetings/sjaelland/2017-03-15-b/index.md",
      "meetings/sjaelland/2017-03-15-b/x.pdf",
      "meetings/syddanmark/2017-03-16-a/billeder/sal.jpg",
      "meetings/syddanmark/2017-03-16-a/index.md",
      "meetings/syddanmark/2017-03-16-a/slides.pdf",
      "meetings/syddanmark/noter.txt",
      "meetings/syddanmark/2017-04-01-c/slides.pdf",
    ]);
    expect(sorted.pages).toEqual(["meetings/sjaelland/2017-03-15-b.md", "meetings/syddanmark/2017-03-16-a/index.md"]);
    expect(sorted.bundles).toEqual(new Map([["meetings/syddanmark/2017-03-16-a", new Set(["billeder/sal.jpg", "slides.pdf"])]]));
    expect(sorted.strays).toEqual(["meetings/syddanmark/noter.txt", "meetings/syddanmark/2017-04-01-c/slides.pdf"]);
    expect(sorted.twice).toEqual(["meetings/sjaelland/2017-03-15-b/index.md"]);
  });
});

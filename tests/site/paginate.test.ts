import { describe, expect, it } from "vitest";
import { paginate } from "../../src/site/paginate.ts";

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe("paginate", () => {
  it("keeps a list of 20 on one page and splits 21 onto two, with stable URLs", () => {
    expect(paginate(numbers(20), "/regioner/x/")).toHaveLength(1);
    const pages = paginate(numbers(21), "/regioner/x/");
    expect(pages.map((page) => [page.url, page.items.length])).toEqual([
      ["/regioner/x/", 20],
      ["/regioner/x/side/2/", 1],
    ]);
    expect(pages[1]!.items).toEqual([21]);
  });

  it("links each page to its neighbours", () => {
    const [first, second, third] = paginate(numbers(41), "/a/");
    expect([first!.previousUrl, first!.nextUrl]).toEqual([undefined, "/a/side/2/"]);
    expect([second!.previousUrl, second!.nextUrl]).toEqual(["/a/", "/a/side/3/"]);
    expect([third!.previousUrl, third!.nextUrl, third!.pageCount]).toEqual(["/a/side/2/", undefined, 3]);
  });

  it("gives an empty list its first page", () => {
    expect(paginate([], "/a/")).toMatchObject([{ url: "/a/", items: [], pageCount: 1 }]);
  });

  it("shows the first, the last and two pages either side, with gaps between", () => {
    const pages = paginate(numbers(200), "/a/");
    const shown = (index: number) => pages[index]!.nearby.map((link) => link?.number ?? "…");
    expect(shown(0)).toEqual([1, 2, 3, "…", 10]);
    expect(shown(4)).toEqual([1, 2, 3, 4, 5, 6, 7, "…", 10]);
    expect(shown(9)).toEqual([1, "…", 8, 9, 10]);
  });
});

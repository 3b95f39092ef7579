import { describe, expect, it } from "vitest";
import { alphabetPages, indexOrder, initialOf } from "../../src/site/alphabet.ts";

describe("initialOf", () => {
  it("files names under A–Z, then Æ, Ø, Å, accents under their letter, the rest under #", () => {
    expect(["anne", "Ærø", "øst", "Åse", "Émile", "3F", " bo"].map(initialOf)).toEqual(["A", "Æ", "Ø", "Å", "E", "#", "B"]);
  });

  it("files Aa under Å, where Danish order puts it", () => {
    expect(["Aabenraa Kommune", "Aarhus", "Abildgaard"].map(initialOf)).toEqual(["Å", "Å", "A"]);
  });
});

describe("indexOrder", () => {
  it("keeps every initial's names together, the ones filed under # first, then Danish order", () => {
    const names = ["Москва", "Bo", "3F", "Århus", "Ærø", "Σύνοδος", "Aarhus", "anne", "{x}"];
    expect([...names].sort(indexOrder((name: string) => name)).map(initialOf)).toEqual(["#", "#", "#", "#", "A", "B", "Æ", "Å", "Å"]);
    expect([...names].sort(indexOrder((name: string) => name)).slice(4)).toEqual(["anne", "Bo", "Ærø", "Århus", "Aarhus"]);
  });
});

describe("alphabetPages", () => {
  it("gives each heading on a page an id of its own, when two headings slug alike", () => {
    const [page] = alphabetPages(["Hobro", "hobro", "HOBRO"], (city) => city, "/steder/");
    expect(page!.groups.map((group) => group.id)).toEqual(["under-hobro", "under-hobro-2", "under-hobro-3"]);
  });

  it("lists each initial once in the row of letters", () => {
    const names = Array.from({ length: 45 }, (_, index) => `A${String(index).padStart(2, "0")}`).concat(["Bo"]);
    const pages = alphabetPages(names, initialOf, "/x/");
    expect(pages[0]!.letters).toEqual([
      { letter: "A", url: "/x/#under-a" },
      { letter: "B", url: "/x/side/3/#under-b" },
    ]);
  });
});

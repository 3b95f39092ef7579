import { describe, expect, it } from "vitest";
import { initialOf } from "../../src/site/alphabet.ts";

describe("initialOf", () => {
  it("files names under A–Z, then Æ, Ø, Å, accents under their letter, the rest under #", () => {
    expect(["anne", "Ærø", "øst", "Åse", "Émile", "3F", " bo"].map(initialOf)).toEqual(["A", "Æ", "Ø", "Å", "E", "#", "B"]);
  });

  it("files Aa under Å, where Danish order puts it", () => {
    expect(["Aabenraa Kommune", "Aarhus", "Abildgaard"].map(initialOf)).toEqual(["Å", "Å", "A"]);
  });
});

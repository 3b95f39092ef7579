import { describe, expect, it } from "vitest";
import { editDistance, nearest } from "../../src/content/nearest.ts";

describe("nearest", () => {
  const regions = ["midt-nord", "hovedstaden", "sjaelland", "syddanmark"];

  it("finds the value a misspelling most likely meant", () => {
    expect(nearest("midt-nrd", regions)).toBe("midt-nord");
    expect(nearest("sjælland", regions)).toBe("sjaelland");
    expect(nearest("Hovedstaden", regions)).toBe("hovedstaden");
  });

  it("suggests nothing when no value is close", () => {
    expect(nearest("nordjylland-og-fyn", regions)).toBeUndefined();
    expect(nearest("x", [])).toBeUndefined();
  });

  it("compares only candidates whose length leaves room for a misspelling, and never a text longer than a name", () => {
    const ids = Array.from({ length: 20_000 }, (_, index) => `syddanmark/2017-03-16-moede-nummer-${index}`);
    expect(nearest("syddanmark/2017-03-16-moede-nummer-1234x", ids)).toBe("syddanmark/2017-03-16-moede-nummer-1234");
    expect(nearest("x", ids)).toBeUndefined();
    expect(nearest(`syddanmark/${"x".repeat(100_000)}`, ids)).toBeUndefined();
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("tilte", "title")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

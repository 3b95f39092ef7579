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

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("tilte", "title")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

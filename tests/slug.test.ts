import { describe, expect, it } from "vitest";
import { slugify } from "../src/slug.ts";

describe("slugify", () => {
  it("folds Danish letters to their two-letter spellings", () => {
    expect(slugify("Sorø Kommune")).toBe("soroe-kommune");
    expect(slugify("Ærø Kommune")).toBe("aeroe-kommune");
    expect(slugify("Tårnby")).toBe("taarnby");
    expect(slugify("Dialogværktøjer")).toBe("dialogvaerktoejer");
  });

  it("folds capital Danish letters the same way", () => {
    expect(slugify("ÆBLE ØL ÅEN")).toBe("aeble-oel-aaen");
  });

  it("strips other accents and punctuation, and joins words with single dashes", () => {
    expect(slugify("  Café – Brug & implementering!  ")).toBe("cafe-brug-implementering");
    expect(slugify("it-arkitektur--principper")).toBe("it-arkitektur-principper");
  });

  it("gives one slug for spellings that differ only in case", () => {
    expect(slugify("Brugerstyring")).toBe(slugify("brugerstyring"));
  });

  it("gives an empty slug for text without letters or digits", () => {
    expect(slugify("?!")).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { areas, da } from "../../src/i18n/da/index.ts";
import { i18n, type Language } from "../../src/i18n/index.ts";

describe("the language table", () => {
  it("is Danish, with the date formats, alphabet and path words of Danish", () => {
    expect(i18n.code).toBe("da");
    expect(i18n.alphabet.afterZ).toBe("ÆØÅ");
    expect(i18n.paths.meetings).toBe("moeder");
    expect(Object.keys(i18n)).toEqual(Object.keys(da));
  });

  it("has areas that share no key, so that none hides another's words", () => {
    const keys = areas.flatMap((area) => Object.keys(area));
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it("is checked by the compiler, which refuses a key the table lacks, a phrase without its values and a table without a word", () => {
    // tsc reads these lines (npm test runs it first): each would not compile without its @ts-expect-error
    // @ts-expect-error: the table has no such word
    const missing: unknown = i18n.meeting.addToKalender;
    // @ts-expect-error: a phrase takes the values it names
    const heading: string = i18n.region.heading();
    const { regions: _regions, ...sections } = da.sections;
    // @ts-expect-error: another language must have every word this one has
    const english: Language = { ...da, sections };
    expect([missing, heading, english.sections.home]).toEqual([undefined, "Møder i undefined", "Forside"]);
  });
});

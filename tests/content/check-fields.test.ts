import { describe as group, expect, it } from "vitest";
import { checkFields, UNKNOWN_SHOWN } from "../../src/content/check-fields.ts";
import { describe, dotted } from "../../src/content/values.ts";
import { parseYaml } from "../../src/content/parse.ts";
import type { Problem } from "../../src/content/problems.ts";
import { MEETING_FIELDS } from "../../src/content/schema.ts";

function check(yaml: string): Problem[] {
  const source = parseYaml("meetings/midt-nord/2017-03-07-a.md", yaml);
  const problems: Problem[] = [];
  checkFields(
    source,
    source.data as Record<string, unknown>,
    MEETING_FIELDS,
    [],
    { regionKeys: ["midt-nord"], mediaFiles: new Set() },
    problems,
  );
  return problems;
}

const VALID = 'title: "Et møde"\ndate: 2017-03-07\nregion: midt-nord\nvenue:\n  name: "Rådhuset"\n  city: "Hobro"\ntheme: "Tid"\n';

group("dotted", () => {
  it("counts list positions from 1, as editors do", () => {
    expect(dotted(["speakers", 0, "organisation"])).toBe("speakers[1].organisation");
    expect(dotted(["topics", 2])).toBe("topics[3]");
    expect(dotted([0, "key"])).toBe("[1].key");
    expect(dotted(["venue", "city"])).toBe("venue.city");
  });
});

group("describe", () => {
  it("quotes text on one line, clipped, with what the terminal would obey escaped", () => {
    expect(describe("a\n::error::b\u001b[2J")).toBe('"a\\n::error::b\\u001b[2J"');
    expect(describe("x".repeat(100))).toBe(`"${"x".repeat(57)}..."`);
    expect(describe(9.3)).toBe("tallet 9.3");
    expect(describe(null)).toBe("ingenting");
  });
});

group("checkFields", () => {
  it("accepts a valid meeting, with times written without quotes", () => {
    expect(check(`${VALID}start: 10:00\nend: 15:30\n`)).toEqual([]);
  });

  it("tells where a field belongs that was written one level too high", () => {
    const [city] = check(`${VALID}address: "Torvet 1"\n`);
    expect(city).toMatchObject({ field: "address", hint: expect.stringContaining("Feltet hører til under venue") });
    const [organisation] = check(`${VALID}organisation: "KL"\n`);
    expect(organisation!.hint).toContain('speakers (hvert punkt med "- " foran)');
  });

  it("reports the first unknown fields one by one and counts the rest", () => {
    const unknown = Array.from({ length: 500 }, (_, index) => `x${index}: 1`).join("\n");
    const problems = check(`${VALID}${unknown}\n`);
    expect(problems).toHaveLength(UNKNOWN_SHOWN + 1);
    expect(problems.at(-1)).toMatchObject({
      severity: "error",
      line: 8 + UNKNOWN_SHOWN,
      message: expect.stringContaining(`og ${500 - UNKNOWN_SHOWN} ukendte felter mere her`),
    });
  });

  it("refuses characters that break the output, in every text, naming the character and what precedes it", () => {
    const [control] = check(VALID.replace('"Tid"', '"Tid\\x1bx"'));
    expect(control).toMatchObject({ field: "theme", line: 7, message: expect.stringContaining("usynligt styretegn (U+001B)") });
    expect(control!.message).toContain('Det står efter "Tid"');
    const [surrogate] = check(VALID.replace('"Et møde"', '"\\ud800"'));
    expect(surrogate).toMatchObject({ field: "title", message: expect.stringContaining("halv tegnkode (\\ud800)") });
    const [inList] = check(`${VALID}topics: ["ok", "a\\x00"]\n`);
    expect(inList).toMatchObject({ field: "topics[2]" });
    const [address] = check(VALID.replace('city: "Hobro"', 'city: "Hobro"\n  address: "a\\u0085"'));
    expect(address).toMatchObject({ field: "venue.address", message: expect.stringContaining("U+0085") });
  });

  it("refuses characters that turn the writing direction in names, not in other text", () => {
    expect(check(VALID.replace('"Tid"', '"Tid\\u202e"'))).toMatchObject([
      { field: "theme", message: expect.stringContaining("vender skriveretningen (U+202E)") },
    ]);
    expect(check(`${VALID}summary: "Tid\\u2067x\\u2069"\n`)).toEqual([]);
  });

  it("refuses names too long for a page and warns about long titles and texts, saying the limit", () => {
    expect(check(VALID.replace('"Tid"', `"${"Tid ".repeat(60)}"`))).toMatchObject([
      { severity: "error", field: "theme", message: expect.stringContaining("højst være 200 tegn") },
    ]);
    expect(check(VALID.replace('"Et møde"', `"${"Møde ".repeat(50)}"`))).toMatchObject([
      { severity: "warning", field: "title", message: expect.stringContaining("over 200 tegn") },
    ]);
    expect(check(`${VALID}summary: "${"ord ".repeat(300)}"\n`)).toMatchObject([
      { severity: "warning", field: "summary", message: expect.stringContaining("over 1000 tegn") },
    ]);
  });

  it("requires every name that gets a page to have a letter or digit, in any script", () => {
    const speakers = 'speakers:\n  - organisation: "KL"\n    name: "?"\n  - organisation: "Σ"\n    name: "زهراء العصفور"\n';
    expect(check(`${VALID}series: "–"\n${speakers}`).map((problem) => problem.field)).toEqual(["speakers[1].name", "series"]);
  });

  it("accepts dates from 1900 to 2199 only", () => {
    expect(check(VALID.replace("2017-03-07", "1900-01-01"))).toEqual([]);
    expect(check(VALID.replace("2017-03-07", "2199-12-31"))).toEqual([]);
    expect(check(VALID.replace("2017-03-07", "0000-01-01"))).toMatchObject([
      { field: "date", message: expect.stringContaining("uden for 1900-2199") },
    ]);
    expect(check(VALID.replace("2017-03-07", "9999-12-31"))).toMatchObject([{ field: "date" }]);
  });

  it("accepts only https venue links without spaces, which a URL parser would drop", () => {
    expect(check(VALID.replace('city: "Hobro"', 'city: "Hobro"\n  url: "https://x.dk/ a"'))).toMatchObject([{ field: "venue.url" }]);
  });
});

import { describe, expect, it } from "vitest";
import { parseContentFile, parseYaml } from "../../src/content/parse.ts";
import { meetingFile } from "../helpers/content-tree.ts";

const FILE = "meetings/midt-nord/2017-03-07-a.md";
const problemsOf = (text: string) => parseContentFile(FILE, text).problems;

/** English words of the YAML parsers' own messages, which an editor must never see */
const ENGLISH = /\b(must|unique|keys?|implicit|indentation|allowed|missing|expected|unexpected|sequence|mapping|the)\b/i;

describe("parseContentFile", () => {
  it("reads every text in NFC, front-matter and body, so that two spellings that look alike are one", () => {
    const parsed = parseContentFile(
      FILE,
      meetingFile({ theme: '"Århus-mødet"'.normalize("NFD"), topics: '["Århus"]'.normalize("NFD") }, "Æbleø i Århus.\n".normalize("NFD")),
    );
    expect(parsed.data.theme).toBe("Århus-mødet");
    expect(parsed.data.topics).toEqual(["Århus"]);
    expect(parsed.body).toContain("Æbleø i Århus.");
  });

  it("reads front-matter only as YAML: never runs ---js, never crashes on another language", () => {
    const ran = globalThis as { referatRan?: boolean };
    for (const language of ["js", "javascript", "json", "coffee"]) {
      const [problem, ...rest] = problemsOf(`---${language}\n({ title: (globalThis.referatRan = true) })\n---\n\nTekst.\n`);
      expect(rest).toEqual([]);
      expect(problem).toMatchObject({
        line: 1,
        column: 1,
        message: expect.stringContaining(`begynder med "---${language}"; front-matter skrives i YAML`),
      });
    }
    expect(ran.referatRan).toBeUndefined();
    expect(problemsOf("--- yaml\ntitle: x\n---\n")).toEqual([]);
  });

  it("knows the line the body starts on, with Unix and Windows line ends", () => {
    expect(parseContentFile(FILE, "---\ntitle: x\n---\nFørste linje\n").bodyLine).toBe(4);
    expect(parseContentFile(FILE, "---\r\ntitle: x\r\nsummary: |\r\n  a\r\n  b\r\n---\r\nFørste\r\n").bodyLine).toBe(7);
  });
});

describe("YAML syntax errors, in Danish", () => {
  const MISTAKES: Record<string, string> = {
    "a colon in unquoted text": meetingFile({ title: "Sjælland: Monopolbrud" }),
    "a tab as indentation": meetingFile().replace('  name: "Bramslevgaard"', '\tname: "Bramslevgaard"'),
    "a missing closing quote": meetingFile({ title: '"Et møde' }),
    "a bad escape": meetingFile({ summary: '"C:\\qtemp"' }),
    "bad indentation": meetingFile({ venue: '\n  name: "X"\n    city: "Y"' }),
    "a list item without its dash": meetingFile({ topics: '\n  - "A"\n   "B"' }),
    "text starting with @": meetingFile({ summary: "@kommune" }),
    "an anchor": meetingFile({ summary: "&" }),
    "a missing comma": meetingFile({ topics: '["A" "B"]' }),
    "a field written twice": meetingFile({ summary: '"a"\nsummary: "b"' }),
  };
  for (const [mistake, text] of Object.entries(MISTAKES)) {
    it(`explains ${mistake} in Danish, with the line`, () => {
      const problems = problemsOf(text);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.line, mistake).toBeGreaterThan(1);
        expect(problem.message).toMatch(/^teksten kan ikke læses som YAML: /);
        expect(`${problem.message} ${problem.hint}`, mistake).not.toMatch(ENGLISH);
      }
    });
  }

  it("says a second speaker needs its '- ' rather than telling the editor to delete a line", () => {
    const speakers = '\n  - organisation: "KL"\n    name: "Anna"\n    organisation: "Sorø Kommune"\n    name: "Bo"';
    const problems = problemsOf(meetingFile({ speakers }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 12, column: 5 });
    expect(problems[0]!.message).toContain('"organisation" står to gange i samme oplægsholder (linje 10 og 12)');
    expect(problems[0]!.hint).toContain('Hver oplægsholder skal begynde med "- "');
    expect(problems[0]!.hint).not.toContain("slet");
  });

  it("says the same when the second speaker stands under the first one's dash", () => {
    const speakers = '\n  - organisation: "KL"\n    name: "Anna"\n  organisation: "Sorø Kommune"\n  name: "Bo"';
    const problems = problemsOf(meetingFile({ speakers }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 12, column: 3 });
    expect(problems[0]!.hint).toContain('Hver oplægsholder skal begynde med "- "');
  });

  it("says it for a speaker's field written twice outside the list, and for a region in regions.yaml", () => {
    const top = problemsOf(
      meetingFile({ speakers: "", organisation: '"KL"', name: '"Anna"' }).replace("theme:", 'organisation: "Sorø"\ntheme:'),
    );
    expect(top.map((problem) => problem.hint)).toEqual([expect.stringContaining('Hver oplægsholder skal begynde med "- "')]);
    const regions = parseYaml(
      "_data/regions.yaml",
      '- key: midt-nord\n  name: "Midt-Nord"\n  key: syddanmark\n  name: "Syddanmark"\n',
    ).problems;
    expect(regions).toMatchObject([{ line: 3, hint: expect.stringContaining('Hver region skal begynde med "- "') }]);
  });

  it("says it when no speaker has its '- '", () => {
    const problems = problemsOf(meetingFile({ speakers: '\n  organisation: "KL"\n  organisation: "Sorø Kommune"' }));
    expect(problems).toMatchObject([{ line: 11, hint: expect.stringContaining('Hver oplægsholder skal begynde med "- "') }]);
  });

  it("keeps 'keep one of the lines' for a field written twice at the top", () => {
    const problems = problemsOf(meetingFile({ summary: '"a"\nsummary: "b"' }));
    expect(problems).toMatchObject([
      {
        line: 10,
        message: expect.stringContaining('feltet "summary" står to gange (også i linje 9)'),
        hint: expect.stringContaining("kun stå én gang"),
      },
    ]);
  });
});

describe("positions", () => {
  it("finds fields and keys in a map of 60,000 keys without comparing every key with every other", { timeout: 30_000 }, () => {
    const keys = Array.from({ length: 60_000 }, (_, index) => `felt${index}: ${index}`).join("\n");
    const source = parseYaml("x.yaml", `${keys}\nfelt7: igen\n`);
    expect(source.problems).toMatchObject([{ line: 60_001, message: expect.stringContaining('"felt7" står to gange') }]);
    // every key looked up once: with a search through the map per lookup, 1.8 billion steps
    let lines = 0;
    for (let index = 0; index < 60_000; index++) lines += source.keyPositionOf([`felt${index}`]).line;
    expect(lines).toBe((60_000 * 60_001) / 2);
    expect(source.positionOf(["felt59999"])).toEqual({ line: 60_000, column: 12 });
  });
});

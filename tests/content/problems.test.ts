import { describe, expect, it } from "vitest";
import { capPerFile, formatProblem, formatReport, PROBLEMS_PER_FILE, type Problem } from "../../src/content/problems.ts";

const FILE = "meetings/midt-nord/2017-03-07-a.md";

/** True when a CI runner would take `line` as a command: it trims the line, then looks for "::". */
const isCommand = (line: string) => line.trimStart().startsWith("::");

describe("formatProblem", () => {
  it("writes file:line:column, severity, field, message and hint on one line", () => {
    const problem: Problem = {
      severity: "error",
      file: FILE,
      line: 4,
      column: 9,
      field: "region",
      message: 'fandt "x".',
      hint: 'Mente du "y"?',
    };
    expect(formatProblem(problem, "content/")).toBe(`content/${FILE}:4:9  fejl  region: fandt "x". Mente du "y"?`);
  });

  it("escapes line breaks, terminal escapes and bidi characters from the content wherever they are", () => {
    const problem: Problem = {
      severity: "error",
      file: "meetings/midt-nord/a\n::error file=x::b.md",
      line: 2,
      column: 1,
      field: "x\r\n::add-mask::y",
      message: 'fandt "\n::error::hej\u001b[31m\u202e".',
    };
    const text = formatProblem(problem);
    expect(text.split("\n")).toHaveLength(1);
    expect(text).not.toMatch(/[\0-\x1f\u202e]/);
    expect(text).toContain("\\n::error::hej\\u001b[31m\\u202e");
  });

  it("keeps the line breaks of a hint, with every further line indented and none a CI command", () => {
    const problem: Problem = {
      severity: "error",
      file: "_data/regions.yaml",
      message: "filen mangler.",
      hint: 'Opret den med f.eks.\n- key: midt-nord\n::error::x\n  name: "Midt-Nord"\u001b',
    };
    const lines = formatProblem(problem).split("\n");
    expect(lines).toHaveLength(4);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {4}/);
    expect(lines.some(isCommand)).toBe(false);
    expect(lines[3]).toBe('      name: "Midt-Nord"\\u001b');
  });

  it("never lets a line of a report start a CI command, whatever the content", () => {
    const problems: Problem[] = [
      { severity: "warning", file: "::warning::a.md", message: "x" },
      { severity: "error", file: FILE, message: "a\n::error::b", hint: "c\n::add-mask::d" },
    ];
    const lines = formatReport(problems, "").split("\n");
    expect(lines.filter(isCommand)).toEqual([]);
    expect(lines[0]).toBe("\\::warning::a.md  advarsel  x");
  });
});

describe("capPerFile", () => {
  const many = (file: string, count: number): Problem[] =>
    Array.from({ length: count }, (_, index) => ({ severity: "error", file, line: index + 1, message: `nr. ${index + 1}` }));

  it("keeps a file's first problems and says how many more there are", () => {
    const capped = capPerFile([...many(FILE, 1000), ...many("news/2017/2017-04-11-n.md", 2)]);
    const ours = capped.filter((problem) => problem.file === FILE);
    expect(ours).toHaveLength(PROBLEMS_PER_FILE + 1);
    expect(ours.slice(0, 3).map((problem) => problem.message)).toEqual(["nr. 1", "nr. 2", "nr. 3"]);
    expect(ours.at(-1)).toMatchObject({
      severity: "error",
      message: `og ${1000 - PROBLEMS_PER_FILE} problemer mere i filen, som ikke er vist her.`,
    });
    expect(capped.filter((problem) => problem.file !== FILE)).toHaveLength(2);
  });

  it("leaves a normal report as it is", () => {
    const problems = many(FILE, PROBLEMS_PER_FILE);
    expect(capPerFile(problems)).toBe(problems);
  });
});

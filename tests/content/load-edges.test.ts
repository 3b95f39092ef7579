// What loadContent refuses because the output cannot carry it, and how it reads what it
// may: times, NFC, control characters, sizes, dates, the site's address, links inside and
// outside the content folder, and a file of 60,000 unknown fields. (The format's own rules
// are in load.test.ts.)
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { CONTACT, contentTree, meetingFile, newsFile, onlyProblem, problemsOf } from "../helpers/content-tree.ts";

const MEETING = "meetings/midt-nord/2017-03-07-et-moede.md";

describe("loadContent, at the edges", () => {
  it("reports a time without its leading zero once, at start, and not again at end", () => {
    const problems = problemsOf({ [MEETING]: meetingFile({ start: "9:30", end: '"10:00"' }) });
    expect(problems).toMatchObject([{ field: "start", hint: 'Mente du "09:30"?' }]);
  });

  it("accepts times with and without quotes", () => {
    expect(problemsOf({ [MEETING]: meetingFile({ start: "10:00", end: "15:30" }) })).toEqual([]);
    const { content } = loadContent(contentTree({ [MEETING]: meetingFile({ start: "09:30" }) }), { drafts: false });
    expect(content.meetings[0]!.start).toBe("09:30");
  });

  it("reads every text in NFC, so the two spellings of Århus-mødet are one theme", () => {
    const { content, problems } = loadContent(
      contentTree({
        [MEETING]: meetingFile({ theme: '"Århus-mødet"' }),
        "meetings/midt-nord/2017-03-08-b.md": meetingFile({ date: "2017-03-08", theme: '"Århus-mødet"'.normalize("NFD") }),
      }),
      { drafts: false },
    );
    expect(problems).toEqual([]);
    expect(new Set(content.meetings.map((meeting) => meeting.theme))).toEqual(new Set(["Århus-mødet"]));
  });

  it("refuses control characters in the body, at their line and column", () => {
    const problem = onlyProblem({ [MEETING]: meetingFile({}, "Første linje.\nAnden \u0000linje.\n") });
    expect(problem).toMatchObject({ severity: "error", file: MEETING, line: 12, column: 7, message: expect.stringContaining("U+0000") });
    expect(onlyProblem({ "news/2017/2017-04-11-n.md": newsFile({}, "Tekst\u001b[31m\n") })).toMatchObject({ line: 6, column: 6 });
    expect(problemsOf({ [MEETING]: meetingFile({}, "Windows\r\nlinjer\tmed tabulator\r\n") })).toEqual([]);
  });

  it("refuses a lone surrogate and control characters in front-matter, also in site.yaml and regions.yaml", () => {
    expect(onlyProblem({ [MEETING]: meetingFile({ title: '"\\ud800"' }) })).toMatchObject({ field: "title", line: 2 });
    expect(onlyProblem({ "_data/site.yaml": `title: "Net\\ud800"\nurl: "https://net.example.dk"\n${CONTACT}` })).toMatchObject({
      file: "_data/site.yaml",
      field: "title",
    });
    const regions =
      '- key: midt-nord\n  name: "Midt-Nord\\x07"\n- key: hovedstaden\n  name: "Hovedstaden"\n- key: sjaelland\n  name: "Sjælland"\n- key: syddanmark\n  name: "Syddanmark"\n';
    expect(problemsOf({ "_data/regions.yaml": regions })[0]).toMatchObject({ file: "_data/regions.yaml", field: "[1].name", line: 2 });
  });

  it("warns about a body over 1 MB, saying the limit", () => {
    const problem = onlyProblem({ [MEETING]: meetingFile({}, "Lang tekst. ".repeat(100_000)) });
    expect(problem).toMatchObject({ severity: "warning", line: 10, message: expect.stringContaining("1.000.000 tegn") });
  });

  it("refuses dates outside 1900-2199, in the front-matter and in the file name", () => {
    expect(onlyProblem({ [MEETING]: meetingFile({ date: "9999-12-31" }) })).toMatchObject({ severity: "error", field: "date" });
    const named = onlyProblem({ "meetings/midt-nord/0000-01-01-a.md": meetingFile({ date: "2017-03-07" }) });
    expect(named).toMatchObject({
      severity: "error",
      message: expect.stringContaining("datoen i filnavnet, 0000-01-01, ligger uden for 1900-2199"),
    });
  });

  it("refuses a region key too long for an address", () => {
    const key = "r".repeat(100);
    const problems = problemsOf({ "_data/regions.yaml": `- key: ${key}\n  name: "R"\n` });
    expect(problems).toMatchObject([
      { file: "_data/regions.yaml", field: "[1].key", message: expect.stringContaining("højst være 80 tegn") },
    ]);
  });

  it("accepts only a plain https address as the site's url", () => {
    const site = (url: string) => problemsOf({ "_data/site.yaml": `title: "Net"\nurl: ${JSON.stringify(url)}\n${CONTACT}` });
    expect(site("https://net.example.dk")).toEqual([]);
    expect(site("https://net.example.dk/referater/")).toEqual([]);
    // read as written, less the whitespace around it
    expect(site(" https://net.example.dk\n")).toEqual([]);
    for (const url of [
      "http://net.example.dk",
      "https://bruger:kode@net.example.dk",
      "https://net.example.dk/?a=1",
      "https://net.example.dk/#x",
      "https://net.example.dk/a b",
      "https://net.example.dk\r\nBEGIN:VEVENT",
      "https://net.example.dk/\nx",
      "net.example.dk",
    ]) {
      expect(site(url), url).toMatchObject([{ severity: "error", file: "_data/site.yaml", field: "url", line: 2 }]);
    }
  });

  it("reads reports and region folders that are links inside the content folder", () => {
    const tree = contentTree({
      [MEETING]: meetingFile(),
      "common/2017-03-14-a.md": meetingFile({ region: "hovedstaden", date: "2017-03-14" }),
      "common/syddanmark/2017-03-16-b.md": meetingFile({ region: "syddanmark", date: "2017-03-16" }),
    });
    symlinkSync("../common", join(tree, "meetings/hovedstaden"));
    symlinkSync("../common/syddanmark", join(tree, "meetings/syddanmark"));
    const { content, problems } = loadContent(tree, { drafts: false });
    expect(content.meetings.map((meeting) => meeting.id).sort()).toEqual([
      "hovedstaden/2017-03-14-a",
      "midt-nord/2017-03-07-et-moede",
      "syddanmark/2017-03-16-b",
    ]);
    // the link to common/ also brings its subfolder, which is not a place for a report
    expect(problems.map((problem) => problem.file)).toEqual(["meetings/hovedstaden/syddanmark/2017-03-16-b.md"]);
  });

  it("refuses links that lead outside the content folder, without reading or echoing what they point at", () => {
    const away = mkdtempSync(join(tmpdir(), "referat-outside-"));
    writeFileSync(join(away, "site.yaml"), 'title: "HEMMELIGT"\nurl: ["HEMMELIGT"]\n');
    writeFileSync(join(away, "2017-03-08-x.md"), meetingFile({ title: '"HEMMELIGT"', date: "2017-03-08" }));
    const tree = contentTree({ [MEETING]: meetingFile() });
    symlinkSync(join(away, "site.yaml"), join(tree, "_data/site.yaml"));
    symlinkSync(join(away, "2017-03-08-x.md"), join(tree, "meetings/midt-nord/2017-03-08-x.md"));
    symlinkSync(away, join(tree, "meetings/sjaelland"));
    const { content, problems } = loadContent(tree, { drafts: false });
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      "_data/site.yaml",
      "meetings/midt-nord/2017-03-08-x.md",
      "meetings/sjaelland",
    ]);
    expect(problems.every((problem) => problem.severity === "error" && problem.message.includes("uden for indholdsmappen"))).toBe(true);
    expect(JSON.stringify({ content, problems })).not.toContain("HEMMELIGT");
  });

  it("checks a file of 60,000 unknown fields in one pass, reporting the first and counting the rest", { timeout: 30_000 }, () => {
    const fields = Object.fromEntries(Array.from({ length: 60_000 }, (_, index) => [`ukendt${index}`, "1"]));
    const problems = problemsOf({ [MEETING]: meetingFile(fields) });
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)!.message).toContain("og 59980 ukendte felter mere her");
  });
});

import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { CONTACT, contentTree, meetingFile, newsFile, onlyProblem, problemsOf } from "../helpers/content-tree.ts";

const MEETING = "meetings/midt-nord/2017-03-07-et-moede.md";

describe("loadContent", () => {
  it("loads the shipped example content without a single problem", () => {
    const { content, problems } = loadContent("content", { drafts: false });
    expect(problems).toEqual([]);
    expect(content.meetings.map((meeting) => meeting.region).sort()).toEqual(["hovedstaden", "midt-nord", "sjaelland", "syddanmark"]);
    expect(content.news).toHaveLength(1);
  });

  it("keeps dates as the calendar day the editor wrote", () => {
    const { content } = loadContent(contentTree({ [MEETING]: meetingFile() }), { drafts: false });
    expect(content.meetings[0]!.date).toBe("2017-03-07");
  });

  it("reports every problem in every file in one run", () => {
    const problems = problemsOf({
      [MEETING]: meetingFile({ region: "midt-nrd", theme: "" }),
      "meetings/syddanmark/2017-03-16-b.md": meetingFile({ region: "syddanmark", date: "2017-02-30" }),
      "news/2017/2017-04-11-n.md": newsFile({ title: "" }),
    });
    expect(problems.map((problem) => `${problem.file} ${problem.field}`).sort()).toEqual([
      "meetings/midt-nord/2017-03-07-et-moede.md region",
      "meetings/midt-nord/2017-03-07-et-moede.md theme",
      "meetings/syddanmark/2017-03-16-b.md date",
      "news/2017/2017-04-11-n.md title",
    ]);
  });

  it("names line, column, what was found and the nearest region for a misspelt region", () => {
    const problem = onlyProblem({ [MEETING]: meetingFile({ region: "midt-nrd" }) });
    expect(problem).toMatchObject({ severity: "error", file: MEETING, line: 4, column: 9, field: "region" });
    expect(problem.message).toContain('fandt "midt-nrd"');
    expect(problem.message).toContain("midt-nord, hovedstaden, sjaelland, syddanmark");
    expect(problem.hint).toBe('Mente du "midt-nord"?');
  });

  it("reports a missing required field with an example of how to add it", () => {
    const text = meetingFile().replace(/^theme:.*\n/m, "");
    const problem = onlyProblem({ [MEETING]: text });
    expect(problem).toMatchObject({ field: "theme", line: 2 });
    expect(problem.message).toContain("mangler");
    expect(problem.hint).toContain('theme: "Brugerstyring"');
  });

  it("suggests the ISO form of a date written the Danish way", () => {
    const problem = onlyProblem({ [MEETING]: meetingFile({ date: "7.3.2017" }) });
    expect(problem).toMatchObject({ field: "date", line: 3 });
    expect(problem.hint).toBe("Mente du 2017-03-07?");
  });

  it("rejects a day that is not in the calendar", () => {
    expect(onlyProblem({ [MEETING]: meetingFile({ date: "2017-02-30" }) }).field).toBe("date");
  });

  it("checks times: the format, end after start, no end without start", () => {
    expect(onlyProblem({ [MEETING]: meetingFile({ start: '"9:30"' }) }).hint).toBe('Mente du "09:30"?');
    expect(onlyProblem({ [MEETING]: meetingFile({ start: '"15:00"', end: '"10:00"' }) }).message).toContain("ligger ikke efter");
    expect(onlyProblem({ [MEETING]: meetingFile({ end: '"10:00"' }) }).message).toContain("intet starttidspunkt");
    expect(problemsOf({ [MEETING]: meetingFile({ start: '"10:00"', end: '"15:30"' }) })).toEqual([]);
  });

  it("requires a city unless the meeting is online", () => {
    const noCity = meetingFile({ venue: '\n  name: "Rådhuset"' });
    expect(onlyProblem({ [MEETING]: noCity })).toMatchObject({ field: "venue.city", hint: expect.stringContaining("eller online: true") });
    const online = meetingFile({ venue: '\n  name: "Microsoft Teams"\n  online: true\n  url: "https://teams.example.dk/m"' });
    expect(problemsOf({ [MEETING]: online })).toEqual([]);
  });

  it("accepts only https venue links and offers the https form of an http one", () => {
    const problem = onlyProblem({ [MEETING]: meetingFile({ venue: '\n  name: "X"\n  city: "Y"\n  url: "http://x.dk/"' }) });
    expect(problem).toMatchObject({ field: "venue.url", line: 8 });
    expect(problem.hint).toBe('Mente du "https://x.dk/"?');
  });

  it("checks every speaker and points at the one that is wrong", () => {
    const speakers = '\n  - organisation: "KL"\n  - name: "Mogens Lilleør"\n    role: "chefkonsulent"';
    const problem = onlyProblem({ [MEETING]: meetingFile({ speakers }) });
    expect(problem).toMatchObject({ field: "speakers[2].organisation", line: 11 });
  });

  it("requires themes, topics and organisations to have letters or digits, since each gets a page", () => {
    const problems = problemsOf({ [MEETING]: meetingFile({ theme: '"?"', topics: '["!!"]', speakers: '\n  - organisation: "–"' }) });
    expect(problems.map((problem) => problem.field)).toEqual(["theme", "topics[1]", "speakers[1].organisation"]);
  });

  it("knows the statuses and suggests the nearest", () => {
    const problem = onlyProblem({ [MEETING]: meetingFile({ status: "canceled" }) });
    expect(problem.hint).toBe('Mente du "cancelled"?');
    expect(problemsOf({ [MEETING]: meetingFile({ status: "postponed" }) })).toEqual([]);
  });

  it("refuses unknown fields, so that nothing an editor writes is silently dropped", () => {
    const problem = onlyProblem({ [MEETING]: meetingFile({ sumary: '"Kort."' }) });
    expect(problem).toMatchObject({ field: "sumary", line: 9, column: 1 });
    expect(problem.hint).toBe('Mente du "summary"?');
  });

  it("reports YAML syntax errors with their line and a hint about colons", () => {
    const problem = onlyProblem({ [MEETING]: meetingFile({ title: "Sjælland: Monopolbrud" }) });
    expect(problem.line).toBe(2);
    expect(problem.message).toContain("YAML");
    expect(problem.hint).toContain("anførselstegn");
  });

  it("reports a field written twice, on the second line it stands", () => {
    const text = meetingFile().replace("theme:", 'title: "Igen"\ntheme:');
    const problem = onlyProblem({ [MEETING]: text });
    expect(problem).toMatchObject({ line: 8 });
    expect(problem.hint).toContain("kun stå én gang");
  });

  it("reports a file without front-matter", () => {
    expect(onlyProblem({ [MEETING]: "Bare tekst.\n" }).message).toContain("ingen front-matter");
  });

  it("checks that a meeting's region matches its folder, and that the folder is a region", () => {
    expect(onlyProblem({ [MEETING]: meetingFile({ region: "syddanmark" }) }).hint).toContain("meetings/syddanmark/");
    const problems = problemsOf({ "meetings/midtnord/2017-03-07-et-moede.md": meetingFile() });
    expect(
      problems.some((problem) => problem.message.includes("meetings/midtnord/") && problem.hint === "Mente du meetings/midt-nord/?"),
    ).toBe(true);
  });

  it("checks file names and places, and publishes nothing it cannot place", () => {
    expect(onlyProblem({ "meetings/midt-nord/Moede 7 marts.md": meetingFile() }).hint).toBe(
      "Omdøb filen, f.eks. til 2017-03-07-et-moede.md",
    );
    expect(onlyProblem({ "meetings/midt-nord/2017-03-07-x.markdown": meetingFile() }).message).toContain("kun .md-filer");
    expect(onlyProblem({ "meetings/2017-03-07-x.md": meetingFile() }).hint).toContain("meetings/<region>/");
    expect(onlyProblem({ "news/2018/2017-04-11-n.md": newsFile() }).hint).toBe("Flyt filen til news/2017/.");
  });

  it("warns when the date in the file name and the front-matter differ", () => {
    const problem = onlyProblem({ [MEETING]: meetingFile({ date: "2017-03-08" }) });
    expect(problem).toMatchObject({ severity: "warning", field: "date" });
  });

  it("checks that news references name existing meetings, suggesting the nearest", () => {
    const problem = onlyProblem({
      [MEETING]: meetingFile(),
      "news/2017/2017-04-11-n.md": newsFile({ meetings: "\n  - midt-nord/2017-03-07-et-mode" }),
    });
    expect(problem).toMatchObject({ file: "news/2017/2017-04-11-n.md", field: "meetings[1]", line: 5, column: 5 });
    expect(problem.hint).toBe('Mente du "midt-nord/2017-03-07-et-moede"?');
  });

  it("does not report a reference to a meeting whose own file has errors a second time", () => {
    const problems = problemsOf({
      [MEETING]: meetingFile({ theme: "" }),
      "news/2017/2017-04-11-n.md": newsFile({ meetings: "\n  - midt-nord/2017-03-07-et-moede" }),
    });
    expect(problems.map((problem) => problem.file)).toEqual([MEETING]);
  });

  it("leaves drafts out of a production build and keeps them for the dev server", () => {
    const tree = contentTree({
      [MEETING]: meetingFile({ draft: "true" }),
      "news/2017/2017-04-11-n.md": newsFile({ meetings: "\n  - midt-nord/2017-03-07-et-moede" }),
    });
    const production = loadContent(tree, { drafts: false });
    expect(production.content.meetings).toEqual([]);
    expect(production.problems).toMatchObject([{ severity: "warning", field: "meetings[1]" }]);
    const preview = loadContent(tree, { drafts: true });
    expect(preview.content.meetings.map((meeting) => meeting.draft)).toEqual([true]);
    expect(preview.problems).toEqual([]);
  });

  it("reads site.yaml and checks its address", () => {
    const tree = contentTree({ "_data/site.yaml": `title: "Netværket"\nurl: "https://net.example.dk/"\n${CONTACT}` });
    expect(loadContent(tree, { drafts: false })).toMatchObject({
      content: {
        settings: { title: "Netværket", url: "https://net.example.dk", description: "", accessibility: { email: "a@net.example.dk" } },
      },
      problems: [],
    });
    const problems = problemsOf({ "_data/site.yaml": `title: "Netværket"\nurl: "net.example.dk"\ntitel: "x"\n${CONTACT}` });
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ["titel", 3],
      ["url", 2],
    ]);
  });

  it("reports a content folder that does not exist", () => {
    expect(loadContent("/nonexistent/content", { drafts: false }).problems).toMatchObject([
      { severity: "error", file: "/nonexistent/content" },
    ]);
  });

  it("requires a valid regions.yaml", () => {
    const problems = problemsOf({ "_data/regions.yaml": '- key: Midt Nord\n  name: "Midt-Nord"\n- key: Midt Nord\n  name: "Igen"\n' });
    expect(problems.map((problem) => [problem.file, problem.line])).toEqual([
      ["_data/regions.yaml", 1],
      ["_data/regions.yaml", 3],
      ["_data/regions.yaml", 3],
    ]);
  });
});

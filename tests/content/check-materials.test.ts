// Each mistake an editor can make with a meeting's materials, sign-up, recording and picture:
// an error or a warning on its line, with the fix.
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import type { Problem } from "../../src/content/problems.ts";
import { CONTACT, contentTree, meetingFile } from "../helpers/content-tree.ts";

const SITE = { "_data/site.yaml": 'title: "Net"\nurl: "https://net.example.dk"\n' + CONTACT };
const BUNDLE = "meetings/midt-nord/2017-03-07-et-moede";

function problemsOf(fields: Record<string, string>, files: Record<string, string> = {}, site = SITE): Problem[] {
  const content = contentTree({ ...site, [`${BUNDLE}/index.md`]: meetingFile(fields), ...files });
  return loadContent(content, { drafts: false, today: "2017-03-01" }).problems;
}

function only(problems: Problem[]): Problem {
  expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toHaveLength(1);
  return problems[0]!;
}

describe("a meeting's materials", () => {
  it("are read from the meeting's folder and media/, with nothing to say when all is there", () => {
    const fields = {
      attachments: '\n  - title: "Slides"\n    file: slides.pdf\n    speaker: 1\n  - title: "Program"\n    file: /media/program.pdf',
      speakers: '\n  - organisation: "KL"\n    time: "10:15-10:45"',
      image: '\n  file: sal.jpg\n  alt: "Salen"',
    };
    const problems = problemsOf(fields, { [`${BUNDLE}/slides.pdf`]: "%PDF", [`${BUNDLE}/sal.jpg`]: "jpg", "media/program.pdf": "%PDF" });
    expect(problems).toEqual([]);
  });

  it("read a file beside the report written with ./ in front, as in the text, as the same file", () => {
    const content = contentTree({
      ...SITE,
      [`${BUNDLE}/index.md`]: meetingFile({ image: '\n  file: ./sal.jpg\n  alt: "Salen"' }),
      [`${BUNDLE}/sal.jpg`]: "jpg",
    });
    const { content: loaded, problems } = loadContent(content, { drafts: false });
    expect(problems).toEqual([]);
    expect(loaded.meetings[0]!.image!.file).toBe(`${BUNDLE}/sal.jpg`);
  });

  it("name a missing file, on its line, with the nearest name", () => {
    const problem = only(problemsOf({ attachments: '\n  - title: "Slides"\n    file: slide.pdf' }, { [`${BUNDLE}/slides.pdf`]: "%PDF" }));
    expect(problem).toMatchObject({ severity: "error", file: `${BUNDLE}/index.md`, line: 11, field: "attachments[1].file" });
    expect(problem.hint).toBe('Mente du "slides.pdf"?');
  });

  it("say a file beside a report needs the report to be a folder", () => {
    const content = contentTree({
      ...SITE,
      "meetings/midt-nord/2017-03-07-et-moede.md": meetingFile({ attachments: '\n  - title: "Slides"\n    file: slides.pdf' }),
    });
    const problem = only(loadContent(content, { drafts: false }).problems);
    expect(problem.message).toContain("referatet er en enkelt fil, ikke en mappe");
    expect(problem.hint).toContain("2017-03-07-et-moede/index.md");
  });

  it("are a file or a link, not both and not neither", () => {
    const both = only(
      problemsOf(
        { attachments: '\n  - title: "Slides"\n    file: slides.pdf\n    url: "https://x.dk/s"' },
        { [`${BUNDLE}/slides.pdf`]: "%PDF" },
      ),
    );
    expect(both).toMatchObject({ severity: "error", field: "attachments[1]", line: 10 });
    expect(only(problemsOf({ attachments: '\n  - title: "Slides"' })).message).toContain("enten en fil (file) eller et link (url)");
  });

  it("are refused over the site's size limit", () => {
    const site = { "_data/site.yaml": SITE["_data/site.yaml"] + "attachment_limit_mb: 1\n" };
    const problem = only(
      problemsOf({ attachments: '\n  - title: "Video"\n    file: film.mp4' }, { [`${BUNDLE}/film.mp4`]: "x".repeat(1_500_000) }, site),
    );
    expect(problem).toMatchObject({ severity: "error", field: "attachments[1].file" });
    expect(problem.message).toBe("filen er 1,5 MB; sitet udgiver filer på højst 1 MB.");
  });

  it("hang on a talk the meeting has, by number or by name", () => {
    const speakers = '\n  - organisation: "KL"\n    name: "Anna Holm"';
    expect(only(problemsOf({ speakers, attachments: '\n  - title: "S"\n    url: "https://x.dk/s"\n    speaker: 2' })).message).toBe(
      "mødet har 1 oplæg, så der er intet oplæg nr. 2.",
    );
    // the form writes the number as text
    expect(problemsOf({ speakers, attachments: '\n  - title: "S"\n    url: "https://x.dk/s"\n    speaker: "1"' })).toEqual([]);
    expect(only(problemsOf({ speakers, attachments: '\n  - title: "S"\n    url: "https://x.dk/s"\n    speaker: "2"' })).message).toBe(
      "mødet har 1 oplæg, så der er intet oplæg nr. 2.",
    );
    const byName = only(problemsOf({ speakers, attachments: '\n  - title: "S"\n    url: "https://x.dk/s"\n    speaker: "Anna Holmen"' }));
    expect(byName.hint).toContain('"Anna Holm"');
  });
});

describe("a meeting's programme, sign-up, recording and picture", () => {
  it("refuse a talk whose time runs backwards", () => {
    expect(only(problemsOf({ speakers: '\n  - organisation: "KL"\n    time: "10:45-10:15"' })).field).toBe("speakers[1].time");
  });

  it("warn of a sign-up that closes after the meeting", () => {
    const problem = only(problemsOf({ registration: '\n  url: "https://x.dk/tilmeld"\n  deadline: 2017-03-10' }));
    expect(problem).toMatchObject({ severity: "warning", field: "registration.deadline" });
  });

  it("warn of a recording of a meeting still to come", () => {
    const problem = only(problemsOf({ date: "2017-03-07", recording: '"https://video.example.dk/1"' }));
    expect(problem).toMatchObject({ severity: "warning", field: "recording" });
  });

  it("refuse a picture without its alt text", () => {
    const problem = only(problemsOf({ image: "\n  file: sal.jpg" }, { [`${BUNDLE}/sal.jpg`]: "jpg" }));
    expect(problem).toMatchObject({ severity: "error", field: "image.alt" });
  });
});

describe("a meeting's body", () => {
  it("links and shows files beside the report by their names, and names a missing one on its line", () => {
    const body = "Se [slides](slides.pdf) og ![Salen](./sal.jpg).\n\nOg [noterne](noter.pdf).\n";
    const content = contentTree({
      ...SITE,
      [`${BUNDLE}/index.md`]: meetingFile({}, body),
      [`${BUNDLE}/slides.pdf`]: "%PDF",
      [`${BUNDLE}/sal.jpg`]: "jpg",
      [`${BUNDLE}/note.pdf`]: "%PDF",
    });
    const problem = only(loadContent(content, { drafts: false }).problems);
    expect(problem).toMatchObject({ severity: "error", file: `${BUNDLE}/index.md`, line: 13, column: 14 });
    expect(problem.hint).toBe('Mente du "note.pdf"?');
  });

  it("says a file linked beside a single-file report has nowhere to be", () => {
    const content = contentTree({ ...SITE, "meetings/midt-nord/2017-03-07-et-moede.md": meetingFile({}, "Se [slides](slides.pdf).\n") });
    expect(only(loadContent(content, { drafts: false }).problems).message).toContain("referatet er en enkelt fil, ikke en mappe");
  });

  it("leaves links to other pages of the site alone, up a folder as old reports wrote them", () => {
    const body = "Se [mødet i Syddanmark](../syddanmark/2017-03-16-brugerstyring/) og [KL](https://www.kl.dk/).\n";
    const content = contentTree({ ...SITE, "meetings/midt-nord/2017-03-07-et-moede.md": meetingFile({}, body) });
    expect(loadContent(content, { drafts: false }).problems).toEqual([]);
  });

  it("says the files beside a news article are not published", () => {
    const content = contentTree({
      ...SITE,
      "news/2017/2017-04-11-nyt/index.md": "---\ntitle: Nyt\ndate: 2017-04-11\n---\nTekst.\n",
      "news/2017/2017-04-11-nyt/graf.png": "png",
    });
    expect(only(loadContent(content, { drafts: false }).problems)).toMatchObject({
      severity: "error",
      file: "news/2017/2017-04-11-nyt/graf.png",
    });
  });
});

describe("the files beside a report", () => {
  it("may not take the name of a file the page writes, nor lead out of the report's folder", () => {
    const content = contentTree({
      ...SITE,
      [`${BUNDLE}/index.md`]: meetingFile(),
      [`${BUNDLE}/index.html`]: "<h1>Ikke siden</h1>",
      [`${BUNDLE}/kalender.ics/x.pdf`]: "%PDF",
      "meetings/sjaelland/2017-03-15-kladde.md": meetingFile({ region: "sjaelland", date: "2017-03-15", draft: "true" }),
    });
    symlinkSync("../../sjaelland/2017-03-15-kladde.md", join(content, BUNDLE, "kladde.txt"));
    const problems = loadContent(content, { drafts: false }).problems;
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      `${BUNDLE}/index.html`,
      `${BUNDLE}/kalender.ics/x.pdf`,
      `${BUNDLE}/kladde.txt`,
    ]);
    expect(problems.find((problem) => problem.file.endsWith("index.html"))!.message).toContain("ville erstatte den");
    expect(problems.find((problem) => problem.file.endsWith("kladde.txt"))!.message).toContain(`uden for ${BUNDLE}/`);
  });

  it("never tell the size of a file the report names outside the content folder", () => {
    const site = { "_data/site.yaml": SITE["_data/site.yaml"] + "attachment_limit_mb: 1\n" };
    const outside = "/media/../../../../../../usr/bin/node";
    const problems = problemsOf({ attachments: `\n  - title: "X"\n    file: "${outside}"` }, {}, site);
    expect(problems.map((problem) => problem.message).join(" ")).not.toMatch(/MB/);
  });
});

describe("the files published as they are", () => {
  it("are never a page or a script, which would run as the site's own", () => {
    const content = contentTree({
      ...SITE,
      [`${BUNDLE}/index.md`]: meetingFile(),
      [`${BUNDLE}/side.html`]: "<script>alert(1)</script>",
      "media/widget.js": "alert(1)",
      "media/slides.pdf": "%PDF",
    });
    const { content: loaded, problems } = loadContent(content, { drafts: false });
    expect(problems.map((problem) => problem.file).sort()).toEqual(["media/widget.js", `${BUNDLE}/side.html`]);
    expect(loaded.media).toEqual(["media/slides.pdf"]);
  });
});

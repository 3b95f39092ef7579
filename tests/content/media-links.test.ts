// Links and images in a body that point at media files: found as the site's markdown reads
// them, on the line of the file they stand on, and checked against the files in media/.
import { describe, expect, it } from "vitest";
import { mediaLinks } from "../../src/content/media-links.ts";
import { meetingFile, newsFile, onlyProblem, problemsOf } from "../helpers/content-tree.ts";

const MEETING = "meetings/midt-nord/2017-03-07-et-moede.md";
/** meetingFile's front-matter takes lines 1-9 and a blank line follows: the text starts on line 11 */
const FIRST_LINE = 11;

describe("mediaLinks", () => {
  it("finds links and images to /media/ and the relative forms, with line and column", () => {
    const body = 'Se [slides](/media/a.pdf).\n\n![Kort](../../media/kort.png "Kort")\n\n- [b](media/b.pdf#page=2)\n';
    expect(mediaLinks(body)).toEqual([
      { path: "/media/a.pdf", reference: { file: "media/a.pdf", relative: false }, line: 0, column: 13 },
      { path: "../../media/kort.png", reference: { file: "media/kort.png", relative: true }, line: 2, column: 9 },
      { path: "media/b.pdf", reference: { file: "media/b.pdf", relative: true }, line: 4, column: 7 },
    ]);
  });

  it("counts the lines of a paragraph, a table and a quote, and reads escaped names as the file's", () => {
    const body =
      "Første linje\nanden med [x](/media/x.pdf)\n\n| a | b |\n|---|---|\n| 1 | [y](</media/møde plan.pdf>) |\n\n> [z](/media/m%C3%B8de.pdf)\n";
    expect(mediaLinks(body).map(({ path, line, column }) => [path, line, column])).toEqual([
      ["/media/x.pdf", 1, 15],
      ["/media/møde plan.pdf", 5, 12],
      ["/media/møde.pdf", 7, 7],
    ]);
  });

  it("finds the target of a link whose text runs over two lines on the line it is written", () => {
    expect(mediaLinks("[en lang\ntekst](/media/x.pdf)\n")).toMatchObject([{ line: 1, column: 8 }]);
  });

  it("leaves out what is no link on the page: code, escaped brackets, other sites, other folders", () => {
    const body =
      "`[x](/media/x.pdf)`\n\n    [y](/media/y.pdf)\n\n\\[z](/media/z.pdf)\n\n[KL](https://www.kl.dk/media/a.pdf) [b](/billeder/media/b.png) [c](//cdn.dk/media/c.pdf)\n";
    expect(mediaLinks(body)).toEqual([]);
  });
});

describe("media links in reports and news", () => {
  it("accept a file that is in media/, in a subfolder too", () => {
    const problems = problemsOf({
      "media/slides.pdf": "%PDF",
      "media/2017/kort.png": "png",
      [MEETING]: meetingFile({}, "Se [slides](/media/slides.pdf) og ![kortet](/media/2017/kort.png).\n"),
      "news/2017/2017-04-11-n.md": newsFile({}, "[Slides](/media/slides.pdf?download=1)\n"),
    });
    expect(problems).toEqual([]);
  });

  it("report a missing file at its line in the file, with the nearest names", () => {
    const problem = onlyProblem({
      "media/slides-2017.pdf": "%PDF",
      [MEETING]: meetingFile({}, "Referatets tekst.\n\nSe [slides](/media/slides-2071.pdf).\n"),
    });
    expect(problem).toMatchObject({ severity: "error", file: MEETING, line: FIRST_LINE + 2, column: 13 });
    expect(problem.message).toBe('linket peger på filen "media/slides-2071.pdf", som ikke findes i indholdsmappen.');
    expect(problem.hint).toBe('Mente du "/media/slides-2017.pdf"?');
  });

  it("suggest the same name in another folder or case, and say where files go when none is near", () => {
    const files = { "media/2017/Slides.pdf": "%PDF", "media/2018/slides.pdf": "%PDF" };
    expect(onlyProblem({ ...files, [MEETING]: meetingFile({}, "[s](/media/slides.pdf)\n") }).hint).toBe(
      'Mente du "/media/2018/slides.pdf" eller "/media/2017/Slides.pdf"?',
    );
    expect(onlyProblem({ [MEETING]: meetingFile({}, "[s](/media/slides.pdf)\n") }).hint).toBe(
      "Læg filen i mappen media/ i indholdsmappen, eller ret navnet.",
    );
  });

  it("report a link written relative to the file, which would lead astray on the site, with the fix", () => {
    const news = "news/2017/2017-04-11-n.md";
    const problem = onlyProblem({ "media/a.pdf": "%PDF", [news]: newsFile({}, "Tekst.\n\n[a](../../media/a.pdf)\n") });
    expect(problem).toMatchObject({ severity: "error", file: news, line: 8, column: 5 });
    expect(problem.message).toContain('linket "../../media/a.pdf" er skrevet i forhold til filen');
    expect(problem.hint).toBe('Skriv "/media/a.pdf".');
    const missing = onlyProblem({ [news]: newsFile({}, "[a](media/b.pdf)\n") });
    expect(missing.hint).toBe(
      'Læg filen i mappen media/ i indholdsmappen, eller ret navnet. Skriv stien som /media/<navn>, ikke "media/b.pdf".',
    );
  });

  it("do not count a link out of the content folder as a file there", () => {
    const problems = problemsOf({ [MEETING]: meetingFile({}, "[x](/media/../_data/site.yaml)\n") });
    expect(problems).toMatchObject([{ severity: "error", line: FIRST_LINE }]);
  });
});

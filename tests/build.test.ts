// The production build as a whole: reproducible, and safe when the content is broken.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInto, filesOf, NOW, runScript, temporaryFolder } from "./helpers/build.ts";
import { contentTree, meetingFile, newsFile } from "./helpers/content-tree.ts";

describe("the production build", () => {
  it("gives byte-identical output for the same content and the same now", () => {
    const first = buildInto("content");
    const second = buildInto("content");
    const files = filesOf(first);
    expect(files.length).toBeGreaterThan(20);
    expect(filesOf(second)).toEqual(files);
    for (const file of files) expect(readFileSync(join(second, file)), file).toEqual(readFileSync(join(first, file)));
  });

  it("depends on now: a meeting after it is upcoming, before it a report", () => {
    const tree = contentTree({ "meetings/midt-nord/2017-03-07-et-moede.md": meetingFile() });
    const before = join(temporaryFolder(), "site");
    expect(runScript("build", ["--content", tree, "--output", before, "--now", "2017-03-01"]).status).toBe(0);
    expect(readFileSync(join(before, "moeder/midt-nord/2017-03-07-et-moede/index.html"), "utf8")).toContain("Kommende møde");
    const after = buildInto(tree);
    expect(readFileSync(join(after, "moeder/midt-nord/2017-03-07-et-moede/index.html"), "utf8")).toContain("Mødereferat");
  });

  it("stops on bad content with every message, a non-zero exit, and the old output untouched", () => {
    const output = buildInto("content");
    // a page no build makes: a replaced output would lose it (a file referat did not make would be refused)
    writeFileSync(join(output, "index.html"), "the previous build");
    const before = filesOf(output).map((file) => [file, readFileSync(join(output, file), "utf8")]);

    const broken = temporaryFolder("referat-broken-");
    cpSync("content", broken, { recursive: true });
    const midtNord = "meetings/midt-nord/2017-03-07-brug-og-implementering-af-rammearkitekturen.md";
    const news = "news/2017/2017-04-11-hvad-taler-kommunerne-om-i-it-arkitekturnetvaerket.md";
    writeFileSync(join(broken, midtNord), readFileSync(join(broken, midtNord), "utf8").replace("region: midt-nord", "region: midt-nrd"));
    writeFileSync(
      join(broken, news),
      readFileSync(join(broken, news), "utf8").replace("syddanmark/2017-03-16-brugerstyring", "syddanmark/2017-03-16-brugerstyrng"),
    );

    const run = runScript("build", ["--content", broken, "--output", output, "--now", NOW]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${broken}/${midtNord}:4:9  fejl  region: fandt "midt-nrd"`);
    expect(run.stderr).toContain('Mente du "midt-nord"?');
    expect(run.stderr).toContain(`${broken}/${news}:9:5  fejl  meetings[4]`);
    expect(run.stderr).toContain('Mente du "syddanmark/2017-03-16-brugerstyring"?');
    expect(run.stderr).toContain("2 fejl");
    expect(run.stderr).not.toContain("at loadSite"); // no stack trace for editors

    const after = filesOf(output).map((file) => [file, readFileSync(join(output, file), "utf8")]);
    expect(after).toEqual(before);
    expect(filesOf(join(output, "..")).filter((file) => !file.startsWith("site/"))).toEqual([]);
  });

  it("fails clearly when the content folder does not exist", () => {
    const run = runScript("build", ["--content", "/nonexistent/content", "--output", join(temporaryFolder(), "site")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Indholdsmappen findes ikke: /nonexistent/content");
  });

  it("never publishes drafts, and publishes them marked as drafts when asked to (as the dev server does)", () => {
    const tree = contentTree({
      "meetings/midt-nord/2017-03-07-et-moede.md": meetingFile({ draft: "true", title: '"Hemmeligt møde"' }),
      "news/2017/2017-04-11-n.md": newsFile({ draft: "true", title: '"Hemmelig nyhed"' }),
    });
    const production = buildInto(tree);
    const everything = filesOf(production)
      .map((file) => readFileSync(join(production, file), "utf8"))
      .join("\n");
    expect(everything).not.toContain("Hemmelig");
    const preview = buildInto(tree, ["--drafts"]);
    const meeting = readFileSync(join(preview, "moeder/midt-nord/2017-03-07-et-moede/index.html"), "utf8");
    expect(meeting).toContain("Hemmeligt møde");
    expect(meeting).toContain("Kladde");
    expect(readFileSync(join(preview, "nyheder/2017/2017-04-11-n/index.html"), "utf8")).toContain("Kladde");
  });
});

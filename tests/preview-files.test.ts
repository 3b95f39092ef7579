// The dev server's housekeeping, without a dev server: what it removes from its output folder
// after a build, and how it marks the folder as referat's (tests/preview.test.ts runs it for real).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_FILES, foreignEntries, markedEntries } from "../src/output/folder.ts";
import { tidyDevOutput } from "../src/preview.ts";
import { temporaryFolder } from "./helpers/build.ts";

function folderWith(files: string[]): string {
  const root = temporaryFolder("referat-dev-");
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  return root;
}

describe("after a dev build", () => {
  const pages = ["index.html", "moeder/a/m1/index.html", "moeder/a/m1/kalender.ics", "moeder/a/m2/index.html", "kalender.ics"];
  const others = ["assets/referat.css", "admin/decap-cms.js", "pagefind/pagefind.js"];

  it("removes what the build before wrote and this one did not, and the folders it leaves empty", () => {
    const output = folderWith([...pages, ...others]);
    tidyDevOutput(
      output,
      pages.map((page) => join(output, page)),
    );
    tidyDevOutput(
      output,
      ["index.html", "moeder/a/m2/index.html", "kalender.ics"].map((page) => join(output, page)),
    );
    expect(existsSync(join(output, "moeder/a/m1"))).toBe(false);
    expect(existsSync(join(output, "moeder/a/m2/index.html"))).toBe(true);
    for (const file of ["index.html", "kalender.ics", ...others]) expect(existsSync(join(output, file)), file).toBe(true);
  });

  it("removes nothing the first time, and nothing it did not write itself", () => {
    const output = folderWith([...pages, ...others]);
    tidyDevOutput(output, [join(output, "index.html")]);
    for (const file of [...pages, ...others]) expect(existsSync(join(output, file)), file).toBe(true);
  });

  it("marks as referat's what it wrote and the search index, and adopts nothing else put there meanwhile", () => {
    const output = folderWith(["index.html", "moeder/a/m1/index.html"]);
    writeFileSync(join(output, "notes.txt"), "someone's");
    tidyDevOutput(output, [join(output, "index.html"), join(output, "moeder/a/m1/index.html")]);
    expect(readdirSync(output).sort()).toEqual([".referat-dev-files", ".referat-site", "index.html", "moeder", "notes.txt"]);
    expect(readFileSync(join(output, DEV_FILES), "utf8")).toBe("index.html\nmoeder/a/m1/index.html");
    expect(markedEntries(output)).toEqual([".referat-site", "index.html", "moeder", "pagefind"]);
    // a production build into the folder refuses what someone else put there
    expect(foreignEntries(output)).toEqual(["notes.txt"]);
  });

  it("takes paths relative to the working folder, as Eleventy gives them", () => {
    const output = folderWith(pages);
    const here = relative(process.cwd(), output);
    // Eleventy's own paths begin "./", those made with join() do not
    const asWritten = (files: string[]) => files.map((file) => (file.endsWith(".html") ? `./${join(here, file)}` : join(here, file)));
    tidyDevOutput(`./${here}/`, asWritten(pages));
    tidyDevOutput(`./${here}/`, asWritten(pages.slice(2)));
    expect(existsSync(join(output, "index.html"))).toBe(false);
    expect(existsSync(join(output, "moeder/a/m1/index.html"))).toBe(false);
    expect(existsSync(join(output, "moeder/a/m1/kalender.ics"))).toBe(true);
  });

  it("never removes anything outside the output folder, whatever its list says", () => {
    const outside = folderWith(["keep.txt"]);
    const output = folderWith(["index.html"]);
    tidyDevOutput(output, [join(output, "index.html")]);
    writeFileSync(join(output, DEV_FILES), `index.html\n${relative(output, join(outside, "keep.txt"))}\n${join(outside, "keep.txt")}`);
    tidyDevOutput(output, [join(output, "index.html")]);
    expect(existsSync(join(outside, "keep.txt"))).toBe(true);
  });
});

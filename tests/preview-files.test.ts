// The dev server's housekeeping, without a dev server: what it removes from its output folder
// after a build (tests/preview.test.ts runs it for real).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { removeStaleOutput, writtenListFor } from "../src/preview.ts";
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
    removeStaleOutput(output, pages.map((page) => join(output, page)));
    removeStaleOutput(output, ["index.html", "moeder/a/m2/index.html", "kalender.ics"].map((page) => join(output, page)));
    expect(existsSync(join(output, "moeder/a/m1"))).toBe(false);
    expect(existsSync(join(output, "moeder/a/m2/index.html"))).toBe(true);
    for (const file of ["index.html", "kalender.ics", ...others]) expect(existsSync(join(output, file)), file).toBe(true);
  });

  it("removes nothing the first time, and nothing it did not write itself", () => {
    const output = folderWith([...pages, ...others]);
    removeStaleOutput(output, [join(output, "index.html")]);
    for (const file of [...pages, ...others]) expect(existsSync(join(output, file)), file).toBe(true);
  });

  it("adds nothing to the output folder, whose entries the production build checks", () => {
    const output = folderWith(["index.html"]);
    removeStaleOutput(output, [join(output, "index.html")]);
    expect(readdirSync(output)).toEqual(["index.html"]);
    expect(readFileSync(writtenListFor(output), "utf8")).toBe("index.html");
  });

  it("takes paths relative to the working folder, as Eleventy gives them", () => {
    const output = folderWith(pages);
    const here = relative(process.cwd(), output);
    // Eleventy's own paths begin "./", those made with join() do not
    const asWritten = (files: string[]) => files.map((file) => (file.endsWith(".html") ? `./${join(here, file)}` : join(here, file)));
    removeStaleOutput(`./${here}/`, asWritten(pages));
    removeStaleOutput(`./${here}/`, asWritten(pages.slice(2)));
    expect(existsSync(join(output, "index.html"))).toBe(false);
    expect(existsSync(join(output, "moeder/a/m1/index.html"))).toBe(false);
    expect(existsSync(join(output, "moeder/a/m1/kalender.ics"))).toBe(true);
  });

  it("never removes anything outside the output folder, whatever its list says", () => {
    const outside = folderWith(["keep.txt"]);
    const output = folderWith(["index.html"]);
    removeStaleOutput(output, [join(output, "index.html")]);
    writeFileSync(writtenListFor(output), `index.html\n${relative(output, join(outside, "keep.txt"))}\n${join(outside, "keep.txt")}`);
    removeStaleOutput(output, [join(output, "index.html")]);
    expect(existsSync(join(outside, "keep.txt"))).toBe(true);
  });
});

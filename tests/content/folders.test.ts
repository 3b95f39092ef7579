import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentFolder } from "../../src/content/folders.ts";
import type { Problem } from "../../src/content/problems.ts";
import { contentTree } from "../helpers/content-tree.ts";

/** A folder outside every content tree, holding a secret that must never be read. */
function outside(): string {
  const folder = mkdtempSync(join(tmpdir(), "referat-outside-"));
  writeFileSync(join(folder, "secret.yaml"), 'title: "HEMMELIGT"\n');
  mkdirSync(join(folder, "region"));
  writeFileSync(join(folder, "region", "2017-03-07-hemmelig.md"), "HEMMELIGT\n");
  return folder;
}

function listed(root: string): { files: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const folder = new ContentFolder(root, problems);
  return { files: [...folder.filesBelow("meetings"), ...folder.filesBelow("news")], problems };
}

describe("ContentFolder", () => {
  it("lists every file below a folder, not the hidden ones", () => {
    const root = contentTree({ "meetings/a/1.md": "", "meetings/a/.DS_Store": "", "meetings/b/c/2.md": "", "news/2017/3.md": "" });
    expect(listed(root)).toEqual({ files: ["meetings/a/1.md", "meetings/b/c/2.md", "news/2017/3.md"], problems: [] });
  });

  it("follows links to files and folders inside the content folder, under the link's own name", () => {
    const root = contentTree({ "meetings/a/1.md": "", "common/2.md": "", "common/region/3.md": "" });
    symlinkSync("../../common/2.md", join(root, "meetings/a/2.md"));
    symlinkSync("../common/region", join(root, "meetings/b"));
    expect(listed(root)).toEqual({ files: ["meetings/a/1.md", "meetings/a/2.md", "meetings/b/3.md"], problems: [] });
  });

  it("refuses links that lead outside the content folder, nowhere or round in a loop, naming link and target", () => {
    const away = outside();
    const root = contentTree({ "meetings/a/1.md": "" });
    symlinkSync(join(away, "region"), join(root, "meetings/b"));
    symlinkSync(join(away, "region/2017-03-07-hemmelig.md"), join(root, "meetings/a/2.md"));
    symlinkSync("nowhere.md", join(root, "meetings/a/3.md"));
    symlinkSync("..", join(root, "meetings/a/up"));
    symlinkSync("self", join(root, "meetings/a/self"));
    const { files, problems } = listed(root);
    expect(files).toEqual(["meetings/a/1.md"]);
    expect(problems.map((problem) => `${problem.severity} ${problem.file}`).sort()).toEqual([
      "error meetings/a/2.md",
      "error meetings/a/3.md",
      "error meetings/a/self",
      "error meetings/a/up",
      "error meetings/b",
    ]);
    const byFile = Object.fromEntries(problems.map((problem) => [problem.file, problem.message]));
    expect(byFile["meetings/b"]).toContain(`er et link til "${join(away, "region")}", som ligger uden for indholdsmappen`);
    expect(byFile["meetings/a/3.md"]).toContain('er et link til "nowhere.md", som ikke findes');
    expect(byFile["meetings/a/self"]).toContain("peger tilbage på sig selv");
    expect(byFile["meetings/a/up"]).toContain("en mappe, som linket selv ligger i");
    expect(JSON.stringify(problems)).not.toContain("HEMMELIGT");
  });

  it("reads _data files only from inside the content folder", () => {
    const away = outside();
    const root = contentTree({});
    symlinkSync(join(away, "secret.yaml"), join(root, "_data/site.yaml"));
    const problems: Problem[] = [];
    const folder = new ContentFolder(root, problems);
    expect(folder.read("_data/site.yaml")).toEqual({ status: "refused" });
    expect(folder.read("_data/regions.yaml")).toMatchObject({ status: "read" });
    expect(folder.read("_data/none.yaml")).toEqual({ status: "missing" });
    expect(problems).toMatchObject([{ file: "_data/site.yaml", message: expect.stringContaining("uden for indholdsmappen") }]);
  });

  it("refuses a whole _data folder linked from outside", () => {
    const away = outside();
    const root = mkdtempSync(join(tmpdir(), "referat-content-"));
    symlinkSync(away, join(root, "_data"));
    const problems: Problem[] = [];
    expect(new ContentFolder(root, problems).read("_data/secret.yaml")).toEqual({ status: "refused" });
    expect(problems).toMatchObject([{ file: "_data", message: expect.stringContaining("uden for indholdsmappen") }]);
  });
});

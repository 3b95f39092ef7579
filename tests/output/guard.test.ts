// Which output folders a build refuses before it touches anything.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/config.ts";
import { markAsOurs } from "../../src/output/folder.ts";
import { checkOutputFolder, checkOutputPath, OutputRefused } from "../../src/output/guard.ts";
import { temporaryFolder } from "../helpers/build.ts";

function content(): string {
  const folder = join(temporaryFolder("referat-guard-"), "content");
  mkdirSync(join(folder, "meetings"), { recursive: true });
  return folder;
}

const check = (output: string, contentFolder = content()) =>
  checkOutputPath({ output, content: contentFolder, repository: ROOT, option: "--output" });

describe("checkOutputPath", () => {
  it.each([
    ["/", "roden af hele filsystemet"],
    [homedir(), "hjemmemappe"],
    // the folder around the home folder, which is the root itself where home is /root
    [dirname(homedir()), /hjemmemappe|roden/],
    [ROOT, "referat selv"],
    [join(ROOT, "."), "referat selv"],
    [dirname(ROOT), "referat selv"],
  ] as [string, string | RegExp][])("refuses %s", (output, why) => {
    expect(() => check(output)).toThrow(OutputRefused);
    expect(() => check(output)).toThrow(why);
  });

  it("refuses the content folder, however it is spelt, the folder around it and a folder inside it", () => {
    const folder = content();
    expect(() => check(folder, folder)).toThrow("indeholder indholdsmappen");
    expect(() => check(`${folder}/../content/`, folder)).toThrow("indeholder indholdsmappen");
    expect(() => check(dirname(folder), folder)).toThrow("indeholder indholdsmappen");
    expect(() => check(join(folder, "_site"), folder)).toThrow("inde i indholdsmappen");
    const link = join(temporaryFolder(), "link");
    symlinkSync(folder, link);
    expect(() => check(link, folder)).toThrow("indeholder indholdsmappen");
  });

  it("refuses a file, naming the option and the fix", () => {
    const file = join(temporaryFolder(), "index.html");
    writeFileSync(file, "not a folder");
    expect(() => check(file)).toThrow(`--output ${file}: det er en fil, ikke en mappe. Vælg en ny eller tom mappe, f.eks. _site.`);
  });

  it("accepts a new folder and an existing one beside the content, as an absolute path", () => {
    const folder = content();
    expect(check(join(dirname(folder), "site"), folder)).toBe(join(dirname(folder), "site"));
    expect(check(`${dirname(folder)}/x/../site`, folder)).toBe(join(dirname(folder), "site"));
  });
});

describe("checkOutputFolder", () => {
  it("accepts an empty folder, and a mount point's lost+found", () => {
    const output = temporaryFolder();
    expect(() => checkOutputFolder(output, "--output")).not.toThrow();
    mkdirSync(join(output, "lost+found"));
    expect(() => checkOutputFolder(output, "--output")).not.toThrow();
  });

  it("refuses a folder holding what referat did not make, naming it", () => {
    const output = temporaryFolder();
    writeFileSync(join(output, "README.md"), "someone's");
    mkdirSync(join(output, ".git"));
    expect(() => checkOutputFolder(output, "--output")).toThrow(/referat ikke har lavet \(\.git, README\.md\)/);
  });

  it("accepts a site referat made, and refuses one to which something was added since", () => {
    const output = temporaryFolder();
    writeFileSync(join(output, "index.html"), "");
    markAsOurs(output);
    expect(() => checkOutputFolder(output, "--output")).not.toThrow();
    writeFileSync(join(output, "CNAME"), "www.example.dk");
    expect(() => checkOutputFolder(output, "--output")).toThrow("(CNAME)");
  });
});

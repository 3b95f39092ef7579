// site.yaml's settings for publishing: the logo and share image (files in media/), the
// accessibility statement or its contact, and the CMS; each mistake with its line and fix.
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { CONTACT, contentTree, problemsOf } from "../helpers/content-tree.ts";

const SITE = 'title: "Net"\nurl: "https://net.example.dk"\n';
const MEDIA = { "media/logo.svg": "<svg/>", "media/deling.png": "png" };

function load(settings: string, files: Record<string, string> = MEDIA) {
  return loadContent(contentTree({ ...files, "_data/site.yaml": SITE + settings }), { drafts: false });
}

describe("site.yaml's publishing settings", () => {
  it("are typed as written, media files as their paths in the content folder, the branch main by default", () => {
    const { content, problems } = load(
      'logo:\n  file: /media/logo.svg\n  alt: "Net"\nimage:\n  file: media/deling.png\n  alt: "Netværkets logo"\n' +
        'accessibility:\n  statement: "https://www.was.digst.dk/net-example-dk"\n  email: "a@net.example.dk"\n  phone: "+45 12 34 56 78"\n' +
        'cms:\n  backend: github\n  repo: "kommune/net-indhold"\n',
    );
    expect(problems).toEqual([]);
    expect(content.settings).toEqual({
      title: "Net",
      url: "https://net.example.dk",
      description: "",
      logo: { file: "media/logo.svg", alt: "Net" },
      image: { file: "media/deling.png", alt: "Netværkets logo" },
      accessibility: { statement: "https://www.was.digst.dk/net-example-dk", email: "a@net.example.dk", phone: "+45 12 34 56 78" },
      cms: { backend: "github", repo: "kommune/net-indhold", branch: "main" },
    });
    expect(content.media).toEqual(["media/deling.png", "media/logo.svg"]);
  });

  it("warn, at the field or the top, when there is neither a statement nor a contact", () => {
    const [missing] = load("").problems;
    expect(missing).toMatchObject({ severity: "warning", file: "_data/site.yaml", line: 1, field: "accessibility" });
    expect(missing!.message).toContain("hverken adressen på en tilgængelighedserklæring");
    expect(missing!.hint).toContain('email: "tilgaengelighed@netvaerk.example.dk"');
    expect(load("accessibility: {}\n").problems).toMatchObject([{ severity: "warning", line: 3 }]);
    expect(load('accessibility:\n  phone: "12 34 56 78"\n').problems).toEqual([]);
    expect(load('accessibility:\n  statement: "https://www.was.digst.dk/net-example-dk"\n').problems).toEqual([]);
    // a site without site.yaml is not set up yet; the missing settings are not its problem
    expect(problemsOf({})).toEqual([]);
  });

  it("refuse a malformed e-mail address or phone number, with the fix where there is one", () => {
    const email = (value: string) => load(`accessibility:\n  email: ${JSON.stringify(value)}\n`).problems;
    for (const bad of ["tilgaengelighed", "a@b", "a @net.dk", "a@@net.dk", "a@net..dk", ".a@net.dk"])
      expect(email(bad), bad).toMatchObject([{ severity: "error", field: "accessibility.email", line: 4 }]);
    expect(email("mailto:a@net.example.dk")[0]!.hint).toBe('Skriv kun adressen: email: "a@net.example.dk"');
    expect(email("sekretariat@kommune-københavn.dk")).toEqual([]);
    const phone = (value: string) => load(`accessibility:\n  phone: ${JSON.stringify(value)}\n`).problems;
    for (const good of ["12345678", "+45 12 34 56 78", "(+45) 1234-5678"]) expect(phone(good), good).toEqual([]);
    for (const bad of ["1234", "tlf. 12 34 56 78", "12 34 56 78 ext 2"])
      expect(phone(bad), bad).toMatchObject([{ severity: "error", field: "accessibility.phone" }]);
  });

  it("require the logo and share image in media/, of a type they can be shown as, with alt text", () => {
    const logo = (file: string, files: Record<string, string> = MEDIA) =>
      load(`logo:\n  file: ${JSON.stringify(file)}\n  alt: "Net"\n${CONTACT}`, files).problems;
    expect(logo("/media/logo.svg")).toEqual([]);
    expect(logo("/media/logoet.svg")).toMatchObject([
      {
        severity: "error",
        field: "logo.file",
        line: 4,
        message: 'filen "media/logoet.svg" findes ikke i indholdsmappen.',
        hint: 'Mente du "/media/logo.svg"?',
      },
    ]);
    expect(logo("logo.svg")[0]).toMatchObject({ field: "logo.file", hint: 'Mente du "/media/logo.svg"?' });
    expect(logo("../media/logo.svg")[0]).toMatchObject({ hint: 'Skriv "/media/logo.svg".' });
    expect(logo("https://net.example.dk/logo.svg")[0]!.message).toContain("er en adresse");
    expect(logo("/media/deling.png", { "media/deling.png": "png" })).toEqual([]);
    expect(logo("/media/logo.gif", { "media/logo.gif": "gif" })[0]!.message).toBe('"/media/logo.gif" er ikke en SVG eller PNG-fil.');
    const image = load(`image:\n  file: /media/logo.svg\n${CONTACT}`).problems;
    expect(image.map((problem) => problem.field)).toEqual(["image.file", "image.alt"]);
  });

  it("check the CMS's backend, repository and branch", () => {
    const cms = (fields: string) => load(`cms:\n${fields}${CONTACT}`).problems;
    expect(cms('  backend: github\n  repo: "kommune/net-indhold"\n  branch: "udgivet/2017"\n')).toEqual([]);
    expect(cms('  backend: gitlab\n  repo: "kommune/net"\n')).toMatchObject([{ field: "cms.backend", line: 4 }]);
    expect(cms("  backend: github\n")).toMatchObject([{ field: "cms.repo", message: expect.stringContaining("mangler") }]);
    const url = cms('  backend: github\n  repo: "https://github.com/kommune/net-indhold.git"\n');
    expect(url).toMatchObject([{ field: "cms.repo", line: 5, hint: 'Mente du "kommune/net-indhold"?' }]);
    expect(url[0]!.message).toContain("et GitHub-repo på formen ejer/navn");
    for (const repo of ["kommune", "-kommune/net", "kommune/net/mere", "kommune/.."])
      expect(cms(`  backend: github\n  repo: "${repo}"\n`), repo).toMatchObject([{ field: "cms.repo" }]);
    for (const branch of ["min gren", "a..b", "/main", "main.lock", "main/"])
      expect(cms(`  backend: github\n  repo: "a/b"\n  branch: "${branch}"\n`), branch).toMatchObject([{ field: "cms.branch" }]);
  });

  it("read media/ through the content folder's guard: a link out of it is refused and not listed", () => {
    const away = mkdtempSync(join(tmpdir(), "referat-away-"));
    writeFileSync(join(away, "hemmelig.pdf"), "HEMMELIGT");
    const tree = contentTree({ ...MEDIA, "_data/site.yaml": SITE + CONTACT });
    symlinkSync(join(away, "hemmelig.pdf"), join(tree, "media/hemmelig.pdf"));
    const { content, problems } = loadContent(tree, { drafts: false });
    expect(content.media).toEqual(["media/deling.png", "media/logo.svg"]);
    expect(problems).toMatchObject([
      { severity: "error", file: "media/hemmelig.pdf", message: expect.stringContaining("uden for indholdsmappen") },
    ]);
  });

  it("refuse a site address whose path cannot be the base path of every URL, on its line", () => {
    const { problems } = loadContent(contentTree({ "_data/site.yaml": 'title: "Net"\nurl: "https://net.example.dk//sti"\n' + CONTACT }), {
      drafts: false,
    });
    expect(problems).toMatchObject([{ severity: "error", file: "_data/site.yaml", line: 2, field: "url" }]);
    expect(problems[0]!.message).toContain("stien ingen //, : eller *");
  });
});

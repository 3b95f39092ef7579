// Writes small content trees in our format to temporary folders, for tests.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import type { Problem } from "../../src/content/problems.ts";

export const REGIONS_YAML = `- key: midt-nord
  name: "Midt-Nord"
- key: hovedstaden
  name: "Hovedstaden"
- key: sjaelland
  name: "Sjælland"
- key: syddanmark
  name: "Syddanmark"
`;

/** site.yaml's lines for a contact on the accessibility statement, without which it warns */
export const CONTACT = 'accessibility:\n  email: "a@net.example.dk"\n';

/** A meeting file's text with valid defaults; `fields` replaces or adds front-matter lines. */
export function meetingFile(fields: Record<string, string> = {}, body = "Referatets tekst.\n"): string {
  const defaults: Record<string, string> = {
    title: '"Et møde"',
    date: "2017-03-07",
    region: "midt-nord",
    venue: '\n  name: "Bramslevgaard"\n  city: "Hobro"',
    theme: '"Rammearkitektur"',
  };
  return frontMatter({ ...defaults, ...fields }) + body;
}

export function newsFile(fields: Record<string, string> = {}, body = "Nyhedens tekst.\n"): string {
  return frontMatter({ title: '"En nyhed"', date: "2017-04-11", ...fields }) + body;
}

function frontMatter(fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}:${value.startsWith("\n") ? "" : " "}${value}`);
  return `---\n${lines.join("\n")}\n---\n\n`;
}

/** Creates a content folder holding `files` (path → text) and a regions.yaml unless given. */
export function contentTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "referat-content-"));
  const all = { "_data/regions.yaml": REGIONS_YAML, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Every problem loadContent finds in a content folder holding `files`. */
export function problemsOf(files: Record<string, string>, drafts = false): Problem[] {
  return loadContent(contentTree(files), { drafts }).problems;
}

/** The one problem of `files`; fails the test when there are more or none. */
export function onlyProblem(files: Record<string, string>): Problem {
  const problems = problemsOf(files);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

// Every word a reader sees comes from the language table (src/i18n/): a layout holds markup,
// punctuation and names for machines (ids, classes, rel values), and asks the table for the
// rest. Read with the TypeScript parser, so that what is code and what is text is certain.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Editor-facing pages, in Danish whatever the site's language: the dev server's problems and the CMS. */
const EDITORS_PAGES = ["problems.ts", "admin.ts"];
/** schema.org's and Open Graph's vocabulary, read by search engines, calendars and sharing cards, not by readers */
const FOR_MACHINES = ["structured-data.ts", "sharing.ts"];
/** code in a string: the script that starts Pagefind on the search page */
const SCRIPTS = ["search.ts:START"];

/** The attributes whose values readers see (or hear, from a screen reader), and the language they are in. */
const READ_ATTRIBUTES = /\b(aria-label|title|alt|placeholder|lang)="([^"]*)"/g;
const LETTER = /\p{L}/u;
/** an id, a class, a rel value, a property name: a name for machines, which may stay in a layout */
const MACHINE_NAME = /^[a-z][a-zA-Z0-9-]*$/;

/** What `source` (a layout) says to readers in words of its own, each as "file: text". */
function wordsOf(file: string, source: string): string[] {
  const found: string[] = [];
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);

  // the markup of `html` templates: text between tags, and attributes readers see; an `html`
  // template inside another's placeholder goes on where the placeholder is (in a tag or not)
  interface Markup {
    inTag: boolean;
    tag: string;
    text: string;
  }
  const read = (piece: string, at: Markup) => {
    for (let index = 0; index < piece.length; index++) {
      const character = piece[index]!;
      if (!at.inTag && character === "<" && /[a-zA-Z/!]/.test(piece[index + 1] ?? "")) at.inTag = true;
      if (at.inTag) at.tag += character;
      else at.text += character;
      if (at.inTag && character === ">") {
        for (const [, name, value] of at.tag.matchAll(READ_ATTRIBUTES)) if (LETTER.test(value!)) found.push(`${file}: ${name}="${value}"`);
        at.inTag = false;
        at.tag = "";
      }
    }
  };
  const markup = (template: ts.TemplateLiteral, outer: Markup | undefined) => {
    const at = outer ?? { inTag: false, tag: "", text: "" };
    if (ts.isNoSubstitutionTemplateLiteral(template)) read(template.text, at);
    else {
      read(template.head.text, at);
      for (const span of template.templateSpans) {
        if (at.inTag) at.tag += "\u0000";
        visit(span.expression, at);
        read(span.literal.text, at);
      }
    }
    if (outer) return;
    for (const line of at.text.replace(/&#?\w+;/g, "").split("\n")) if (LETTER.test(line)) found.push(`${file}: ${line.trim()}`);
  };

  const visit = (node: ts.Node, outer?: Markup) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === "html") {
      markup(node.template, outer);
      return;
    }
    if (ts.isVariableDeclaration(node) && SCRIPTS.includes(`${file}:${node.name.getText()}`)) return;
    const pieces = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? [node.text] : [];
    if (ts.isTemplateExpression(node)) pieces.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    for (const piece of pieces) if (LETTER.test(piece) && !MACHINE_NAME.test(piece)) found.push(`${file}: "${piece}"`);
    ts.forEachChild(node, (child) => visit(child, outer));
  };
  visit(tree);
  return found;
}

describe("the layouts", () => {
  const files = readdirSync("layouts").filter((name) => name.endsWith(".ts") && !EDITORS_PAGES.includes(name));

  it("hold no word a reader sees: every one is asked of src/i18n/", () => {
    expect(files.length).toBeGreaterThan(20);
    const words = files.flatMap((name) => (FOR_MACHINES.includes(name) ? [] : wordsOf(name, readFileSync(join("layouts", name), "utf8"))));
    expect(words).toEqual([]);
  });

  it("are checked by a test that finds a word where there is one", () => {
    const layout = `
      const START = "window.go()";
      const title = "Regioner";
      const more = \` (online)\`;
      const id = "seneste-nyheder";
      page(html\`<nav lang="da" aria-label="Sider" class="pagination">\${more}<a href="\${id}">Side \${2}</a>&#8230;</nav>
      <section\${id && html\` title="Om mødet"\`}>\${title}</section>\`);`;
    expect(wordsOf("search.ts", layout)).toEqual([
      'search.ts: "Regioner"',
      'search.ts: " (online)"',
      'search.ts: lang="da"',
      'search.ts: aria-label="Sider"',
      'search.ts: title="Om mødet"',
      "search.ts: Side",
    ]);
  });
});

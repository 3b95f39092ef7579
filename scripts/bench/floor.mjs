// The floor: the least any generator must do with the corpus, in plain Node. Reads every
// markdown file, parses its front-matter and its markdown, and writes one page for each file
// that is not a draft. No layout engine, no indexes, no feeds: no generator can do less.
//
//   node scripts/bench/floor.mjs CONTENT OUTPUT
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import MarkdownIt from "markdown-it";

const [content, output] = process.argv.slice(2);
const markdown = new MarkdownIt();

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

function page(title, body) {
  return `<!doctype html>\n<html lang="da">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body><main><h1>${title}</h1>\n${body}</main></body>\n</html>\n`;
}

for (const folder of ["meetings", "news"]) {
  for (const file of readdirSync(join(content, folder), { recursive: true })) {
    if (!file.endsWith(".md")) continue;
    const { data, content: text } = matter(readFileSync(join(content, folder, file), "utf8"));
    if (data.draft === true) continue;
    const dir = join(output, folder, file.slice(0, -".md".length));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), page(escapeHtml(data.title), markdown.render(text)));
  }
}

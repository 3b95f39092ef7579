// The links and images of a report's or news article's body that point at a media file, read
// the way the site reads them (content/markdown.ts), with the line each stands on: a file that
// is not in media/ would be a broken link on the published page, so it is an error here.
import { markdown } from "./markdown.ts";
import { besideProblem, mediaProblem, mediaReference, type MediaReference } from "./media.ts";
import type { ParsedFile } from "./parse.ts";
import type { Problem } from "./problems.ts";

export interface MediaLink {
  /** the link's target as written (percent-escapes decoded), without a query or fragment */
  path: string;
  /** a file in media/, or none for a link relative to the page ("slides.pdf", "billeder/sal.jpg") */
  reference?: MediaReference;
  /** the line in the body, from 0 */
  line: number;
  /** where the target starts on its line, from 1, when it can be found as written */
  column?: number;
}

/** "/media/m%C3%B8de.pdf" → "/media/møde.pdf"; a malformed escape stays as it is */
function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * A file beside the page: a target with no scheme, not from the site's root, not up a folder
 * ("../andet-moede/" is a page of the site, as links in reports written as one file have long
 * made them), and named like a file, with an extension.
 */
const BESIDE = /^(?![a-z][a-z0-9+.-]*:|\/|#|\?|\.\.\/)(?:[^/]*\/)*[^/]+\.[a-z0-9]+$/i;

/** Every link and image in `body` whose target is a media file or a file beside the page. */
export function mediaLinks(body: string): MediaLink[] {
  // most bodies link no file: those are not parsed a second time
  if (!body.includes("](") && !body.includes("media")) return [];
  const lines = body.split("\n");
  const found: MediaLink[] = [];
  // markdown-it gives lines to blocks, not to a table's cells: those stand on their row's
  let blockLines: readonly [number, number] = [0, 0];
  for (const block of markdown.parse(body, {})) {
    if (block.map) blockLines = block.map;
    if (block.type !== "inline" || !block.children) continue;
    // and not to inline tokens: a line break inside the paragraph is a step down
    let line = blockLines[0];
    for (const token of block.children) {
      if (token.type === "softbreak" || token.type === "hardbreak") line++;
      const href = token.type === "link_open" ? token.attrGet("href") : token.type === "image" ? token.attrGet("src") : null;
      if (!href) continue;
      const encoded = href.replace(/[?#].*$/s, "");
      const path = decoded(encoded);
      const reference = mediaReference(path);
      if (!reference && !BESIDE.test(path)) continue;
      found.push({ path, ...(reference && { reference }), ...whereWritten(lines, line, blockLines[1], [path, encoded]) });
    }
  }
  return found;
}

/** The first line from `from` (before `to`) that holds one of `spellings`, and the column there. */
function whereWritten(lines: readonly string[], from: number, to: number, spellings: readonly string[]): { line: number; column?: number } {
  for (let line = from; line < Math.max(to, from + 1); line++) {
    for (const spelling of spellings) {
      const index = lines[line]?.indexOf(spelling) ?? -1;
      if (index >= 0) return { line, column: index + 1 };
    }
  }
  return { line: from };
}

/**
 * A problem for every media link in `source`'s body that is not a file in media/ or not written
 * /media/<name>, and every link relative to the page that is not a file beside the report in
 * its folder (`bundle`): on the published page it would lead nowhere.
 */
export function checkMediaLinks(
  source: ParsedFile,
  mediaFiles: ReadonlySet<string>,
  bundle: { folder: string; files: ReadonlySet<string> } | undefined,
  problems: Problem[],
): void {
  for (const link of mediaLinks(source.body)) {
    const problem = link.reference
      ? mediaProblem(link.path, link.reference, mediaFiles, "link")
      : besideProblem(link.path.replace(/^\.\//, ""), link.path, source.file, bundle, "link");
    if (!problem) continue;
    problems.push({
      severity: "error",
      file: source.file,
      line: source.bodyLine + link.line,
      ...(link.column !== undefined && { column: link.column }),
      ...problem,
    });
  }
}

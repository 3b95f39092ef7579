// What the dev server (`npm start`) adds to Eleventy's, so that it always shows the content
// as it is on disk: the problems page while the content is broken, and no pages left over
// from files that are gone (scripts/serve.ts rebuilds when a file is deleted).
import { readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { problemsPage } from "../layouts/problems.ts";
import type { Problem } from "./content/problems.ts";
import { DEV_FILES, markAsOurs, markedEntries } from "./output/folder.ts";
import { folders } from "./routes.ts";

export type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** A page, as opposed to an asset, a feed or the search index. */
function isPage(request: IncomingMessage): boolean {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  return path.endsWith("/") || path.endsWith(".html");
}

/**
 * While the last build stopped on content errors, every page request gets the list of
 * problems (layouts/problems.ts) instead of an old page; the dev server's live reload brings
 * the real page back once a build succeeds.
 */
export function showProblems(current: () => readonly Problem[] | undefined, contentDir: string): Middleware {
  return (request, response, next) => {
    const problems = current();
    if (!problems || !isPage(request)) return next();
    response.statusCode = 500;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(problemsPage(problems, contentDir).markup);
  };
}

/**
 * Eleventy never deletes the page of a file that is gone, so the dev server would go on
 * serving a deleted report, its calendar and its folder. After each dev build, the files the
 * build before wrote and this one did not are removed, with folders left empty. Only files on
 * that list (kept in the output folder as DEV_FILES) are ever removed: passthrough copies, the
 * search index and anything else in the output folder never are. Then the folder is marked as
 * referat's with what the builds wrote and the search index, never with what someone else
 * put there meanwhile (src/output/folder.ts).
 * `written`: every file this build wrote, as paths that begin with `outputDir`.
 */
export function tidyDevOutput(outputDir: string, written: readonly string[]): void {
  const prefix = withoutDotSlash(outputDir.endsWith("/") ? outputDir : `${outputDir}/`);
  const now = new Set<string>();
  // plain string work: resolving 40,000 paths would take 60 ms of every rebuild
  for (const path of written.map(withoutDotSlash)) if (path.startsWith(prefix)) now.add(path.slice(prefix.length));
  const root = resolve(outputDir);
  const list = join(root, DEV_FILES);
  for (const path of readLines(list)) if (!now.has(path) && isInside(path)) removeWithEmptyFolders(root, path);
  writeFileSync(list, [...now].join("\n"));
  const topLevel = new Set([...now].map((path) => path.split("/")[0]!));
  markAsOurs(root, [...markedEntries(root), ...topLevel, folders.search]);
}

/** Eleventy's paths begin "./_site/" where join() makes "_site/". */
function withoutDotSlash(path: string): string {
  return path.startsWith("./") ? path.slice(2) : path;
}

/** A path relative to the output folder that stays inside it (the list is a file anyone could edit). */
function isInside(path: string): boolean {
  return path !== "" && !isAbsolute(path) && !path.split(/[\\/]/).includes("..");
}

function readLines(path: string): string[] {
  try {
    return readFileSync(path, "utf8").split("\n");
  } catch {
    return []; // the first dev build into this folder
  }
}

function removeWithEmptyFolders(root: string, path: string): void {
  try {
    rmSync(join(root, path), { force: true });
    for (let folder = dirname(join(root, path)); folder !== root; folder = dirname(folder)) rmdirSync(folder);
  } catch {
    // a folder that is not empty (it has other pages), or a file that has become a folder: left
  }
}

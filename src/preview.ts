// The dev server's answer to broken content: while the last build stopped on content errors,
// every page request gets the list of problems (layouts/problems.ts) instead of an old page,
// and the dev server's live reload brings the real page back once the files are fixed.
import type { IncomingMessage, ServerResponse } from "node:http";
import { problemsPage } from "../layouts/problems.ts";
import type { Problem } from "./content/problems.ts";

export type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** A page, as opposed to an asset, a feed or the search index. */
function isPage(request: IncomingMessage): boolean {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  return path.endsWith("/") || path.endsWith(".html");
}

export function showProblems(current: () => readonly Problem[] | undefined, contentDir: string): Middleware {
  return (request, response, next) => {
    const problems = current();
    if (!problems || !isPage(request)) return next();
    response.statusCode = 500;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(problemsPage(problems, contentDir).markup);
  };
}

// Content folder in, everything the templates need out: load, validate, index.
import { loadContent } from "../content/load.ts";
import { ContentError, type Problem } from "../content/problems.ts";
import { todayIn } from "../dates.ts";
import type { ReferatOptions } from "../options.ts";
import { buildSite } from "./build-site.ts";
import type { SiteData } from "./views.ts";

export interface LoadedSite {
  site: SiteData;
  /** warnings; errors are thrown */
  problems: Problem[];
}

/** Throws a ContentError listing every error in the content, if there is any. */
export function loadSite(options: ReferatOptions): LoadedSite {
  const { content, problems } = loadContent(options.contentDir, { drafts: options.drafts });
  if (problems.some((problem) => problem.severity === "error")) throw new ContentError(problems, options.contentDir);
  const { site, problems: warnings } = buildSite(content, todayIn(options.now));
  return { site: deepFreeze(site), problems: [...problems, ...warnings] };
}

/**
 * Frozen data is also shared data: Eleventy deep-copies plain objects from the data cascade
 * into every template unless they are frozen, which would copy the whole site per template.
 */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return Object.freeze(value);
}

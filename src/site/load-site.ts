// Content folder in, everything the templates need out: load, validate, index.
import { loadContent } from "../content/load.ts";
import type { ParsedFile } from "../content/parse.ts";
import type { Memo } from "../memo.ts";
import type { RenderedMarkdown } from "./markdown.ts";
import { ContentError, sortProblems, type Problem } from "../content/problems.ts";
import { todayIn } from "../dates.ts";
import type { Options } from "../options.ts";
import { buildSite } from "./build-site.ts";
import type { SiteData } from "./views.ts";

export interface AssembledSite {
  /** undefined when the content has errors */
  site?: SiteData;
  /** every error and warning, sorted by file and line */
  problems: Problem[];
}

/** What the dev server remembers between rebuilds; see memo.ts. */
export interface SiteMemos {
  parsed: Memo<ParsedFile>;
  markdown: Memo<RenderedMarkdown>;
}

type SiteOptions = Pick<Options, "contentDir" | "now" | "drafts" | "url" | "watching">;

export function assembleSite(options: SiteOptions, memos?: SiteMemos): AssembledSite {
  const today = todayIn(options.now);
  const { content, problems } = loadContent(options.contentDir, { drafts: options.drafts, parsed: memos?.parsed, today });
  if (problems.some((problem) => problem.severity === "error")) return { problems: sortProblems(problems) };
  const url = options.url?.replace(/\/+$/, "") ?? content.settings.url;
  // the dev server serves the site at its own root, whatever path it will be published under
  content.settings = { ...content.settings, url: options.watching ? new URL(url).origin : url };
  const { site, problems: warnings } = buildSite(content, today, memos?.markdown);
  // the dev server edits through `npm run cms`, whatever the published site does
  const editing = options.watching ? "local" : site.editing;
  return { site: deepFreeze({ ...site, editing }), problems: sortProblems([...problems, ...warnings]) };
}

/** The site data, or a ContentError listing every error in the content. */
export function loadSite(options: SiteOptions, memos?: SiteMemos): { site: SiteData; problems: Problem[] } {
  const { site, problems } = assembleSite(options, memos);
  if (!site) throw new ContentError(problems, options.contentDir);
  return { site, problems };
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

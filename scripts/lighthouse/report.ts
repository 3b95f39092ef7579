// The pure parts of `npm run lighthouse` (scripts/lighthouse.ts): which pages of a built site
// it audits, and what it prints of Lighthouse's results. Kept apart from the browser and the
// server so that tests/lighthouse.test.ts can check them in milliseconds, on made-up results.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The categories Lighthouse runs, in the order of the table's columns. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** The categories held to a bar (issue 13); performance is printed, not held, as its score varies from run to run. */
export const HELD: readonly Category[] = ["accessibility", "best-practices", "seo"];

const HEADINGS: Record<Category, string> = {
  performance: "perf",
  accessibility: "a11y",
  "best-practices": "best practices",
  seo: "seo",
};

export interface Page {
  name: string;
  /** the URL path and query, from the site's root */
  path: string;
}

/** The part of Lighthouse's result (LH.Result) read here; a real result fits it as it is. */
export interface LighthouseResult {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>;
  audits: Record<string, { id: string; title: string; score: number | null; displayValue?: string; details?: unknown } | undefined>;
}

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  /** a line for each of the first few things the audit points at (an element, a URL, a console message) */
  items: string[];
}

export interface PageResult {
  page: Page;
  /** 0-100 per category; null where Lighthouse gave no score */
  scores: Record<Category, number | null>;
  failing: FailingAudit[];
  /** why Lighthouse could not audit the page, if it could not */
  error?: string;
}

/**
 * The home page, the first meeting, the first news article and the search page, searching for
 * the longest word in that meeting's heading (so the results list is not empty). Throws
 * naming what the site lacks.
 */
export function choosePages(site: string): Page[] {
  const meeting = firstPage(site, "moeder", 2);
  const news = firstPage(site, "nyheder", 2, /^\d{4}$/);
  const search = join(site, "soeg", "index.html");
  if (!isFile(join(site, "index.html"))) throw new Error(`${site} has no index.html: is it a built site?`);
  if (!isFile(search)) throw new Error(`${site} has no search page (soeg/index.html)`);
  const word = longestWord(heading(readFileSync(join(site, meeting, "index.html"), "utf8")));
  return [
    { name: "home", path: "/" },
    { name: "meeting", path: `/${meeting}/` },
    { name: "news", path: `/${news}/` },
    { name: "search", path: `/soeg/?q=${encodeURIComponent(word)}` },
  ];
}

/** The first folder `depth` levels under `section` (in name order) that holds an index.html; `first` filters the first level. */
function firstPage(site: string, section: string, depth: number, first?: RegExp): string {
  const walk = (path: string, level: number): string | undefined => {
    if (level === depth) return isFile(join(site, path, "index.html")) ? path : undefined;
    const names = folders(join(site, path)).filter((name) => level > 0 || !first || first.test(name));
    for (const name of names) {
      const found = walk(`${path}/${name}`, level + 1);
      if (found) return found;
    }
    return undefined;
  };
  const found = walk(section, 0);
  if (!found) throw new Error(`${site} has no page at /${section}/${"<name>/".repeat(depth)}`);
  return found;
}

function folders(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function heading(html: string): string {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? "";
  return h1.replace(/<[^>]*>|&[^;\s]*;/g, " ");
}

/** The longest run of letters in `text`, lower-cased; the first of equals. */
export function longestWord(text: string): string {
  const words = text.match(/\p{L}+/gu) ?? [];
  const word = words.reduce((longest, next) => (next.length > longest.length ? next : longest), "");
  if (!word) throw new Error(`no word to search for in ${JSON.stringify(text)}`);
  return word.toLocaleLowerCase("da");
}

/** The scores of `page` and its audits under 1 in the held categories; an error result has neither. */
export function summarize(page: Page, result: LighthouseResult): PageResult {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = result.categories[category]?.score;
      return [category, score === null || score === undefined ? null : Math.round(score * 100)];
    }),
  ) as Record<Category, number | null>;
  const failing = HELD.flatMap((category) =>
    (result.categories[category]?.auditRefs ?? []).flatMap(({ id }): FailingAudit[] => {
      const audit = result.audits[id];
      // a null score is an audit that does not apply, or one for a person to check by hand
      if (!audit || audit.score === null || audit.score >= 1) return [];
      return [{ category, id, title: audit.title, score: audit.score, items: describeItems(audit.details, audit.displayValue) }];
    }),
  );
  return {
    page,
    scores,
    failing,
    ...(result.runtimeError ? { error: `${result.runtimeError.code}: ${result.runtimeError.message}` } : {}),
  };
}

const MAX_ITEMS = 5;

/** What an audit points at, one line each: Lighthouse's details are tables of elements, URLs and messages. */
export function describeItems(details: unknown, displayValue?: string): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  const lines = items.map(describeItem).filter((line) => line !== "");
  const shown = lines.slice(0, MAX_ITEMS);
  if (lines.length > MAX_ITEMS) shown.push(`… and ${lines.length - MAX_ITEMS} more`);
  if (shown.length === 0 && displayValue) shown.push(displayValue);
  return shown;
}

function describeItem(item: unknown): string {
  if (typeof item !== "object" || item === null) return "";
  const record = item as Record<string, unknown>;
  const parts: string[] = [];
  const node = record.node as { snippet?: string; selector?: string; explanation?: string } | undefined;
  if (node?.snippet) parts.push(node.snippet);
  if (node?.explanation) parts.push(node.explanation.replace(/\s+/g, " "));
  for (const key of ["url", "href", "text", "line", "source", "description", "message", "sourceLocation"]) {
    const value = record[key];
    if (typeof value === "string" && value) parts.push(value);
    else if (typeof value === "object" && value && typeof (value as { url?: unknown }).url === "string")
      parts.push((value as { url: string }).url);
  }
  // a long snippet or message would bury the next audit; its start is enough to find it
  return parts.join(" — ").slice(0, 300);
}

/** The table of scores: a row per page, a column per category. */
export function formatTable(results: PageResult[]): string {
  const rows = [
    ["page", "path", ...CATEGORIES.map((category) => HEADINGS[category])],
    ...results.map((result) => [
      result.page.name,
      result.page.path,
      ...CATEGORIES.map((category) => (result.error ? "error" : String(result.scores[category] ?? "-"))),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  // names left-aligned, scores right-aligned, as numbers are read
  return rows
    .map((row) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "))
    .join("\n");
}

/** Each audit under 1, with its page and what it points at; or a line saying there is none. */
export function formatFailures(results: PageResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.error) lines.push(`${result.page.name} ${result.page.path}: Lighthouse failed: ${result.error}`);
    for (const audit of result.failing) {
      lines.push(
        `${result.page.name} ${result.page.path}  [${audit.category}] ${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}`,
      );
      for (const item of audit.items) lines.push(`    ${item}`);
    }
  }
  return lines.length > 0 ? lines.join("\n") : "No audit under 1 in accessibility, best practices or SEO.";
}

/** Why the run fails: a page Lighthouse could not audit, or, given `min`, a held score under it. */
export function shortfalls(results: PageResult[], min?: number): string[] {
  return results.flatMap((result) => {
    if (result.error) return [`${result.page.name}: Lighthouse failed`];
    return HELD.flatMap((category) => {
      const score = result.scores[category];
      if (score === null) return [`${result.page.name}: no ${category} score`];
      return min !== undefined && score < min ? [`${result.page.name}: ${category} ${score} < ${min}`] : [];
    });
  });
}

// A problem found in the content, phrased for an editor: which file, where, which field,
// what was found, what was expected and, where we can guess it, the fix.
import { escapeForMessage } from "./text.ts";

export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  /** path relative to the content folder, with forward slashes */
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
  /** the nearest valid value, or a concrete fix */
  hint?: string;
}

const LABEL: Record<Severity, string> = { error: "fejl", warning: "advarsel" };

/**
 * "meetings/x/2017-03-07-y.md:4:9  fejl  region: ... Mente du ...?"
 *
 * One line per problem, whatever the content holds: a file name, field or value may carry a
 * line break or a terminal escape, and CI reads every line that starts with "::" as a
 * command to the runner (`::error`, `::add-mask::`). So everything is escaped except the
 * line breaks of our own hints, whose further lines are indented and never start with "::".
 */
export function formatProblem(problem: Problem, contentDir = ""): string {
  const path = contentDir ? `${contentDir.replace(/\/$/, "")}/${problem.file}` : problem.file;
  const where = [escapeForMessage(path), problem.line, problem.column].filter((part) => part !== undefined).join(":");
  const field = problem.field ? `${escapeForMessage(problem.field)}: ` : "";
  const hint = problem.hint ? ` ${problem.hint.split("\n").map(escapeForMessage).map(notACommand).join("\n    ")}` : "";
  return notACommand(`${where}  ${LABEL[problem.severity]}  ${field}${escapeForMessage(problem.message)}${hint}`);
}

/** GitHub's runner trims a line before it looks for "::", so indenting alone would not do. */
function notACommand(line: string): string {
  return line.replace(/^(\s*):/, "$1\\:");
}

/** at most this many problems from one file: one broken file must not bury the others */
export const PROBLEMS_PER_FILE = 25;

/**
 * The first PROBLEMS_PER_FILE problems of each file, in the order of the file, and for a file
 * with more, one more problem that says how many were left out.
 */
export function capPerFile(problems: Problem[]): Problem[] {
  if (problems.length <= PROBLEMS_PER_FILE) return problems;
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  const capped: Problem[] = [];
  for (const [file, list] of byFile) {
    if (list.length <= PROBLEMS_PER_FILE) {
      capped.push(...list);
      continue;
    }
    const kept = sortProblems(list).slice(0, PROBLEMS_PER_FILE);
    const left = list.length - kept.length;
    const errors = list.some((problem) => problem.severity === "error") ? "error" : "warning";
    capped.push(...kept, {
      severity: errors,
      file,
      message: `og ${left} ${left === 1 ? "problem" : "problemer"} mere i filen, som ikke er vist her.`,
      hint: "Ret dem ovenfor, og kør npm run check igen: så vises resten.",
    });
  }
  return capped;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file, "en") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message, "en"),
  );
}

export function formatReport(problems: Problem[], contentDir = ""): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const lines = sortProblems(problems).map((p) => formatProblem(p, contentDir));
  lines.push(`${errors} fejl, ${warnings} ${warnings === 1 ? "advarsel" : "advarsler"}`);
  return lines.join("\n");
}

/** Thrown when the content has errors; carries every problem, not only the first. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], contentDir = "") {
    super(`Indholdet har fejl:\n${formatReport(problems, contentDir)}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

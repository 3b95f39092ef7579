// A problem found in the content, phrased for an editor: which file, where, which field,
// what was found, what was expected and, where we can guess it, the fix.
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

/** "meetings/x/2017-03-07-y.md:4:9  fejl  region: ... Mente du ...?" */
export function formatProblem(problem: Problem, contentDir = ""): string {
  const path = contentDir ? `${contentDir.replace(/\/$/, "")}/${problem.file}` : problem.file;
  const where = [path, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  const field = problem.field ? `${problem.field}: ` : "";
  const hint = problem.hint ? ` ${problem.hint}` : "";
  return `${where}  ${LABEL[problem.severity]}  ${field}${problem.message}${hint}`;
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

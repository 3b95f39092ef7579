// Which folders a build may write its site into. The build replaces what is in its output
// folder, so a wrong --output must be refused before anything is touched: the root, a home
// folder, referat's own folder, the content folder or anything around it, a file, or a folder
// that holds things referat did not make.
import { accessSync, constants, lstatSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, relative, sep } from "node:path";
import { escapeForMessage } from "../content/text.ts";
import { realPath } from "../real-path.ts";
import { foreignEntries } from "./folder.ts";

/** Refused before anything was written; the message is for the person who ran the build. */
export class OutputRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputRefused";
  }
}

export interface OutputRequest {
  /** the output folder as given */
  output: string;
  content: string;
  /** referat's own folder */
  repository: string;
  /** how the person set the output, for messages: "--output" or "REFERAT_OUTPUT" */
  option: string;
}

/** Refuses the paths no site may replace; returns the output folder as an absolute real path. */
export function checkOutputPath(request: OutputRequest): string {
  const output = realPath(request.output);
  const [content, repository] = [realPath(request.content), realPath(request.repository)];
  const refuse = (why: string, fix = "Vælg en ny eller tom mappe, f.eks. _site.") => {
    throw new OutputRefused(`${request.option} ${escapeForMessage(request.output)}: ${why} ${fix}`);
  };
  if (output === dirname(output)) refuse("det er roden af hele filsystemet; sitet ville erstatte alt på maskinen.");
  if (isWithin(homedir(), output)) refuse("det er din hjemmemappe eller en mappe uden om den.");
  if (isWithin(repository, output)) refuse("mappen er eller indeholder referat selv (koden, indholdet og .git).");
  if (isWithin(content, output)) refuse("mappen er eller indeholder indholdsmappen; sitet ville erstatte referaterne.");
  if (isWithin(output, content)) refuse("mappen ligger inde i indholdsmappen.", "Læg sitet uden for indholdet, f.eks. --output _site.");
  const stat = lstatSync(output, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) refuse("det er en fil, ikke en mappe.");
  return output;
}

/** Refuses a folder the build may not write in (read-only, or on a read-only file system). */
export function checkWritable(output: string, option: string): void {
  try {
    accessSync(output, constants.W_OK);
  } catch (error) {
    throw new OutputRefused(
      `${option} ${escapeForMessage(output)}: referat må ikke skrive i mappen (${(error as NodeJS.ErrnoException).code}). Giv skriveadgang til mappen, eller vælg en anden.`,
    );
  }
}

/** Refuses a folder that holds anything a build of referat did not make. */
export function checkOutputFolder(output: string, option: string): void {
  const foreign = foreignEntries(output);
  if (foreign.length === 0) return;
  const named = foreign.slice(0, 5).map(escapeForMessage).join(", ") + (foreign.length > 5 ? ` og ${foreign.length - 5} mere` : "");
  throw new OutputRefused(
    `${option} ${escapeForMessage(output)}: mappen indeholder noget, som referat ikke har lavet (${named}), og en bygning erstatter mappens indhold. ` +
      "Vælg en tom eller ny mappe. Er det et byg fra en ældre udgave af referat, så slet mappen og byg igen.",
  );
}

/** True when `inner` is `outer` or lies inside it. */
function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === "" || (!isAbsolute(path) && path !== ".." && !path.startsWith(`..${sep}`));
}

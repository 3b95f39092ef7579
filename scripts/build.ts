// npm run build -- [--content DIR] [--output DIR] [--now YYYY-MM-DD] [--drafts]
// Production build: drafts left out, the old output replaced only by a complete new one.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "../src/build.ts";
import { formatReport, type ContentError } from "../src/content/problems.ts";
import { escapeForMessage } from "../src/content/text.ts";
import { JOURNAL } from "../src/output/folder.ts";
import { OutputRefused } from "../src/output/guard.ts";
import { SwapError } from "../src/output/swap.ts";
import { commandLine } from "./options.ts";

const options = commandLine("build", process.argv.slice(2));
const started = Date.now();
try {
  const warnings = await build(options);
  for (const warning of warnings) console.warn(warning);
  console.log(
    `Bygget ${escapeForMessage(options.contentDir)} → ${escapeForMessage(options.outputDir)} på ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(describe(error, options.contentDir));
  console.error(outcome(error, options.outputDir));
  process.exitCode = 1;
}

/** The content's problems, the reason a folder was refused or a swap failed; anything else is a fault of referat's, shown whole. */
function describe(error: unknown, content: string): unknown {
  const problems = (error as Partial<ContentError>).problems;
  if (problems) return formatReport(problems, content);
  if (error instanceof OutputRefused) return error.message;
  if (error instanceof SwapError) return `Det nye site kunne ikke lægges ind: ${error.message}`;
  return error;
}

/** What became of the output: unchanged, unless a swap stopped half-way and could not be undone yet. */
function outcome(error: unknown, output: string): string {
  if (!(error instanceof OutputRefused) && existsSync(join(output, JOURNAL))) {
    return `Bygningen stoppede midt i udskiftningen af sitet i ${escapeForMessage(output)}, og det gamle site kunne ikke lægges helt tilbage. Næste bygning lægger det sidste gode site tilbage, før den gør noget andet.`;
  }
  return `Bygningen stoppede; ${escapeForMessage(output)} er uændret.`;
}

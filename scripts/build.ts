// npm run build -- [--content DIR] [--output DIR] [--now YYYY-MM-DD]
// Production build: drafts left out, the old output replaced only by a complete new one.
import { build } from "../src/build.ts";
import { formatReport, type ContentError } from "../src/content/problems.ts";
import { commandLine } from "./options.ts";

const options = commandLine(process.argv.slice(2));
const started = Date.now();
try {
  await build({ contentDir: options.content, outputDir: options.output, now: options.now, drafts: options.drafts });
  console.log(`Bygget ${options.content} → ${options.output} på ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  const problems = (error as Partial<ContentError>).problems;
  console.error(problems ? formatReport(problems, options.content) : error);
  console.error(`Bygningen stoppede; ${options.output} er uændret.`);
  process.exitCode = 1;
}

// npm run check -- [--content DIR] [--json]
// Validates every file of the content without building, and reports all problems at once.
import { formatReport } from "../src/content/problems.ts";
import { checkContent } from "../src/check.ts";
import { commandLine } from "./options.ts";

const options = commandLine("check", process.argv.slice(2));
const problems = checkContent(options.contentDir, options.now);
if (options.json) console.log(JSON.stringify(problems, null, 2));
else console.log(formatReport(problems, options.contentDir));
process.exitCode = problems.some((problem) => problem.severity === "error") ? 1 : 0;

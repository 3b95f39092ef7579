// Command-line options shared by the scripts: --content, --output, --now (see README); their
// defaults are the REFERAT_* variables the dev server reads, then the built-in defaults.
import { parseArgs } from "node:util";
import { optionsFromEnvironment } from "../src/options.ts";

export function commandLine(argv: string[]) {
  const environment = optionsFromEnvironment(process.env);
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: "string", default: environment.contentDir },
      output: { type: "string", default: environment.outputDir },
      now: { type: "string", default: environment.now },
      drafts: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  return values;
}

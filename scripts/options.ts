// Command-line options shared by the scripts: --content, --output, --now (see README).
import { parseArgs } from "node:util";

export function commandLine(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: "string", default: process.env.REFERAT_CONTENT || "content" },
      output: { type: "string", default: process.env.REFERAT_OUTPUT || "_site" },
      now: { type: "string", default: process.env.REFERAT_NOW || undefined },
      drafts: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
    strict: true,
  });
  return values;
}

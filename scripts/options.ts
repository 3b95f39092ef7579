// The command lines of `npm run build`, `npm run check`, `npm start` and `npm run cms` (see
// README, Options): which flags each takes, read as text here and checked by src/options.ts,
// so that a typo gets a Danish sentence and the fix, never a stack trace from inside the build.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { nearest } from "../src/content/nearest.ts";
import { readOptions, type Flags, type Options } from "../src/options.ts";

type Script = "build" | "check" | "serve" | "cms";

const USAGE: Record<Script, string> = {
  build: "Brug: npm run build -- [--content MAPPE] [--output MAPPE] [--now ÅÅÅÅ-MM-DD] [--drafts] [--url ADRESSE]",
  check: "Brug: npm run check -- [--content MAPPE] [--now ÅÅÅÅ-MM-DD] [--json]",
  serve: "Brug: npm start -- [--port 8080]   (mapper og now: REFERAT_CONTENT, REFERAT_OUTPUT, REFERAT_NOW)",
  cms: "Brug: npm run cms   (indholdsmappen: REFERAT_CONTENT)",
};

/** The flags each script takes; the servers take folders and "now" from the REFERAT_* variables, as .eleventy.js does. */
const FLAGS: Record<Script, ParseArgsConfig["options"]> = {
  build: {
    content: { type: "string" },
    output: { type: "string" },
    now: { type: "string" },
    drafts: { type: "boolean", default: false },
    url: { type: "string" },
  },
  check: { content: { type: "string" }, now: { type: "string" }, json: { type: "boolean", default: false } },
  serve: { port: { type: "string" } },
  cms: {},
};

const EXAMPLE: Record<string, string> = {
  "--content": "content",
  "--output": "_site",
  "--now": "2026-11-27",
  "--port": "8080",
  "--url": "https://netvaerk.github.io/referat/",
  "--date": "2017-03-15",
  "--region": "sjaelland",
  "--title": '"Et møde"',
};

/** The options of `script`, checked; prints what is wrong and exits 1 when they are not right. `json`: check's own. */
export function commandLine(script: Script, argv: string[]): Options & { json: boolean } {
  let values: Flags & { json?: boolean };
  try {
    values = parseArgs({ args: argv, options: FLAGS[script], strict: true }).values as Flags & { json?: boolean };
  } catch (error) {
    return fail(script, readableParseError(error as Error, Object.keys(FLAGS[script]!)));
  }
  // check reports what a production build would: drafts left out
  const flags: Flags = { ...values, drafts: script === "check" ? false : values.drafts };
  const { options, problems } = readOptions(flags, process.env, script === "serve");
  if (problems.length > 0) fail(script, problems.join("\n"));
  return { ...options, json: values.json ?? false };
}

/** node:util's parse errors in Danish, with the nearest of the `known` options for a misspelt one. */
export function readableParseError(error: Error & { code?: string }, known: string[]): string {
  const given = /'(-[^' ]*)/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const guess = nearest(given.replace(/^-+/, ""), known);
      return `Ukendt valg: ${JSON.stringify(given)}.${guess ? ` Mente du --${guess}?` : ""}`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `${given} skal have en værdi, f.eks. ${given} ${EXAMPLE[given] ?? ""}`.trimEnd() + ".";
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Uventet ord på kommandolinjen: ${JSON.stringify(/'([^']*)'/.exec(error.message)?.[1] ?? "")}. Valg skrives med -- foran, f.eks. --content content.`;
    default:
      return `Kommandolinjen kan ikke læses: ${error.message}`;
  }
}

function fail(script: Script, message: string): never {
  console.error(`${message}\n${USAGE[script]}`);
  process.exit(1);
}

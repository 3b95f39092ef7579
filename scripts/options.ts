// Command-line options of `npm run build`, `npm run check`, `npm start` and `npm run cms`
// (see README, Options); their defaults are the REFERAT_* variables, then the built-in
// defaults. Checked here, at the edge, so that a typo gets a Danish sentence and the fix,
// never a stack trace from deep inside the build.
import { statSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { nearest } from "../src/content/nearest.ts";
import { escapeForMessage } from "../src/content/text.ts";
import { todayIn } from "../src/dates.ts";
import { optionsFromEnvironment } from "../src/options.ts";

type Script = "build" | "check" | "serve" | "cms";

const USAGE: Record<Script, string> = {
  build: "Brug: npm run build -- [--content MAPPE] [--output MAPPE] [--now ÅÅÅÅ-MM-DD] [--drafts]",
  check: "Brug: npm run check -- [--content MAPPE] [--now ÅÅÅÅ-MM-DD] [--json]",
  serve: "Brug: npm start -- [--port 8080]   (mapper og now: REFERAT_CONTENT, REFERAT_OUTPUT, REFERAT_NOW)",
  cms: "Brug: npm run cms   (indholdsmappen: REFERAT_CONTENT)",
};

const EXAMPLE: Record<string, string> = { "--content": "content", "--output": "_site", "--now": "2026-11-27", "--port": "8080", "--date": "2017-03-15", "--region": "sjaelland", "--title": '"Et møde"' };

export interface CommandLine {
  content: string;
  output: string;
  now?: string;
  drafts: boolean;
  json: boolean;
  port: number;
}

/** The options of `script`, checked; prints what is wrong and exits 1 when they are not right. */
export function commandLine(script: Script, argv: string[]): CommandLine {
  const environment = optionsFromEnvironment(process.env);
  const defaults = { content: environment.contentDir, output: environment.outputDir, now: environment.now, drafts: false, json: false, port: "8080" };
  const flags = FLAGS[script];
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(flags.map((flag) => [flag, { type: typeof defaults[flag] === "boolean" ? "boolean" : "string" }]));
    values = parseArgs({ args: argv, options: options as ParseArgsConfig["options"], strict: true }).values;
  } catch (error) {
    return fail(script, readableParseError(error as Error, flags));
  }
  const given = { ...defaults, ...values } as typeof defaults;
  // the servers take folders and now from the environment only (.eleventy.js reads them there)
  const name = (flag: string) => (flags.includes(flag as Flag) ? `--${flag}` : `REFERAT_${flag.toUpperCase()}`);
  if (given.now !== undefined && !isNow(given.now)) fail(script, `${name("now")} ${JSON.stringify(given.now)} er ikke en dato. Skriv f.eks. 2026-11-27 eller 2026-11-27T10:00.`);
  if (!statSync(given.content, { throwIfNoEntry: false })?.isDirectory()) {
    fail(script, `Indholdsmappen findes ikke: ${escapeForMessage(given.content)} (${name("content")}). Angiv mappen, der indeholder meetings/, news/ og _data/.`);
  }
  const drafts = process.env.REFERAT_DRAFTS;
  if (drafts && drafts !== "true" && drafts !== "false") fail(script, `REFERAT_DRAFTS=${JSON.stringify(drafts)}: skriv true eller false.`);
  const port = Number(given.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(script, `--port ${JSON.stringify(given.port)} er ikke et portnummer. Skriv f.eks. --port 8080.`);
  return { ...given, port };
}

type Flag = "content" | "output" | "now" | "drafts" | "json" | "port";

const FLAGS: Record<Script, Flag[]> = {
  build: ["content", "output", "now", "drafts"],
  check: ["content", "now", "json"],
  serve: ["port"],
  cms: [],
};

function isNow(text: string): boolean {
  try {
    todayIn(text);
    return true;
  } catch {
    return false;
  }
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

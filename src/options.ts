// The options of referat, in one place: what each one is, its default, and what a valid value
// looks like. They are read once, at the edge (the command lines in scripts/, and
// .eleventy.js for Eleventy's own entry), from the command line over the REFERAT_* variables
// over the defaults; everything below takes an Options value and parses nothing.
import { statSync } from "node:fs";
import { escapeForMessage } from "./content/text.ts";
import { isHttpsUrl } from "./content/values.ts";
import { todayIn } from "./dates.ts";

export interface Options {
  /** folder in the format of docs/content-format.md, as given (messages name files under it) */
  contentDir: string;
  /** where the site is written */
  outputDir: string;
  /** the build's "now" (ISO date or date-time); undefined means the clock */
  now?: string;
  /** publish `draft: true` files, marked as drafts (the dev server does) */
  drafts: boolean;
  /** the dev server: rebuilds follow, so work on unchanged files is worth remembering */
  watching: boolean;
  /** where the dev server and `npm run cms` listen; by default this machine only (host.ts) */
  host: string;
  /** the dev server's port */
  port: number;
  /** the site's address over site.yaml's `url`; its path is the base path of every URL (routes.ts) */
  url?: string;
}

/** Options as given on a command line, before they are checked. */
export interface Flags {
  content?: string;
  output?: string;
  now?: string;
  drafts?: boolean;
  port?: string;
  url?: string;
}

/** `host`: the loopback address, reachable from this machine only (host.ts) */
export const DEFAULTS = { contentDir: "content", outputDir: "_site", host: "127.0.0.1", port: 8080 } as const;

/** The options, and what is wrong with them: one Danish sentence with the fix each. */
export interface ReadOptions {
  options: Options;
  problems: string[];
}

/** `flags` over the REFERAT_* variables of `env` over the defaults; `watching`: the dev server. */
export function readOptions(flags: Flags, env: NodeJS.ProcessEnv, watching: boolean): ReadOptions {
  const problems: string[] = [];
  // a problem names the option as it was given: the flag, or the variable
  const named = (flag: keyof Flags) => (flags[flag] !== undefined ? `--${flag}` : `REFERAT_${flag.toUpperCase()}`);
  const now = flags.now ?? (env.REFERAT_NOW || undefined);
  if (now !== undefined && !isInstant(now))
    problems.push(`${named("now")} ${JSON.stringify(now)} er ikke en dato. Skriv f.eks. 2026-11-27 eller 2026-11-27T10:00.`);
  const contentDir = flags.content ?? (env.REFERAT_CONTENT || DEFAULTS.contentDir);
  if (!statSync(contentDir, { throwIfNoEntry: false })?.isDirectory()) {
    problems.push(
      `Indholdsmappen findes ikke: ${escapeForMessage(contentDir)} (${named("content")}). Angiv mappen, der indeholder meetings/, news/ og _data/.`,
    );
  }
  const draftsVariable = env.REFERAT_DRAFTS || undefined;
  if (draftsVariable !== undefined && draftsVariable !== "true" && draftsVariable !== "false")
    problems.push(`REFERAT_DRAFTS=${JSON.stringify(draftsVariable)}: skriv true eller false.`);
  const url = flags.url ?? (env.REFERAT_URL || undefined);
  if (url !== undefined && !isHttpsUrl(url, true))
    problems.push(
      `${named("url")} ${JSON.stringify(url)} er ikke sidens adresse. Skriv den fulde https-adresse, f.eks. https://netvaerk.github.io/referat/.`,
    );
  const portText = flags.port ?? String(DEFAULTS.port);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    problems.push(`--port ${JSON.stringify(portText)} er ikke et portnummer. Skriv f.eks. --port 8080.`);
  return {
    options: {
      contentDir,
      outputDir: flags.output ?? (env.REFERAT_OUTPUT || DEFAULTS.outputDir),
      now,
      // the dev server shows drafts, marked; the command lines publish them only with --drafts
      drafts: flags.drafts ?? (draftsVariable === undefined ? watching : draftsVariable === "true"),
      watching,
      host: env.REFERAT_HOST || DEFAULTS.host,
      port,
      url,
    },
    problems,
  };
}

/** What Eleventy's own entry (.eleventy.js) reads: the variables, and its run mode for whether rebuilds follow. */
export function optionsFromEnvironment(env: NodeJS.ProcessEnv): ReadOptions {
  return readOptions({}, env, env.ELEVENTY_RUN_MODE === "serve" || env.ELEVENTY_RUN_MODE === "watch");
}

function isInstant(text: string): boolean {
  try {
    todayIn(text);
    return true;
  } catch {
    return false;
  }
}

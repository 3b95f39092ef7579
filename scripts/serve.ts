// npm start [-- --port 8080]: the dev server, Eleventy's own (what `eleventy --serve` runs),
// started here so that the options and the output folder are checked first, in Danish, and
// so that deleting a file rebuilds the site: Eleventy 3's watcher sees deletions but does
// not rebuild on them (11ty/eleventy#2798, fixed in Eleventy 4). Eleventy still loads the
// configuration from .eleventy.js, which reloads edited TypeScript; folders and "now" come
// from the REFERAT_* variables it reads.
import Eleventy from "@11ty/eleventy";
import { ROOT } from "../src/config.ts";
import { claimOutput } from "../src/output/claim.ts";
import { OutputRefused } from "../src/output/guard.ts";
import { commandLine } from "./options.ts";

const options = commandLine("serve", process.argv.slice(2));
try {
  // the lock is held while the server runs: a production build into the same folder waits for it to stop
  await claimOutput({ output: options.outputDir, content: options.contentDir, repository: ROOT, option: "REFERAT_OUTPUT" }, console.error);
} catch (error) {
  if (!(error instanceof OutputRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}

const eleventy = new Eleventy(undefined, undefined, { source: "cli", configPath: ".eleventy.js", runMode: "serve" });
await eleventy.init();
const rebuild = await eleventy.watch();
(eleventy as unknown as { watcher: { on(event: "unlink", listener: (path: string) => void): void } }).watcher.on("unlink", rebuild);
eleventy.serve(options.port);
process.on("SIGINT", async () => {
  await eleventy.stopWatch();
  process.exitCode = 0;
});

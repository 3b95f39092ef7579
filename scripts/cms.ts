// `npm run cms`: the local backend of the form at /admin/ (decap-server), with the content
// folder as the only folder it may read and write, listening on this machine only unless
// REFERAT_HOST says otherwise. See src/cms/server.ts.
import { createRequire } from "node:module";
import { cmsGreeting, cmsServerSettings, decapEnvironment } from "../src/cms/server.ts";
import { commandLine } from "./options.ts";

const options = commandLine("cms", process.argv.slice(2));
// PORT is decap-server's own variable: the tests run it on ports of their own
const settings = cmsServerSettings(options, Number(process.env.PORT) || undefined);
process.on("uncaughtException", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EADDRINUSE") throw error;
  console.error(`Port ${settings.port} er optaget: kører npm run cms allerede i et andet vindue? Stop den, og prøv igen.`);
  process.exit(1);
});
// decap-server reads its settings from the environment as it loads, then listens; ours win
// over any set before (vitest sets MODE, for one) and over a .env file, which it also reads
Object.assign(process.env, decapEnvironment(settings));
createRequire(import.meta.url)("decap-server");
console.log(cmsGreeting(settings));

// `npm run cms`: the local backend of the form at /admin/ (decap-server), with the content
// folder as the only folder it may read and write, listening on this machine only unless
// REFERAT_HOST says otherwise. See src/cms/server.ts.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { cmsGreeting, cmsServerSettings, decapEnvironment } from "../src/cms/server.ts";

const settings = cmsServerSettings(process.env);
if (!existsSync(settings.contentDir)) {
  console.error(`Indholdsmappen findes ikke: ${settings.contentDir}`);
  process.exit(1);
}
// decap-server reads its settings from the environment as it loads, then listens; ours win
// over any set before (vitest sets MODE, for one) and over a .env file, which it also reads
Object.assign(process.env, decapEnvironment(settings));
createRequire(import.meta.url)("decap-server");
console.log(cmsGreeting(settings));

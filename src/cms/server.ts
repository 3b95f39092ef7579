// What `npm run cms` starts: decap-server, Decap CMS's local backend, which reads and writes
// files for the form at /admin/. It has no login and its CORS rule stops only browsers, so
// anything that reaches it can read and change every file under its root: the root is the
// content folder (the CMS configuration's folders are relative to it, src/cms/config.ts), and
// it listens on this machine only unless REFERAT_HOST says otherwise (src/host.ts).
import { resolve } from "node:path";
import { isLocalOnly, networkWarning } from "../host.ts";
import type { Options } from "../options.ts";

/** where Decap CMS looks for its local backend: the form finds no other port */
export const CMS_PORT = 8081;

export interface CmsServerSettings {
  /** absolute: decap-server's root, the only folder it reads and writes */
  contentDir: string;
  host: string;
  port: number;
}

/** The settings from the options (REFERAT_CONTENT, REFERAT_HOST); another port only for tests. */
export function cmsServerSettings(options: Pick<Options, "contentDir" | "host">, port = CMS_PORT): CmsServerSettings {
  return { contentDir: resolve(options.contentDir), host: options.host, port };
}

/** decap-server's environment variables for `settings`: it reads nothing else. */
export function decapEnvironment(settings: CmsServerSettings): Record<string, string> {
  return {
    GIT_REPO_DIRECTORY: settings.contentDir,
    BIND_HOST: settings.host,
    PORT: String(settings.port),
    // plain files, not commits: the content folder need not be a git repository
    MODE: "fs",
  };
}

/** What `npm run cms` tells the editor, in Danish. */
export function cmsGreeting(settings: CmsServerSettings): string {
  const reach = isLocalOnly(settings.host)
    ? `Den lytter kun på denne maskine (${settings.host}:${settings.port}), så andre på netværket kan ikke nå den.`
    : networkWarning(`${settings.host}:${settings.port}`, "CMS-serveren");
  return [
    "Formularen er klar: start også `npm start`, og åbn http://localhost:8080/admin/",
    `CMS-serveren læser og skriver kun filer i ${settings.contentDir}.`,
    reach,
    "Stop den med Ctrl+C.",
  ].join("\n");
}

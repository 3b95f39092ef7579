// The options of a build. The Eleventy config reads them from the environment so that the
// same settings work for `eleventy --serve`, the build script and the tests.

import type { SiteOptions } from "./config.ts";
import { LOCAL_HOST } from "./host.ts";

export interface ReferatOptions {
  /** folder in the format of CONTENT-FORMAT.md */
  contentDir: string;
  /** the build's "now" (ISO date or date-time); undefined means the clock */
  now?: string;
  /** publish `draft: true` files, marked as drafts (the dev server does) */
  drafts: boolean;
  /** the dev server: rebuilds follow, so work on unchanged files is worth remembering */
  watching?: boolean;
  /** where the dev server and `npm run cms` listen (src/host.ts); a build listens nowhere */
  host?: string;
}

export function optionsFromEnvironment(env: NodeJS.ProcessEnv): SiteOptions {
  return {
    contentDir: env.REFERAT_CONTENT || "content",
    outputDir: env.REFERAT_OUTPUT || "_site",
    now: env.REFERAT_NOW || undefined,
    drafts: env.REFERAT_DRAFTS ? env.REFERAT_DRAFTS === "true" : env.ELEVENTY_RUN_MODE !== "build",
    watching: env.ELEVENTY_RUN_MODE === "serve" || env.ELEVENTY_RUN_MODE === "watch",
    host: env.REFERAT_HOST || LOCAL_HOST,
  };
}

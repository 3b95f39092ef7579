// What `npm run check` reports: every error and warning a production build would give.
import type { Problem } from "./content/problems.ts";
import { assembleSite } from "./site/load-site.ts";

export function checkContent(contentDir: string, now?: string): Problem[] {
  return assembleSite({ contentDir, now, drafts: false, watching: false }).problems;
}

// The last check before a site is published: every meeting report and news article the
// content holds got its page. Whatever went wrong between the files and the written pages (a
// page kind that rendered nothing, a content path the renderer did not pick up), the build
// fails naming what is missing, instead of publishing a site with reports gone.
import type { Problem } from "../content/problems.ts";
import { routes } from "../routes.ts";
import type { SiteData } from "../site/views.ts";

/** One problem per meeting or news article whose page is not among `writtenUrls` (Eleventy's, from the output's root). */
export function unpublished(site: Pick<SiteData, "meetings" | "news">, writtenUrls: ReadonlySet<string>): Problem[] {
  return [...site.meetings, ...site.news]
    .filter((item) => !writtenUrls.has(routes.file(item.url)))
    .map((item) => ({
      severity: "error",
      file: item.file,
      message: `blev ikke til en side (${item.url}), så intet blev udgivet.`,
      hint: "Filen er i orden; det er en fejl i referat. Meld den, med kommandoen du kørte.",
    }));
}

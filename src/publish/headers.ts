// The `_headers` file that Netlify and Cloudflare Pages read from the site's folder: the same
// content types and caching as docs/publish/nginx.conf, for hosts where no server can be set up.
// Both hosts apply every rule whose path matches and join a header set by two of them with a
// comma ("no-cache, public, max-age=..." would be nonsense), so no path here matches two rules
// that set the same header: there is no catch-all Cache-Control, and patterns use only what
// both hosts read alike, a splat at the end and `:placeholder` for one folder.
import { folders, routes } from "../routes.ts";

/** For files whose name changes with their content. */
export const FOR_A_YEAR = "public, max-age=31536000, immutable";
/** For files that keep their name from build to build: kept, but asked about each time. */
export const REVALIDATE = "no-cache";

/** Types the hosts would get wrong from the extension (.xml, .json) or send without a charset (.ics). */
export const CONTENT_TYPES = {
  atom: "application/atom+xml; charset=utf-8",
  jsonFeed: "application/feed+json",
  calendar: "text/calendar; charset=utf-8",
};

/** Pagefind's index files, named by their content (its entry files are not: pagefind.js, pagefind-entry.json ...). */
const PAGEFIND_HASHED = ["fragment", "index", "filter"];

/** Folders below the base path where feeds and calendars are: the site's own, and lists' down to a meeting's (moeder/<region>/<file>/). */
const FOLDERS = ["", ":a/", ":a/:b/", ":a/:b/:c/"];

type Rule = { path: string; headers: Record<string, string> };

/** The text of `_headers` for a site published under `basePath` ("/" or "/referat/"). */
export function headersFile(basePath: string): string {
  if (!/^\/([^/\s*:#]+\/)*$/.test(basePath)) throw new Error(`a base path starts and ends with "/": ${JSON.stringify(basePath)}`);
  const under = (path: string) => `${basePath}${path}`;
  const forAYear = { "Cache-Control": FOR_A_YEAR };
  const typed = (type: string) => ({ "Content-Type": type, "Cache-Control": REVALIDATE });
  const sections: { comment: string; rules: Rule[] }[] = [
    {
      comment: "Every response: the browser keeps to the content type it is given.",
      rules: [{ path: under("*"), headers: { "X-Content-Type-Options": "nosniff" } }],
    },
    {
      comment: "Fingerprinted: every file of assets/ is named by a hash of its content, as are Pagefind's index files.",
      rules: [folders.assets, ...PAGEFIND_HASHED.map((folder) => `${folders.search}/${folder}`)].map((folder) => ({
        path: under(`${folder}/*`),
        headers: forAYear,
      })),
    },
    {
      comment: "Feeds and calendars, wherever a list has them.",
      rules: FOLDERS.flatMap((folder) => [
        { path: routes.atomFeed(under(folder)), headers: typed(CONTENT_TYPES.atom) },
        { path: routes.jsonFeed(under(folder)), headers: typed(CONTENT_TYPES.jsonFeed) },
        { path: routes.calendar(under(folder)), headers: typed(CONTENT_TYPES.calendar) },
      ]),
    },
  ];
  const head = [
    `# Headers for Netlify and Cloudflare Pages, written by referat for the base path ${basePath}`,
    "# (docs/publish/nginx.conf does the same for nginx). Everything not named here keeps the",
    "# host's own content type, right for HTML, CSS and JavaScript, and its own caching, which",
    "# asks the server each time (max-age=0, must-revalidate): pages, Pagefind's entry files and",
    "# its pagefind.*.pf_meta, whose hashed name a splat in mid-name cannot pick out on both hosts.",
  ];
  const body = sections.flatMap(({ comment, rules }) => [
    "",
    `# ${comment}`,
    ...rules.flatMap((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)]),
  ]);
  return [...head, ...body, ""].join("\n");
}

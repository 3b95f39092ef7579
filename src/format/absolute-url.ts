/** `/moeder/x/` → `https://example.dk/moeder/x/`; `base` has no trailing slash. */
export function absoluteUrl(path: string, base: string): string {
  // a site path needs no URL parser (and this runs once or more on every page)
  return path.startsWith("/") && !path.startsWith("//") ? `${base}${path}` : new URL(path, `${base}/`).href;
}

// A report or an article is a file, `<group>/<name>.md`, or a folder with its files beside it,
// `<group>/<name>/index.md` (a "bundle", as Hugo calls it): both give the same page. This
// sorts the files of meetings/ or news/ into the two forms, the files of bundles, and the rest.

export const BUNDLE_INDEX = "index.md";

export interface Sorted {
  /** the .md files that become pages, in either form */
  pages: string[];
  /** each bundle's folder ("meetings/syddanmark/2017-03-16-x") and its other files, by their names in it */
  bundles: Map<string, Set<string>>;
  /** files that are neither, for the caller to report */
  strays: string[];
  /** a name given in both forms: the folder's index.md, which is not read */
  twice: string[];
}

/** "meetings/r/x.md" and "meetings/r/x/index.md" → "meetings/r/x" */
export function entryPath(file: string): string {
  return file.endsWith(`/${BUNDLE_INDEX}`) ? file.slice(0, -BUNDLE_INDEX.length - 1) : file.slice(0, -".md".length);
}

/** The bundle folder of a page's file, or undefined for the file form. */
export function bundleOf(file: string): string | undefined {
  return file.endsWith(`/${BUNDLE_INDEX}`) && file.split("/").length === 4 ? entryPath(file) : undefined;
}

/** `files`: every file below a folder of pages, as `<folder>/<group>/...`, sorted. */
export function sortEntries(files: readonly string[]): Sorted {
  const bundles = new Map<string, Set<string>>();
  for (const file of files) if (bundleOf(file)) bundles.set(entryPath(file), new Set());
  const flat = new Set(files.filter((file) => file.split("/").length === 3 && file.endsWith(".md")).map(entryPath));
  const sorted: Sorted = { pages: [], bundles, strays: [], twice: [] };
  for (const file of files) {
    const bundle = bundleOf(file);
    if (bundle && flat.has(bundle)) sorted.twice.push(file);
    else if (bundle || (file.split("/").length === 3 && file.endsWith(".md"))) sorted.pages.push(file);
    else {
      const folder = file.split("/").slice(0, 3).join("/");
      if (bundles.has(folder)) bundles.get(folder)!.add(file.slice(folder.length + 1));
      else sorted.strays.push(file);
    }
  }
  for (const file of sorted.twice) bundles.delete(entryPath(file));
  return sorted;
}

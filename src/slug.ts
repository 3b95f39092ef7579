// Slugs of themes, people and organisations, as CONTENT-FORMAT.md defines them: Danish
// letters fold to their conventional two-letter spellings (æ→ae, ø→oe, å→aa) rather than
// losing their meaning ("Sorø" → "soroe", not "soro"), other accents are stripped.
const DANISH: Record<string, string> = { æ: "ae", ø: "oe", å: "aa" };

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

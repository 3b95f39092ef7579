// Stages the corpus for Hugo, which cannot build our taxonomies from the format as it is: a
// taxonomy is one front-matter key holding strings. So each meeting gets `themes` (its theme
// and topics) and `organisations` (its speakers' organisations) added to its front-matter;
// everything else is copied unchanged. Also writes each region's term page (its name, with an
// RSS feed) and the regions as Hugo data for the navigation.
//
//   node scripts/bench/hugo/prep.mjs CONTENT SITE
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import yaml from "js-yaml";

const [content, site] = process.argv.slice(2);
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** The file's text with the taxonomy keys added at the end of its front-matter. */
function withTaxonomies(text) {
  const match = FRONT_MATTER.exec(text);
  if (!match) return text;
  // CORE_SCHEMA keeps dates as written, as Hugo reads them
  const data = yaml.load(match[1], { schema: yaml.CORE_SCHEMA }) ?? {};
  const added = {};
  const themes = [data.theme, ...(data.topics ?? [])].filter(Boolean);
  if (themes.length) added.themes = themes;
  const organisations = [...new Set((data.speakers ?? []).map((speaker) => speaker.organisation))];
  if (organisations.length) added.organisations = organisations;
  if (!Object.keys(added).length) return text;
  return `---\n${match[1]}\n${yaml.dump(added)}---\n${text.slice(match[0].length)}`;
}

for (const folder of ["meetings", "news"]) {
  for (const file of readdirSync(join(content, folder), { recursive: true })) {
    if (!file.endsWith(".md")) continue;
    const target = join(site, "content", folder, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, withTaxonomies(readFileSync(join(content, folder, file), "utf8")));
  }
}

mkdirSync(join(site, "data"), { recursive: true });
copyFileSync(join(content, "_data", "regions.yaml"), join(site, "data", "regions.yaml"));
for (const region of yaml.load(readFileSync(join(content, "_data", "regions.yaml"), "utf8"))) {
  const dir = join(site, "content", "region", region.key);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "_index.md"), `---\n${yaml.dump({ title: region.name, outputs: ["html", "rss"] })}---\n`);
}

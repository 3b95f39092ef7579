// npm run new -- meeting --region sjaelland --date 2017-03-15 --title "..."
// npm run new -- news --date 2017-04-11 --title "..."
// Writes a new, correctly named file with every front-matter field; refuses an unknown
// region, a date that is not a date, and a file that already exists.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { nearest } from "../src/content/nearest.ts";
import { parseYaml } from "../src/content/parse.ts";
import { validateRegions } from "../src/content/validate.ts";
import { isCalendarDate } from "../src/dates.ts";
import { pathOf, scaffold, type Kind } from "../src/scaffold.ts";
import { optionsFromEnvironment } from "../src/options.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: {
    region: { type: "string" },
    date: { type: "string" },
    title: { type: "string" },
    content: { type: "string", default: optionsFromEnvironment(process.env).contentDir },
  },
  allowPositionals: true,
});
const kind = positionals[0] as Kind | undefined;
const usage = 'Brug: npm run new -- meeting --region <region> --date ÅÅÅÅ-MM-DD --title "..."\n  eller npm run new -- news --date ÅÅÅÅ-MM-DD --title "..."';
if (kind !== "meeting" && kind !== "news") fail(`Skriv meeting eller news først.\n${usage}`);
if (!values.title?.trim()) fail(`Titlen mangler: --title "..."\n${usage}`);
if (!values.date || !isCalendarDate(values.date)) fail(`"${values.date ?? ""}" er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, f.eks. --date 2017-03-15.`);

if (kind === "meeting") {
  const regionsFile = join(values.content, "_data/regions.yaml");
  if (!existsSync(regionsFile)) fail(`${regionsFile} findes ikke; den skal liste regionerne.`);
  const keys = validateRegions(parseYaml("_data/regions.yaml", readFileSync(regionsFile, "utf8"))).regions.map((region) => region.key);
  if (!values.region) fail(`Regionen mangler: --region og en af ${keys.join(", ")}.`);
  if (!keys.includes(values.region)) {
    const guess = nearest(values.region, keys);
    fail(`Regionen "${values.region}" findes ikke i ${regionsFile}.${guess ? ` Mente du "${guess}"?` : ""} Regionerne er: ${keys.join(", ")}.`);
  }
}

const content = { kind, title: values.title.trim(), date: values.date, region: values.region };
const path = join(values.content, pathOf(content));
if (existsSync(path)) fail(`${path} findes allerede. Vælg en anden titel, eller ret den fil, der er.`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffold(content));
console.log(`Oprettet: ${path}\nUdfyld de tomme felter, og kør npm run check.`);

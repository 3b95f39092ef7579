// npm run new -- meeting --region sjaelland --date 2017-03-15 --title "..."
// npm run new -- news --date 2017-04-11 --title "..."
// Writes a new, correctly named file with every front-matter field; refuses an unknown
// region, a date that is not a date, and a file that already exists.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { FIRST_DAY, isInDateRange, LAST_DAY } from "../src/content/values.ts";
import { nearest } from "../src/content/nearest.ts";
import { parseYaml } from "../src/content/parse.ts";
import { validateRegions } from "../src/content/validate.ts";
import { isCalendarDate } from "../src/dates.ts";
import { commandWithDashes, pathOf, scaffold, type Kind } from "../src/scaffold.ts";
import { readOptions } from "../src/options.ts";
import { readableParseError } from "./options.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const usage =
  'Brug: npm run new -- meeting --region <region> --date ÅÅÅÅ-MM-DD --title "..."\n  eller npm run new -- news --date ÅÅÅÅ-MM-DD --title "..."';
const OPTIONS = { region: { type: "string" }, date: { type: "string" }, title: { type: "string" }, content: { type: "string" } } as const;

function commandLine() {
  try {
    return parseArgs({ args: process.argv.slice(2), options: OPTIONS, allowPositionals: true });
  } catch (error) {
    fail(`${readableParseError(error as Error, Object.keys(OPTIONS))}\n${usage}`);
  }
}

function regionKeysIn(content: string): string[] {
  const regionsFile = join(content, "_data/regions.yaml");
  if (!existsSync(regionsFile)) return [];
  return validateRegions(parseYaml("_data/regions.yaml", readFileSync(regionsFile, "utf8"))).regions.map((region) => region.key);
}

const { values, positionals } = commandLine();
const { options, problems } = readOptions({ content: values.content }, process.env, false);
if (problems.length > 0) fail(`${problems.join("\n")}\n${usage}`);
const contentDir = options.contentDir;
const regionKeys = regionKeysIn(contentDir);
const meant = commandWithDashes(positionals, values, process.env, regionKeys);
if (meant)
  fail(`Der mangler -- efter npm run new. Uden det tager npm selv valg som --title og --date, og de når aldrig frem.\nSkriv:\n  ${meant}`);
const kind = positionals[0] as Kind | undefined;
if (kind !== "meeting" && kind !== "news") fail(`Skriv meeting eller news først.\n${usage}`);
if (positionals.length > 1)
  fail(`Ukendt ord på kommandolinjen: "${positionals[1]}". Sæt anførselstegn om en titel med mellemrum.\n${usage}`);
if (!values.title?.trim()) fail(`Titlen mangler: --title "..."\n${usage}`);
if (!values.date || !isCalendarDate(values.date))
  fail(`"${values.date ?? ""}" er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, f.eks. --date 2017-03-15.`);
if (!isInDateRange(values.date))
  fail(`Datoen ${values.date} ligger uden for ${FIRST_DAY.slice(0, 4)}-${LAST_DAY.slice(0, 4)}. Tjek årstallet.`);

if (kind === "meeting") {
  const regionsFile = join(contentDir, "_data/regions.yaml");
  if (!existsSync(regionsFile)) fail(`${regionsFile} findes ikke; den skal liste regionerne.`);
  if (!values.region) fail(`Regionen mangler: --region og en af ${regionKeys.join(", ")}.`);
  if (!regionKeys.includes(values.region)) {
    const guess = nearest(values.region, regionKeys);
    fail(
      `Regionen "${values.region}" findes ikke i ${regionsFile}.${guess ? ` Mente du "${guess}"?` : ""} Regionerne er: ${regionKeys.join(", ")}.`,
    );
  }
}

const content = { kind, title: values.title.trim(), date: values.date, region: values.region };
const path = join(contentDir, pathOf(content));
if (existsSync(path)) fail(`${path} findes allerede. Vælg en anden titel, eller ret den fil, der er.`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffold(content));
console.log(`Oprettet: ${path}\nUdfyld de tomme felter, og kør npm run check.`);

// npm run new -- meeting --region sjaelland --date 2017-03-15 --title "..." [--folder]
// npm run new -- news --date 2017-04-11 --title "..."
// Writes a new, correctly named file with every front-matter field, or with --folder a meeting
// as a folder with index.md, for its files beside it; refuses an unknown region, a date that is not a date,
// and a name that is already taken, in either form.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { FIRST_DAY, isInDateRange, LAST_DAY } from "../src/content/values.ts";
import { nearest } from "../src/content/nearest.ts";
import { parseYaml } from "../src/content/parse.ts";
import { validateRegions } from "../src/content/validate.ts";
import { isCalendarDate } from "../src/dates.ts";
import { commandWithDashes, formsOf, pathOf, scaffold, type Kind } from "../src/scaffold.ts";
import { readOptions } from "../src/options.ts";
import { readableParseError } from "./options.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const usage = [
  'Brug: npm run new -- meeting --region <region> --date ÅÅÅÅ-MM-DD --title "..." [--folder]',
  '  eller npm run new -- news --date ÅÅÅÅ-MM-DD --title "..."',
  "  --folder opretter mødet som en mappe med index.md i stedet for én fil, så præsentationer og billeder kan ligge ved siden af.",
].join("\n");
const OPTIONS = {
  region: { type: "string" },
  date: { type: "string" },
  title: { type: "string" },
  folder: { type: "boolean" },
  content: { type: "string" },
} as const;

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
// only a meeting's own files are published beside it; a news article links its files in media/
if (kind === "news" && values.folder) fail(`--folder gælder kun møder; en nyhed linker til filer i media/.\n${usage}`);
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

const content = { kind, title: values.title.trim(), date: values.date, region: values.region, folder: values.folder ?? false };
// a page is a file or a folder, never both: the other form of the same name is taken too
const taken = formsOf(content)
  .map((form) => join(contentDir, form))
  .find((form) => existsSync(form));
if (taken) fail(`${taken} findes allerede. Vælg en anden titel, eller ret den fil, der er.`);
const path = join(contentDir, pathOf(content));
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffold(content));
const beside = content.folder ? `\nLæg mødets filer (præsentationer, billeder) i ${dirname(path)}, ved siden af index.md.` : "";
console.log(`Oprettet: ${path}${beside}\nUdfyld de tomme felter, og kør npm run check.`);

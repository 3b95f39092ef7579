// tsx scripts/corpus.ts --out DIR --meetings N [--seed S] [--pictures P]
//
// Writes a synthetic content folder of N meetings and N/5 news articles in our format (see
// src/corpus/generate.ts), for the benchmark and scale tests; with --pictures, every P-th
// meeting is a folder with a 1600 x 900 JPEG beside its report. One seed, one corpus: the same
// arguments always write byte-identical files (pictures: with the same sharp).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "../src/corpus/generate.ts";
import { pictureJpeg } from "../src/corpus/picture.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    meetings: { type: "string", default: "1000" },
    seed: { type: "string" },
    pictures: { type: "string" },
  },
  strict: true,
});
const meetings = Number(values.meetings);
const seed = values.seed === undefined ? undefined : Number(values.seed);
const pictures = values.pictures === undefined ? undefined : Number(values.pictures);
if (
  !values.out ||
  !Number.isInteger(meetings) ||
  meetings < 0 ||
  (seed !== undefined && !Number.isInteger(seed)) ||
  (pictures !== undefined && !(Number.isInteger(pictures) && pictures > 0))
) {
  console.error("usage: tsx scripts/corpus.ts --out DIR --meetings N [--seed S] [--pictures P]   (N, S and P whole numbers, P at least 1)");
  process.exit(2);
}

// A corpus replaces the one written before it, so that its files do not linger; any other
// folder (real content given as --out by mistake) is refused, not emptied.
const out = values.out;
const MARK = ".referat-corpus";
if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARK))) {
  console.error(
    `${out} is not empty and was not written by this generator (it has no ${MARK}): refusing to replace it. Give a new or empty folder.`,
  );
  process.exit(2);
}
for (const folder of ["_data", "meetings", "news"]) rmSync(join(out, folder), { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, MARK), "Written by scripts/corpus.ts, which replaces this folder's _data, meetings and news when run again.\n");

const made = new Set<string>();
let count = 0;
for (const file of generateCorpus({ meetings, seed, pictures })) {
  const path = join(out, file.path);
  const folder = dirname(path);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  writeFileSync(path, "text" in file ? file.text : await pictureJpeg(file.picture));
  count++;
}
const pictured = pictures ? `, ${Math.floor(meetings / pictures)} with a picture` : "";
console.log(`wrote ${count} files (${meetings} meetings${pictured}, ${Math.round(meetings / 5)} news articles) to ${out}`);

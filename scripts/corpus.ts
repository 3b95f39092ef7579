// tsx scripts/corpus.ts --out DIR --meetings N [--seed S]
//
// Writes a synthetic content folder of N meetings and N/5 news articles in our format (see
// src/corpus/generate.ts), for the benchmark and scale tests. One seed, one corpus: the same
// arguments always write byte-identical files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "../src/corpus/generate.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    meetings: { type: "string", default: "1000" },
    seed: { type: "string" },
  },
  strict: true,
});
const meetings = Number(values.meetings);
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (!values.out || !Number.isInteger(meetings) || meetings < 0 || (seed !== undefined && !Number.isInteger(seed))) {
  console.error("usage: tsx scripts/corpus.ts --out DIR --meetings N [--seed S]   (N and S whole numbers)");
  process.exit(2);
}

// Only the folders a corpus consists of are replaced, so that files of an earlier corpus do not
// linger and a mistyped --out cannot wipe anything else.
const out = values.out;
for (const folder of ["_data", "meetings", "news"]) rmSync(join(out, folder), { recursive: true, force: true });

const made = new Set<string>();
let count = 0;
for (const file of generateCorpus({ meetings, seed })) {
  const path = join(out, file.path);
  const folder = dirname(path);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  writeFileSync(path, file.text);
  count++;
}
console.log(`wrote ${count} files (${meetings} meetings, ${Math.round(meetings / 5)} news articles) to ${out}`);

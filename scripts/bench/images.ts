// tsx scripts/bench/images.ts --content DIR --cache DIR [--concurrency N]
//
// Times the image pipeline alone on a content folder, e.g. a corpus written with
// `npm run corpus -- --out DIR --meetings 10000 --pictures 10`: processes every picture in it
// (src/images/process.ts) into the cache folder and prints how many, how long, and how many
// were encoded and how many reused from the cache. Run it on an empty cache folder for a cold
// build, then again, a new process, for a warm one; under /usr/bin/time -v for peak memory.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { imageFiles, processImages } from "../../src/images/process.ts";

const PICTURE = /\.(jpe?g|png|webp|svg)$/i;

const { values } = parseArgs({
  options: {
    content: { type: "string" },
    cache: { type: "string" },
    concurrency: { type: "string" },
  },
  strict: true,
});
const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
if (!values.content || !values.cache || (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0))) {
  console.error("usage: tsx scripts/bench/images.ts --content DIR --cache DIR [--concurrency N]   (N a whole number, at least 1)");
  process.exit(2);
}

const pictures = readdirSync(values.content, { recursive: true })
  .map(String)
  .filter((name) => PICTURE.test(name))
  .sort()
  .map((name) => join(values.content!, name));

const started = performance.now();
const cpuBefore = process.cpuUsage();
const images = await processImages(pictures, { cacheDir: values.cache, concurrency });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);

const encoded = images.filter((image) => image.encoded).length;
const files = images.flatMap(imageFiles);
const megabytes = files.reduce((sum, file) => sum + statSync(file.path).size, 0) / 1e6;
console.log(
  `${images.length} pictures in ${seconds.toFixed(2)} s (${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU): ` +
    `${encoded} encoded, ${images.length - encoded} reused; ${files.length} files, ${megabytes.toFixed(1)} MB`,
);

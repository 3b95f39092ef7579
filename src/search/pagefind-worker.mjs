// @ts-check
// Runs in a worker thread: hands the records to Pagefind and writes the index, so that
// Pagefind's replies are read while the main thread is busy rendering pages. Plain
// JavaScript, because a worker's first module is loaded before tsx can hook into it.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

/** @type {{ records: import("./records.ts").SearchRecord[], outputPath: string, language: string }} */
const { records, outputPath, language } = workerData;
const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
try {
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  const written = await index.writeFiles({ outputPath });
  // the search page uses Pagefind's default UI; its other two UIs would only add weight
  for (const unused of ["pagefind-component-ui.css", "pagefind-component-ui.js", "pagefind-modular-ui.css", "pagefind-modular-ui.js"]) {
    await rm(join(outputPath, unused), { force: true });
  }
  parentPort?.postMessage([...added.flatMap((response) => response.errors), ...written.errors]);
} finally {
  await pagefind.close();
}

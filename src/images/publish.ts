// Puts a processed picture's files into the output, beside the page that shows it: copies,
// not links, so that nothing done to the output can change the cache.
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { imageFiles, type ProcessedImage } from "./process.ts";

/** Copies every file of `image` into `folder` under its file name, the name `pictureHtml`'s `urlOf` is given. */
export async function copyImageFiles(image: ProcessedImage, folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await Promise.all(imageFiles(image).map((file) => copyFile(file.path, join(folder, file.fileName))));
}

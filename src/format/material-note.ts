import { i18n } from "../i18n/index.ts";
import { fileKind } from "./file-kind.ts";
import { fileSize } from "./file-size.ts";

/** "PDF, 2,3 MB" after a file, "ekstern side" after a link: what a reader gets, in words, on the page and in feeds alike. */
export function materialNote({ file }: { file?: { extension: string; bytes: number } }): string {
  const words = i18n.meeting.materials;
  if (!file) return words.external;
  const kind = fileKind(file.extension);
  return file.bytes > 0 ? words.file(kind, fileSize(file.bytes)) : kind;
}

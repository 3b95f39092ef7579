// A file's media type, by its extension: what feeds, calendars, links and the favicon declare.
import type { ATTACHMENT_TYPES } from "../content/materials-schema.ts";

/** A file's kind, by its extension: the name readers know it by, and its media type. */
export interface FileType {
  extension: string;
  mime: string;
}

// typed here, so that the compiler asks for a type for every kind of file a meeting may carry
const MIME: Record<(typeof ATTACHMENT_TYPES)[number], string> = {
  pdf: "application/pdf",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ppt: "application/vnd.ms-powerpoint",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xls: "application/vnd.ms-excel",
  odp: "application/vnd.oasis.opendocument.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  txt: "text/plain",
  csv: "text/csv",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  svg: "image/svg+xml",
  zip: "application/zip",
  mp4: "video/mp4",
  mp3: "audio/mpeg",
};

/** "slides.PDF" → { extension: "pdf", mime: "application/pdf" }; an unknown kind is an octet stream. */
export function fileType(file: string): FileType {
  const extension = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  return { extension, mime: Object.hasOwn(MIME, extension) ? MIME[extension as keyof typeof MIME] : "application/octet-stream" };
}

// What a meeting left behind, or asks of its members before it, as front-matter fields (see
// schema.ts, which gives the meeting these): its materials, a sign-up and a picture. A file is
// one beside the report, when the report is a folder ("bundle"), or one in media/.
import type { Field } from "./fields.ts";

const text = { kind: "text" } as const;

/** the largest file a meeting may carry when site.yaml says nothing (attachment_limit_mb), in MB */
export const ATTACHMENT_LIMIT_MB = 25;

/** the files a meeting may carry: documents, slides, sheets, pictures, archives, recordings */
export const ATTACHMENT_TYPES = [
  "pdf",
  "pptx",
  "ppt",
  "docx",
  "doc",
  "xlsx",
  "xls",
  "odp",
  "odt",
  "ods",
  "txt",
  "csv",
  "jpg",
  "jpeg",
  "png",
  "webp",
  "svg",
  "zip",
  "mp4",
  "mp3",
] as const;
export const PICTURE_TYPES = ["jpg", "jpeg", "png", "webp"] as const;
/** what a meeting left behind: a file beside the report or in media/, or a link */
export const ATTACHMENT_FIELDS = [
  { key: "title", type: text, required: true, label: "titel", example: '"Præsentation fra KL"' },
  {
    key: "file",
    type: { kind: "media-file", extensions: ATTACHMENT_TYPES, inBundle: true },
    required: false,
    label: "fil i mødets mappe eller i media/ (eller url)",
    example: '"slides-kl.pdf"',
  },
  { key: "url", type: { kind: "https-url" }, required: false, label: "link (eller file)", example: '"https://www.kl.dk/"' },
  {
    key: "speaker",
    type: { kind: "speaker-ref" },
    required: false,
    label: "oplægget, det hører til: nummeret i oplægsholderne fra 1, eller navnet",
    example: "1",
  },
] as const satisfies readonly Field[];

export const REGISTRATION_FIELDS = [
  { key: "url", type: { kind: "https-url" }, required: true, label: "tilmeldingsside", example: '"https://www.kl.dk/tilmelding"' },
  { key: "deadline", type: { kind: "date" }, required: false, label: "sidste tilmeldingsdag (ÅÅÅÅ-MM-DD)", example: "2017-03-01" },
] as const satisfies readonly Field[];

export const PICTURE_FIELDS = [
  {
    key: "file",
    type: { kind: "media-file", extensions: PICTURE_TYPES, inBundle: true },
    required: true,
    label: "billedets fil i mødets mappe eller i media/",
    example: '"salen.jpg"',
  },
  { key: "alt", type: text, required: true, label: "hvad billedet viser, til skærmlæsere", example: '"Deltagerne i byrådssalen"' },
] as const satisfies readonly Field[];

/** An attachment's `speaker` as a talk's number from 1, when it is one: 2, or "2" as a form's text field writes it. */
export function talkNumber(speaker: unknown): number | undefined {
  if (typeof speaker === "number") return speaker;
  return typeof speaker === "string" && /^\s*\d+\s*$/.test(speaker) ? Number(speaker) : undefined;
}

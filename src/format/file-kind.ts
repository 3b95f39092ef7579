import type { ATTACHMENT_TYPES } from "../content/materials-schema.ts";
import { i18n } from "../i18n/index.ts";

// typed here, so that the compiler asks the language table for every type a meeting may carry
const KINDS: Record<(typeof ATTACHMENT_TYPES)[number], string> = i18n.meeting.materials.kinds;

/** A file's kind as readers know it, by its extension: "pptx" → "PowerPoint", "png" → "billede". */
export function fileKind(extension: string): string {
  const key = extension.toLowerCase();
  return Object.hasOwn(KINDS, key) ? KINDS[key as keyof typeof KINDS] : i18n.meeting.materials.other;
}

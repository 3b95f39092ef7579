import type { MeetingStatus } from "../content/schema.ts";
import { i18n } from "../i18n/index.ts";

// typed here, so that the compiler asks the language table for every status the schema has
const LABELS: Record<MeetingStatus, string> = i18n.statuses;

export function statusLabel(status?: MeetingStatus): string {
  return status ? LABELS[status] : "";
}

import type { MeetingStatus } from "../content/schema.ts";

const LABELS: Record<MeetingStatus, string> = { cancelled: "Aflyst", postponed: "Udsat" };

export function statusLabel(status?: MeetingStatus): string {
  return status ? LABELS[status] : "";
}

import type { ItemView } from "../site/views.ts";

const STATUS_PREFIX = { cancelled: "Aflyst: ", postponed: "Udsat: " } as const;

/** "Aflyst: …", "Kladde: …": the status travels with the title into feed readers and calendars. */
export function itemTitle(item: ItemView): string {
  const status = item.kind === "meeting" && item.status ? STATUS_PREFIX[item.status] : "";
  return `${item.draft ? "Kladde: " : ""}${status}${item.title}`;
}

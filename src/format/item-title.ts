import type { MeetingStatus } from "../content/schema.ts";
import { i18n } from "../i18n/index.ts";
import type { ItemView } from "../site/views.ts";

const PREFIXES: Record<MeetingStatus | "draft", string> = i18n.titlePrefixes;

/** "Aflyst: …", "Kladde: …": the status travels with the title into feed readers and calendars. */
export function itemTitle(item: ItemView): string {
  const status = item.kind === "meeting" && item.status ? PREFIXES[item.status] : "";
  return `${item.draft ? PREFIXES.draft : ""}${status}${item.title}`;
}

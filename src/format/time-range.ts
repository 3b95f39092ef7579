import { i18n } from "../i18n/index.ts";

const { clock, at, between } = i18n.times;

/** "kl. 10.00–15.00" or "kl. 10.00", in the site's language. */
export function timeRange(start?: string, end?: string): string {
  if (!start) return "";
  return end ? between(clock(start), clock(end)) : at(clock(start));
}

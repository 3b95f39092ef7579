// Where a reader finds the site's accessibility statement, and how they reach whoever answers
// for it: from site.yaml's `accessibility` (content/settings-schema.ts).
import type { Settings } from "../content/model.ts";

/**
 * The statement published in Digitaliseringsstyrelsen's WAS-Tool, when site.yaml names it:
 * the footer links there, and the built-in statement page is not made. Undefined otherwise:
 * the footer links the built-in page (routes.accessibility).
 */
export function accessibilityLink(settings: Pick<Settings, "accessibility">): string | undefined {
  return settings.accessibility?.statement;
}

/** "navn@example.dk" → "mailto:navn@example.dk"; a "?" or "#" an address may hold is escaped, as it would start a query. */
export function mailtoHref(email: string): string {
  return `mailto:${email.split("@").map(encodeURIComponent).join("@")}`;
}

/**
 * "+45 12 34 56 78", "(+45) 1234-5678", "12 34 56 78", "0045 12345678" → "tel:+4512345678": a link a phone dials
 * from abroad too. Eight digits without a country code are a Danish number, as Danish numbers are.
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (/^\(?\+/.test(phone.trim())) return `tel:+${digits}`;
  if (digits.startsWith("00")) return `tel:+${digits.slice(2)}`;
  return digits.length === 8 ? `tel:+45${digits}` : `tel:${digits}`;
}

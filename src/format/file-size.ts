import { i18n } from "../i18n/index.ts";

const { size } = i18n.meeting.materials;
const whole = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 0 });
const tenths = new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A file's size as readers read it, in decimal units as the content check counts them
 * (1 MB = 1,000,000 bytes): "340 kB" under a megabyte, "2,3 MB" from there; at least "1 kB".
 */
export function fileSize(bytes: number): string {
  const kilobytes = Math.max(1, Math.round(bytes / 1_000));
  if (kilobytes < 1_000) return size(whole.format(kilobytes), "kB");
  const megabytes = Math.round(bytes / 100_000) / 10;
  if (megabytes < 1_000) return size(tenths.format(megabytes), "MB");
  return size(tenths.format(Math.round(bytes / 100_000_000) / 10), "GB");
}

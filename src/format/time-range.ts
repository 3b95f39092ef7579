/** "kl. 10.00–15.00" or "kl. 10.00"; Danish writes times with a period. */
export function timeRange(start?: string, end?: string): string {
  if (!start) return "";
  const danish = (time: string) => time.replace(":", ".");
  return end ? `kl. ${danish(start)}–${danish(end)}` : `kl. ${danish(start)}`;
}

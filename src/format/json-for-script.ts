import { latin1Json } from "../latin1.ts";

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as
 * JSON escapes so that no value can close the script element or open a comment; everything
 * beyond Latin-1 too (U+2028 and U+2029 among them, which old parsers choke on). Templates mark the result `| safe`: it is already escaped.
 */
export function jsonForScript(value: unknown): string {
  return latin1Json(JSON.stringify(value).replace(/[<>&]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as
 * JSON escapes so that no value can close the script element or open a comment; U+2028 and
 * U+2029 likewise, for old parsers. Templates mark the result `| safe`: it is already escaped.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

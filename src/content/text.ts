// What text the site can carry, and how content is quoted back to editors.
//
// Everything an editor writes ends up in HTML, XML feeds, iCalendar files, file names and
// Pagefind's index; each breaks on some characters (a NUL in HTML, a lone surrogate in
// Pagefind, a raw line break in a calendar line). Checking once here, with one regular
// expression per value, is cheaper and clearer than escaping in every writer.

/** Characters no value may hold: C0 and C1 controls except tab and line feed; U+FFFD. */
const CONTROLS = "\\0-\\x08\\x0b-\\x1f\\x7f-\\x9f";
/** a surrogate half without its other half: what a YAML escape like "\ud800" decodes to */
const LONE_SURROGATE = "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
/** invisible characters that reverse or isolate the writing direction of what follows */
const BIDI_CONTROLS = "\\u202a-\\u202e\\u2066-\\u2069";

const IN_VALUE = new RegExp(`[${CONTROLS}\\ufffd]|${LONE_SURROGATE}`);
const IN_NAME = new RegExp(`[${CONTROLS}${BIDI_CONTROLS}\\ufffd]|${LONE_SURROGATE}`);
// the body is read from UTF-8, so it holds no lone surrogates; a CR is a Windows line end
const IN_BODY = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]/;

export type TextUse = "value" | "name" | "body";

const PATTERN: Record<TextUse, RegExp> = { value: IN_VALUE, name: IN_NAME, body: IN_BODY };

/** The first character in `text` the output cannot carry, or undefined. */
export function forbiddenIn(text: string, use: TextUse): { index: number; char: string } | undefined {
  const match = PATTERN[use].exec(text);
  return match ? { index: match.index, char: match[0] } : undefined;
}

/** "U+001B" */
function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** What is wrong with `char` and how to fix it, in Danish, for an editor. */
export function explainForbidden(char: string): { message: string; hint: string } {
  const code = char.charCodeAt(0);
  if (char === "\ufffd") {
    return {
      message: "indeholder tegnet \ufffd (U+FFFD), der står, hvor et tegn ikke kunne læses: filen er nok ikke gemt som UTF-8.",
      hint: "Gem filen som UTF-8 (Unicode), og skriv de tegn, der er blevet til \ufffd (ofte æ, ø og å), igen.",
    };
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    return {
      message: `indeholder en halv tegnkode (\\u${code.toString(16)}), som ikke er et tegn og ikke kan vises.`,
      hint: "Skriv tegnet selv i stedet for koden med \\u, eller slet koden.",
    };
  }
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return {
      message: `indeholder et usynligt tegn, der vender skriveretningen (${codePoint(char)}); i et navn kan det få teksten til at se anderledes ud, end den er.`,
      hint: "Slet tegnet (det kommer ofte med, når tekst kopieres); skriv navnet igen, hvis du ikke kan se, hvor det står.",
    };
  }
  return {
    message: `indeholder et usynligt styretegn (${codePoint(char)}), som ikke kan vises på en side.`,
    hint: "Slet tegnet (det kommer ofte med, når tekst kopieres fra et andet program); skriv teksten igen, hvis du ikke kan se, hvor det står.",
  };
}

// Escaping for messages: a message is one line in a terminal, a CI log or a GitHub annotation,
// so nothing from the content may break the line, move the cursor (ESC) or reorder what is
// shown (bidi controls). Escaped as JavaScript writes them, which is also what YAML reads.
const UNSAFE_IN_MESSAGE = new RegExp(`[${CONTROLS}\\n\\t\\u2028\\u2029${BIDI_CONTROLS}]|${LONE_SURROGATE}`, "g");
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `text` with every control, line break and bidi character written as an escape. */
export function escapeForMessage(text: string): string {
  return text.replace(UNSAFE_IN_MESSAGE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** At most `max` characters of `text`, never splitting a surrogate pair, with "..." when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 3;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}...`;
}

/** A content value quoted for a message: clipped and escaped, never more than one line. */
export function quoted(text: string, max = 60): string {
  return `"${escapeForMessage(clip(text, max))}"`;
}

// Text as one form: "Å" can be one character (NFC) or "A" and a ring (NFD, as macOS and
// some keyboards write it). Without this, "Århus-mødet" in the two forms would be two themes.
// Nothing below U+0300 changes under NFC, so Danish text (Latin-1) skips the work.
const MAYBE_NOT_NFC = /[^\0-\u02ff]/;

export function nfc(text: string): string {
  return MAYBE_NOT_NFC.test(text) ? text.normalize("NFC") : text;
}

/**
 * Every string in parsed YAML in NFC and without whitespace around it, in place (the data is
 * fresh from the parser): `" Navn"` and `"Navn"` are one name, and no page shows the space.
 */
export function normalisedStrings(value: unknown): unknown {
  if (typeof value === "string") return nfc(value).trim();
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = normalisedStrings(value[index]);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const before = record[key];
      const after = normalisedStrings(before);
      // defineProperty, not assignment: a key "__proto__" must stay a field, not a prototype
      if (after !== before) Object.defineProperty(record, key, { value: after, writable: true, enumerable: true, configurable: true });
    }
  }
  return value;
}

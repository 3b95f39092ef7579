import { describe, expect, it } from "vitest";
import { clip, escapeForMessage, forbiddenIn, nfc, normalisedStrings, quoted } from "../../src/content/text.ts";

describe("forbiddenIn", () => {
  it("finds what no page, feed or calendar can carry: C0 and C1 controls, lone surrogates, U+FFFD", () => {
    expect(forbiddenIn("a\u0000b", "value")).toEqual({ index: 1, char: "\u0000" });
    expect(forbiddenIn("rød\u001b[31m", "value")).toEqual({ index: 3, char: "\u001b" });
    expect(forbiddenIn("a\rb", "value")?.char).toBe("\r");
    expect(forbiddenIn("x\u0085", "value")?.char).toBe("\u0085");
    expect(forbiddenIn("\ud800", "value")?.char).toBe("\ud800");
    expect(forbiddenIn("a\udc00", "value")?.char).toBe("\udc00");
    expect(forbiddenIn("Sor\ufffd", "value")?.char).toBe("\ufffd");
  });

  it("lets through tabs, line breaks, surrogate pairs and every script", () => {
    for (const text of ["a\tb\nc", "emoji 😀", "زهراء العصفور", "Αθήνα", "北京市", "Sorø"])
      expect(forbiddenIn(text, "name"), text).toBeUndefined();
  });

  it("refuses characters that turn the writing direction in names only", () => {
    expect(forbiddenIn("abc\u202edef", "name")?.char).toBe("\u202e");
    expect(forbiddenIn("abc\u2066def", "name")?.char).toBe("\u2066");
    expect(forbiddenIn("abc\u202edef", "value")).toBeUndefined();
  });

  it("allows Windows line ends in the body, not in values", () => {
    expect(forbiddenIn("Linje\r\nLinje", "body")).toBeUndefined();
    expect(forbiddenIn("Linje\u0000", "body")?.index).toBe(5);
  });
});

describe("escapeForMessage", () => {
  it("keeps a message on one line and the terminal as it was", () => {
    const escaped = escapeForMessage("a\nb\r::error::x\u001b[2J\u202e\ud800\u2028");
    expect(escaped).toBe("a\\nb\\r::error::x\\u001b[2J\\u202e\\ud800\\u2028");
    expect(escaped).not.toMatch(/[\0-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it("leaves Danish and other scripts alone", () => {
    expect(escapeForMessage("Sorø زهراء 😀")).toBe("Sorø زهراء 😀");
  });
});

describe("clip and quoted", () => {
  it("cut long text without splitting a surrogate pair", () => {
    expect(clip("abcdef", 10)).toBe("abcdef");
    expect(clip("abcdefghijk", 6)).toBe("abc...");
    expect(clip("ab😀defghijk", 6)).toBe("ab...");
    expect(quoted("a\nb")).toBe('"a\\nb"');
  });
});

describe("nfc and normalisedStrings", () => {
  it("makes the composed and decomposed spellings one", () => {
    expect(nfc("Århus-mødet".normalize("NFD"))).toBe("Århus-mødet");
    expect(nfc("Århus")).toBe("Århus");
    const data = normalisedStrings({ theme: "Å".normalize("NFD"), topics: ["é".normalize("NFD")], nested: { x: "ø" } });
    expect(data).toEqual({ theme: "Å", topics: ["é"], nested: { x: "ø" } });
  });

  it("takes the whitespace off both ends of every value", () => {
    expect(normalisedStrings({ venue: { name: " Navn\n", city: "\tHobro " }, topics: [" a "] })).toEqual({
      venue: { name: "Navn", city: "Hobro" },
      topics: ["a"],
    });
  });

  it("normalises a field named __proto__ as a field, without touching the prototype", () => {
    const data = JSON.parse(`{"__proto__": "${"Å".normalize("NFD")}"}`) as Record<string, unknown>;
    normalisedStrings(data);
    expect(Object.getOwnPropertyDescriptor(data, "__proto__")?.value).toBe("Å");
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });
});

import { describe, expect, it } from "vitest";
import { latin1Json, latin1Markup } from "../src/latin1.ts";

describe("Latin-1 output", () => {
  it("writes characters beyond Latin-1 in markup as numeric references, whole code points", () => {
    expect(latin1Markup("<p>æøå – “citat” 😀</p>")).toBe("<p>æøå &#8211; &#8220;citat&#8221; &#128512;</p>");
    expect(latin1Markup("<p>æøå</p>")).toBe("<p>æøå</p>");
  });

  it("writes them in JSON as \\u escapes that parse back to the same text", () => {
    const text = "Tål – 😀 \u2028";
    const json = latin1Json(JSON.stringify({ text }));
    expect(json).toMatch(/^[\x00-\xff]*$/);
    expect(JSON.parse(json).text).toBe(text);
  });
});

import { describe, expect, it } from "vitest";
import { jsonLd } from "../../src/filters/json-ld.ts";

describe("jsonLd", () => {
  it("cannot close the script element or open a comment, and still parses to the same value", () => {
    const value = { name: "</script><script>alert(1)</script> <!-- & \u2028" };
    const text = jsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

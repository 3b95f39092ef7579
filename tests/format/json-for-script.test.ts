import { describe, expect, it } from "vitest";
import { jsonForScript } from "../../src/format/json-for-script.ts";

describe("jsonForScript", () => {
  it("cannot close the script element or open a comment, and still parses to the same value", () => {
    const value = { name: "</script><script>alert(1)</script> <!-- & \u2028" };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

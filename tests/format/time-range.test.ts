import { describe, expect, it } from "vitest";
import { timeRange } from "../../src/format/time-range.ts";

describe("timeRange", () => {
  it("writes times the Danish way", () => {
    expect(timeRange("10:00", "15:30")).toBe("kl. 10.00–15.30");
    expect(timeRange("09:30")).toBe("kl. 09.30");
    expect(timeRange(undefined, undefined)).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { remember } from "../src/remember.ts";

describe("remember", () => {
  it("computes each distinct argument once and returns the same value after", () => {
    const calls: string[] = [];
    const shout = remember((text) => {
      calls.push(text);
      return text.toUpperCase();
    });
    expect([shout("a"), shout("b"), shout("a")]).toEqual(["A", "B", "A"]);
    expect(calls).toEqual(["a", "b"]);
  });
});

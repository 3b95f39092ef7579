import { describe, expect, it } from "vitest";
import { noMemo, RebuildMemo, remember } from "../src/memo.ts";

describe("RebuildMemo", () => {
  it("computes each key once across rebuilds", () => {
    const memo = new RebuildMemo<string>();
    let computed = 0;
    const parse = (text: string) => memo.get(text, () => `${text}!${++computed}`);
    memo.startBuild();
    expect([parse("a"), parse("b")]).toEqual(["a!1", "b!2"]);
    memo.startBuild();
    expect([parse("a"), parse("b"), parse("a")]).toEqual(["a!1", "b!2", "a!1"]);
    expect(computed).toBe(2);
  });

  it("forgets what the last rebuild did not use", () => {
    const memo = new RebuildMemo<number>();
    let computed = 0;
    memo.startBuild();
    memo.get("old text", () => ++computed);
    memo.startBuild();
    memo.get("edited text", () => ++computed);
    memo.startBuild();
    expect(memo.get("old text", () => ++computed)).toBe(3);
  });
});

describe("noMemo", () => {
  it("computes every time", () => {
    const memo = noMemo<number>();
    let computed = 0;
    memo.get("a", () => ++computed);
    expect(memo.get("a", () => ++computed)).toBe(2);
  });
});

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

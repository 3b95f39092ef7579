import { describe, expect, it } from "vitest";
import { Random } from "../../src/corpus/random.ts";

const draws = (random: Random, count: number) => Array.from({ length: count }, () => random.next());

describe("Random", () => {
  it("gives the same numbers for the same seed and others for another", () => {
    expect(draws(new Random(42), 50)).toEqual(draws(new Random(42), 50));
    expect(draws(new Random(42), 50)).not.toEqual(draws(new Random(43), 50));
  });

  it("draws numbers in [0, 1), and integers with both bounds included", () => {
    const random = new Random(1);
    const numbers = draws(random, 10_000);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThan(1);
    const integers = new Set(Array.from({ length: 1000 }, () => random.int(3, 6)));
    expect([...integers].sort()).toEqual([3, 4, 5, 6]);
  });

  it("shuffles into a permutation", () => {
    const shuffled = new Random(7).shuffle(Array.from({ length: 20 }, (_, i) => i));
    expect(shuffled).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("picks the first of a list far more often than the last when asked for the popular ones", () => {
    const random = new Random(9);
    const items = Array.from({ length: 10 }, (_, i) => i);
    const picks = Array.from({ length: 10_000 }, () => random.popular(items));
    const count = (item: number) => picks.filter((pick) => pick === item).length;
    expect(count(0)).toBeGreaterThan(5 * count(9));
  });
});

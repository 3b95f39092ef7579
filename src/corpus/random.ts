// A seeded pseudo-random source for the corpus generator: the same seed gives the same
// corpus on every machine, which Math.random cannot promise. The core is mulberry32, a
// 32-bit generator that is small and plenty good for fake content (not for anything secret).

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** a number in [0, 1) */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** an integer from `low` to `high`, both included */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  /** true with probability `p` */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** shuffles `items` in place (Fisher-Yates) and returns it */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /**
   * Picks with a heavy head: the first items come up far more often than the last, as a few
   * themes and speakers dominate a real archive while most appear once or twice.
   */
  popular<T>(items: readonly T[]): T {
    return items[Math.floor(items.length * this.next() ** 2)]!;
  }
}

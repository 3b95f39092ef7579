// Suggests the valid value an editor most likely meant ("midt-nrd" → "midt-nord").

/** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
export function editDistance(a: string, b: string): number {
  // three rows at a time: the one before the last is needed for swaps
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforeLast[j - 2]! + 1);
      row.push(best);
    }
    beforeLast = last;
    last = row;
  }
  return last[b.length]!;
}

/** Longer than any name or reference: such a text is not a misspelling of one, and comparing it would cost its length squared. */
const LONGEST_GUESS = 200;

/**
 * The candidate closest to `wanted`, or undefined when none is close enough to be a
 * plausible misspelling (more than a third of the longer string would have to change).
 * Candidates whose length alone rules them out are not compared.
 */
export function nearest(wanted: string, candidates: Iterable<string>): string | undefined {
  if (wanted.length > LONGEST_GUESS) return undefined;
  const needle = wanted.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const limit = Math.max(2, Math.ceil(Math.max(needle.length, candidate.length) / 3));
    if (Math.abs(needle.length - candidate.length) > Math.min(limit, bestDistance)) continue;
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance > limit) continue;
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

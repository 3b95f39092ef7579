// Pure work remembered, in the two ways the build needs: a file's parsing and rendering between
// the dev server's rebuilds (RebuildMemo: after an editor saves one report, the other thousands
// are neither parsed nor rendered again; keyed by the text itself, so an entry is never stale,
// and one-shot builds remember nothing), and a costly function of a string for the whole
// process (remember: a formatted date recurs on thousands of pages).

export interface Memo<V> {
  get(key: string, compute: () => V): V;
}

/** For a build that runs once: every value is computed, none is kept. */
export function noMemo<V>(): Memo<V> {
  return { get: (_key, compute) => compute() };
}

/** Keeps what the last build used, so that edited-away texts do not pile up over a day's work. */
export class RebuildMemo<V> implements Memo<V> {
  private used = new Map<string, V>();
  private previous = new Map<string, V>();

  get(key: string, compute: () => V): V {
    let value = this.used.get(key) ?? this.previous.get(key);
    if (value === undefined) value = compute();
    this.used.set(key, value);
    return value;
  }

  /** Call as a rebuild starts: what the build before it did not use is forgotten. */
  startBuild(): void {
    this.previous = this.used;
    this.used = new Map();
  }
}

/**
 * Wraps a costly function of a string so that each distinct argument is computed once per
 * process. For values that recur on thousands of pages, like formatted dates.
 */
export function remember<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

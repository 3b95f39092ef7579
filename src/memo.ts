// Pure work on a file's text, remembered between the dev server's rebuilds: after an editor
// saves one report, the other thousands are neither parsed nor rendered again. Keyed by the
// text itself, so an entry can never be stale; one-shot builds remember nothing.

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

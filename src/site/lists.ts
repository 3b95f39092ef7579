// Ordering and grouping the site's lists, shared by pages, feeds and calendars.

/** Newest first; ties broken by id so that the order never depends on the file system. */
export function newestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The newest `count` of two lists that are each newest first, without sorting them again. */
export function newestOf<A extends { date: string; id: string }, B extends { date: string; id: string }>(
  first: readonly A[],
  second: readonly B[],
  count: number,
): (A | B)[] {
  const merged: (A | B)[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < count && (i < first.length || j < second.length)) {
    const takeFirst = j >= second.length || (i < first.length && newestFirst(first[i]!, second[j]!) <= 0);
    merged.push(takeFirst ? first[i++]! : second[j++]!);
  }
  return merged;
}

/** Adds `value` to the list under `key`, starting the list if need be. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

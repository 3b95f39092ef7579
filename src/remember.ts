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

/**
 * Memoised word (or name, or phrase) classes and shapes: `fn` is asked once per string; the answers are kept
 * across articles (they depend on the string alone) and cleared when `limit` of them are kept, so
 * memory stays bounded.
 */
export function memo<T>(fn: (t: string) => T, limit = 5000): (t: string) => T {
  const cache = new Map<string, T>();
  return (t) => {
    let v = cache.get(t);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = fn(t);
      cache.set(t, v);
    }
    return v;
  };
}

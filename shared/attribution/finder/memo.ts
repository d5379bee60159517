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

/**
 * `w.toLowerCase()`, memoised: the finder lower-cases the same few thousand words ~18,000 times a run
 * (token words, to test them against word sets and the lexicon). A word sliced from the article is a
 * two-byte string (the article holds curly quotes), whose `toLowerCase` takes V8's slow (ICU) path and
 * returns a new string to hash again; the memo's answer is one string, hashed once. For words, not texts.
 */
export const lowerCase = memo((w) => w.toLowerCase(), 20000);

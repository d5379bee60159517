/**
 * Memoised word (or name, or phrase) classes and shapes: `fn` is asked once per string; the answers are kept
 * across articles (they depend on the string alone) and cleared when `limit` of them are kept, so
 * memory stays bounded. A memo made in an article's own object (entity-registry.ts) keeps that article's
 * answers only.
 */
export function memo<T>(fn: (t: string) => T, limit = 5000): (t: string) => T {
  const cache = new Map<string, T>();
  // the latest string asked and its answer: ~40 % of the asks of lowerCase, ~70 % of spacedWords', repeat the
  // string just asked (one token's word tested by several lexicon predicates in a row), most often the very
  // same string, which `===` tells by reference, where the Map look-up hashes a string the tokeniser sliced
  // this run and compares it with the key's characters (round twenty-nine)
  let lastKey: string | undefined;
  let lastValue: T | undefined;
  return (t) => {
    if (t === lastKey) return lastValue as T;
    let v = cache.get(t);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = fn(t);
      cache.set(t, v);
    }
    lastKey = t;
    lastValue = v;
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

/** The ASCII lower case of a UTF-16 code unit below 128 (A-Z to a-z, the rest unchanged). */
const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * `(w) => set.has(lowerCase(w))` for a set of lower-case words, exactly, with most words answered
 * without the memo's lookup: when `w`'s first two code units are ASCII, `w.toLowerCase()` opens with
 * their ASCII lower case (lower-casing maps each code point alone; only non-ASCII ones change length or
 * depend on context), so a word whose opening pair opens no word of the set is not in it. Other words
 * (shorter, or opening with a non-ASCII unit) take the full test.
 */
export function lowerCaseMember(set: ReadonlySet<string>): (w: string) => boolean {
  const pairs = new Uint8Array(128 * 128);
  for (const s of set) {
    const a = s.charCodeAt(0);
    const b = s.charCodeAt(1);
    if (a < 128 && b < 128) pairs[a * 128 + b] = 1;
    else if (s.length >= 2) return (w) => set.has(lowerCase(w)); // (a set with non-ASCII openings: no shortcut)
  }
  return (w) => {
    const a = w.charCodeAt(0);
    const b = w.charCodeAt(1);
    if (a < 128 && b < 128 && pairs[asciiLower(a) * 128 + asciiLower(b)] === 0) return false;
    return set.has(lowerCase(w));
  };
}

/**
 * `s.split(/\s+/)`, memoised, for names, speakers and roles (strings the finder asks about again and
 * again: ~4,600 splits on a regular expression a run of the bench's long text, ~60 % of them of a
 * string already split). The answer is one shared array: callers read it, never change it.
 */
export const spacedWords: (s: string) => readonly string[] = memo((s) => s.split(/\s+/), 5000);

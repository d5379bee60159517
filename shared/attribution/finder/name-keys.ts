/**
 * The words an entity's name is matched by (memory.ts): lower-case keys and contiguous runs of them.
 * Pure functions of their arguments.
 */

/** Keys already read, by name; cleared when full, so memory stays bounded. */
const KEYS = new Map<string, readonly string[]>();
const KEYS_LIMIT = 5000;

/**
 * Lowercase name words used to match mentions; a possessive owner ("Modi's party") is not part of the
 * name. Memoised per name: the array returned is shared and frozen, never to be changed.
 */
export function keysOf(name: string): readonly string[] {
  let keys = KEYS.get(name);
  if (keys === undefined) {
    if (KEYS.size >= KEYS_LIMIT) KEYS.clear();
    keys = Object.freeze(name.toLowerCase().split(/\s+/).filter((k) => k !== '' && !/['’]s?$/.test(k)).map((k) => k.replace(/\.$/, '')));
    KEYS.set(name, keys);
  }
  return keys;
}

/** Whether `needle` occurs as contiguous words in `hay`. */
export function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether `needle` is the last contiguous words of `hay` ("governor" in "ohio governor"). */
export function endsWithRun(hay: readonly string[], needle: readonly string[]): boolean {
  const off = hay.length - needle.length;
  if (needle.length === 0 || off < 0) return false;
  for (let j = 0; j < needle.length; j++) if (hay[off + j] !== needle[j]) return false;
  return true;
}

/**
 * A literal searched for with conditions on what stands around it, without an expression built from the
 * literal (one compiled per word or name costs more than the search, and is compiled again after every full
 * garbage collection, which empties V8's cache of compiled expressions). Contract: `occursBetween(text,
 * literal, before, after)` answers what `new RegExp(`${before}${escaped literal}${after}`, 'u').test(text)`
 * answers when `before` is a lookbehind and `after` a lookahead written as sticky expressions with the u flag,
 * for a literal holding no surrogate code unit (`hasSurrogate`: callers ask the expression then).
 */

const SURROGATE = /[\uD800-\uDFFF]/;
/** Whether `s` holds half of a surrogate pair (a character above U+FFFF). */
export const hasSurrogate = (s: string): boolean => SURROGATE.test(s);

/** `s` with every character an expression treats as syntax escaped, so `new RegExp(escapeRegExp(s))` matches `s` itself. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether sticky `re` matches `text` at `i`. */
export function stickyTest(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

/**
 * Whether `literal` (non-empty, no surrogate) occurs in `text` with sticky lookbehind `before` holding at its
 * start and sticky lookahead `after` at its end.
 */
export function occursBetween(text: string, literal: string, before: RegExp, after: RegExp): boolean {
  for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
    if (stickyTest(before, text, i) && stickyTest(after, text, i + literal.length)) return true;
  }
  return false;
}

/**
 * Every match of the global expression `re` in `text`, as `[...text.matchAll(re)]` lists them (an empty match
 * moves on by a character, a code point with the u flag), with `re` itself: matchAll runs a copy of the
 * expression, which V8 compiles again whenever a full collection has emptied its cache of compiled
 * expressions. `re`'s lastIndex is 0 before and after.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') {
      const i = re.lastIndex;
      re.lastIndex = re.unicode && i + 1 < text.length && (text.codePointAt(i) ?? 0) > 0xffff ? i + 2 : i + 1;
    }
  }
  re.lastIndex = 0;
  return out;
}

/**
 * `/\?\s*$/.test(text.slice(start, end))` without the expression (which tries every position of a long
 * quote): the last character before trailing white space (what `\s` and `trimEnd` both take) is "?".
 */
export function endsInQuestion(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return i > start && text.charCodeAt(i - 1) === 63;
}

const PLAIN_WORD = /^[a-z-]+$/;

/**
 * False only when no expression with the i and u flags that holds `word` literally can match in `text`:
 * `word` (ASCII lower-case letters and hyphens; any other word answers true) stands nowhere in `text` with
 * each of its characters matched by the same ASCII character in either case or by a non-ASCII one (which
 * case folding might take to it, as the Kelvin sign to "k"). A necessary condition, read before compiling
 * such an expression per word (docs/attribution.md, "Round twenty-two: speed").
 */
export function mayHoldWord(text: string, word: string): boolean {
  if (!PLAIN_WORD.test(word)) return true;
  const n = word.length;
  for (let q = 0; q + n <= text.length; q++) {
    let j = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(q + j);
      if (c < 128 && (c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(j)) break;
    }
    if (j === n) return true;
  }
  return false;
}

/**
 * The matches `[...text.matchAll(re)]` lists, for a global expression `re` that matches no empty string, found
 * with `sticky` (`re`'s sticky twin: same source, flags "uy" or "y") tried only at `starts` (code-unit offsets in
 * ascending order; repeats are skipped): the first offset at or after the previous match's end where `sticky`
 * matches gives the next match, as `re`'s own scan finds it. Exact when every offset where `re` can begin a match
 * is among `starts` and none is a trail surrogate after a lead one (the scan of an expression with the u flag
 * starts no match there). An expression that opens with a lookbehind or a `\p{…}` class pays at every offset
 * of a whole article (docs/attribution.md, "Speed pass four"); this pays only where its literal cue stands.
 * `sticky`'s lastIndex is 0 after.
 */
export function matchesAt(sticky: RegExp, text: string, starts: Iterable<number>): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const i of starts) {
    if (i < from) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    from = m === null ? i + 1 : i + m[0].length;
    if (m !== null) out.push(m);
  }
  sticky.lastIndex = 0;
  return out;
}

/** The offsets where any of `literals` stands in `text`, ascending (each once). */
export function offsetsOf(text: string, literals: readonly string[]): number[] {
  const out: number[] = [];
  for (const literal of literals) for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) out.push(i);
  return literals.length > 1 ? [...new Set(out)].sort((a, b) => a - b) : out;
}

/**
 * Whether a match of a name expression can begin at `i`: the code unit there may be a capital (ASCII A-Z, or
 * any code unit above ASCII but a trail surrogate) and the one before is no ASCII letter, "'" or "-" (which a
 * lookbehind `(?<![\p{L}’'-])` forbids). A necessary condition only: the sticky expression decides.
 */
export function mayOpenName(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!((c >= 65 && c <= 90) || (c >= 128 && (c < 0xdc00 || c > 0xdfff)))) return false;
  if (i === 0) return true;
  const b = text.charCodeAt(i - 1);
  return !((b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 39 || b === 45);
}

/** Whether code unit `c` may be part of a run of name words and the white space between them (no line break): ASCII letters, "'", "-", white space but "\n", and anything above ASCII. */
export const mayBeInName = (c: number): boolean =>
  c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 32 || c === 9 || c === 11 || c === 12 || c === 13;

/**
 * The offsets before each of `cues` (ascending) where a name expression may begin a match that holds only name
 * words and white space (no line break) up to the cue: every offset back to the first code unit of that run
 * (`mayBeInName`) where `mayOpenName` holds, ascending.
 */
export function nameStartsBefore(text: string, cues: readonly number[]): number[] {
  const out: number[] = [];
  let floor = 0;
  for (const q of cues) {
    let i = q;
    while (i > floor && mayBeInName(text.charCodeAt(i - 1))) i--;
    for (; i < q; i++) if (mayOpenName(text, i)) out.push(i);
    floor = q;
  }
  return out;
}

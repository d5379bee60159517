/**
 * Expressions whose every match ends at the end of the text ("the slogan" before a quote, `/…\s*$/`), tested
 * from that end. V8 tries such an expression at every position of the text in turn (the finder asks dozens
 * of them of the 80 characters before each quote); a lookbehind is matched backwards, so `$(?<=X)` fails at
 * once everywhere but the end and reads X right to left from there, once.
 *
 * Contract: `atEnd(re).test(s) === re.test(s)` for every string `s`, for an `re` with no `g`, `m` or `y`
 * flag, no backreference, and every top-level alternative ending in an unescaped `$` (checked here: anything
 * else throws when the module loads). Both are true exactly when some match of `re`'s pattern ends at the
 * end of `s`: the lookbehind holds at the end when the pattern matches some `s[j..end)`, and `re` can match
 * nowhere else. For `test` only: the match `exec` would report is empty and captures are not `re`'s.
 *
 * `wordsBefore` and `lineWordsBefore` are two such expressions read backwards by hand, because their callers want the match, not only `test`.
 */

/** The top-level alternatives of an expression's source (its `|` outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}

/** Whether `alternative` ends in `$` that no backslash escapes. */
function endsInAnchor(alternative: string): boolean {
  if (!alternative.endsWith('$')) return false;
  let slashes = 0;
  for (let i = alternative.length - 2; i >= 0 && alternative[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}

/** `re` as an expression tried once, backwards from the end of the text (the contract above). */
export function atEnd(re: RegExp): RegExp {
  if (/[gmy]/.test(re.flags) || /\\(?:[1-9]|k<)/.test(re.source) || !topLevelAlternatives(re.source).every(endsInAnchor)) {
    throw new Error(`atEnd: /${re.source}/${re.flags} may match before the end of the text`);
  }
  return new RegExp(`$(?<=${re.source})`, re.flags);
}

const SPACE = /\s/;
/** Whether the code unit at `i` is white space as `\s` reads it (ASCII without the expression). */
const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
};

/**
 * The one to three words, each followed by one space, that end `text.slice(from, at)`: what
 * `/((?:\S+ ){1,3})$/u.exec(text.slice(from, at))?.[1]` finds, or null, read backwards from `at` instead of
 * tried from every offset of the slice. The match starting leftmost is the one of the most words (three at
 * most), its first word whole back to white space or `from`.
 */
export function wordsBefore(text: string, from: number, at: number): string | null {
  let start = -1;
  let j = at;
  for (let k = 0; k < 3; k++) {
    if (j - 1 <= from || text.charCodeAt(j - 1) !== 32 || isSpaceAt(text, j - 2)) break;
    let t = j - 2;
    while (t > from && !isSpaceAt(text, t - 1)) t--;
    start = t;
    j = t;
  }
  return start < 0 ? null : text.slice(start, at);
}

/**
 * Up to four words right before an offset on its line, ending in a space ("the Ven. ", "Ududumbara Sumanaratana "):
 * what `/(?:[^\s]+[^\S\n]+){1,4}$/u.exec(text.slice(from, at))?.[0]` finds, or null, read backwards from `at`
 * (V8 tries that end-anchored expression at every offset of the slice). Each word is a run
 * of non-space, each gap a run of white space without a line break; the match starting leftmost is the one of
 * the most words (four at most), its first word whole back to white space or `from`.
 */
export function lineWordsBefore(text: string, from: number, at: number): string | null {
  let start = -1;
  let j = at;
  for (let k = 0; k < 4; k++) {
    let t = j;
    while (t > from && text.charCodeAt(t - 1) !== 10 && isSpaceAt(text, t - 1)) t--;
    if (t === j || t === from || isSpaceAt(text, t - 1)) break;
    while (t > from && !isSpaceAt(text, t - 1)) t--;
    start = t;
    j = t;
  }
  return start < 0 ? null : text.slice(start, at);
}

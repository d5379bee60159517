/**
 * Where each word of an article starts, for the readers that look up every whole-word occurrence of a
 * name (cannot-speak.ts, name-styles.ts) without scanning the article from its start each time.
 * A word is a maximal run of code units each matching /[\p{L}\p{N}]/u on its own (as those readers test
 * the units around an occurrence). Contract: `wordStarts(text).get(w)` lists, in order, every offset
 * where a word equal to `w` starts; an occurrence of a phrase whose first unit is a letter or digit,
 * with no letter or digit unit right before or after it, starts at one of the offsets listed for the
 * phrase's own first word (`firstWord`). Built once per text (the latest text is kept).
 */

const LN = /[\p{L}\p{N}]/u;
/** Whether the code unit at `i` is a letter or a digit on its own (ASCII read without the expression). */
export function isLetterOrDigitUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LN.test(text[i]!);
}

/** The phrase's first word: its leading run of letter or digit units ('' when it opens with neither). */
export function firstWord(phrase: string): string {
  let i = 0;
  while (i < phrase.length && isLetterOrDigitUnit(phrase, i)) i++;
  return phrase.slice(0, i);
}

let indexed: { text: string; starts: Map<string, number[]> } | undefined;

/** Offsets of every word of `text`, by the word. */
export function wordStarts(text: string): Map<string, number[]> {
  if (indexed !== undefined && indexed.text === text) {
    // (the same words in another string, as when the finder is run again on the same article: keep the
    // string asked for, so that the next asks, with it, compare by reference, not character by character)
    indexed.text = text;
    return indexed.starts;
  }
  const starts = new Map<string, number[]>();
  for (let i = 0; i < text.length;) {
    if (!isLetterOrDigitUnit(text, i)) { i++; continue; }
    let j = i + 1;
    while (j < text.length && isLetterOrDigitUnit(text, j)) j++;
    const w = text.slice(i, j);
    const list = starts.get(w);
    if (list === undefined) starts.set(w, [i]);
    else list.push(i);
    i = j;
  }
  indexed = { text, starts };
  return starts;
}

/**
 * Offsets where `phrase` is written as whole words (no letter or digit unit right before or after it),
 * in order; `stop` ends the scan early when it returns true. The same offsets as a scan of `text` with
 * `indexOf` from its start, testing the units around each occurrence; a phrase opening with a letter or
 * digit is looked up in the word index instead (the contract above), so a name written once, or never,
 * costs no scan of the article.
 */
export function wholeWordOccurrences(text: string, phrase: string, stop: (at: number) => boolean = () => false): number[] {
  const out: number[] = [];
  const first = firstWord(phrase);
  const starts = first === '' ? null : wordStarts(text).get(first) ?? [];
  for (let k = 0, at = starts === null ? text.indexOf(phrase) : starts[0] ?? -1; at >= 0; at = starts === null ? text.indexOf(phrase, at + 1) : starts[++k] ?? -1) {
    if (starts !== null && !text.startsWith(phrase, at)) continue;
    if (LN.test(text[at - 1] ?? '') || LN.test(text[at + phrase.length] ?? '')) continue;
    out.push(at);
    if (stop(at)) break;
  }
  return out;
}

/** The first offset where `phrase` is written as whole words (`wholeWordOccurrences`), or -1. */
export function firstWholeWord(text: string, phrase: string): number {
  return wholeWordOccurrences(text, phrase, () => true)[0] ?? -1;
}

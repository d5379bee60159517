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
  if (indexed !== undefined && indexed.text === text) return indexed.starts;
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

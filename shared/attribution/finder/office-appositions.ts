/**
 * "The Iyaloja of the market, Alhaja Kafayat Bello,": where an article writes an office after "the" and the
 * name of its holder in apposition (resolve.ts apposedOfficeHolder reads them), found once per article and
 * office instead of by a scan of the text read so far on each call (round twenty-nine: speed).
 *
 * Contract: `officeAppositions(article, office).found` lists, in order, the matches `[...prefix.matchAll(
 * officeExpression(office))]` finds in any prefix `prefix` of `article` as exactly those of its items whose
 * `end` is at most `prefix.length` (each with the match's start, end and captures 1 and 2), and `tailEnd` is
 * where the first occurrence of the office's last word past its first letter ends (-1: none), so that
 * `prefix.includes(tail)` is `tailEnd >= 0 && tailEnd <= prefix.length`; null for an office holding a comma or
 * whose last word is one character, which callers scan for as before (`scanAppositions`).
 *
 * Why a prefix's matches are the article's that end inside it: every match of the expression holds exactly two
 * commas (the office, the modifiers, the "of …" phrase and the name hold none) and ends at the second, so a
 * match starting between two commas (a "segment") ends just after the comma after the next. Whether the
 * expression matches at a position `i`, and how, depends only on the text from the comma before `i` to the
 * second comma after it: a path that reads further holds a third comma. So the article's matches are found
 * segment by segment on that stretch (only segments that hold the office's last word past its first letter,
 * which every match holds before its first comma), and in a prefix ending before a match's second comma no
 * match can start in that match's segment or the next (it would need that comma), so the prefix's scan finds
 * the article's matches before it and no other.
 */
import { escapeRegExp } from './literal-search';
import { memo, spacedWords } from './memo';

/**
 * "The <office> (of …), <Name>,": "The" or "the", up to three capitalised modifiers (group 1; an office of two
 * words or more only), the office's words (each one's first letter in either case), an optional "of/for/at/in"
 * phrase, a comma, up to five capitalised words (group 2), a comma; global. Compiled once per office (kept).
 */
export const officeExpression = memo((office: string): RegExp => {
  const words = spacedWords(office);
  const pattern = words.map((w) => `[${escapeRegExp(w.charAt(0).toLowerCase())}${escapeRegExp(w.charAt(0).toUpperCase())}]${escapeRegExp(w.slice(1))}`).join('\\s+');
  const modifiers = words.length > 1 ? `((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3})` : '()';
  return new RegExp(`\\b[Tt]he\\s+${modifiers}${pattern}(?:\\s+(?:of|for|at|in)\\s+[^,.;:“”"]{1,60})?,\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]*)\\s*,`, 'gu');
}, 500);

/** The same expression without `g`: one match, the leftmost, of a stretch of text. */
const officeExpressionOnce = memo((office: string): RegExp => new RegExp(officeExpression(office).source, 'u'), 500);

export type OfficeApposition = { readonly start: number; readonly end: number; readonly modifiers: string; readonly name: string };

/** Every match in `text` (the scan `officeAppositions` stands for). */
export function scanAppositions(text: string, office: string): OfficeApposition[] {
  const out: OfficeApposition[] = [];
  for (const m of text.matchAll(officeExpression(office))) out.push({ start: m.index, end: m.index + m[0].length, modifiers: m[1]!, name: m[2]! });
  return out;
}

export type OfficeAppositions = { readonly tailEnd: number; readonly found: readonly OfficeApposition[] };

/** The article's matches, segment by segment (the contract above). */
function appositionsOf(article: string, office: string): OfficeAppositions | null {
  const last = spacedWords(office).at(-1)!;
  const tail = last.slice(1);
  if (office.includes(',') || tail === '') return null;
  const re = officeExpressionOnce(office);
  const out: OfficeApposition[] = [];
  const t0 = article.indexOf(tail);
  let from = 0; // where the scan goes on: the end of the latest match
  for (let t = t0; t >= 0;) {
    const first = article.indexOf(',', t); // the segment's end: the first comma any match from it holds
    if (first < 0) break;
    const second = article.indexOf(',', first + 1);
    if (second < 0) break;
    const start = article.lastIndexOf(',', t - 1) + 1;
    if (start >= from) {
      const m = re.exec(article.slice(start, second + 1));
      if (m !== null && start + m.index < first) {
        out.push({ start: start + m.index, end: start + m.index + m[0].length, modifiers: m[1]!, name: m[2]! });
        from = start + m.index + m[0].length;
      }
    }
    t = article.indexOf(tail, first + 1);
  }
  return { tailEnd: t0 < 0 ? -1 : t0 + tail.length, found: out };
}

let latest: { article: string; byOffice: (office: string) => OfficeAppositions | null } | undefined;

/** The appositions of `office` in `article` (the contract above); built once per article and office. */
export function officeAppositions(article: string, office: string): OfficeAppositions | null {
  if (latest === undefined || latest.article !== article) latest = { article, byOffice: memo((o) => appositionsOf(article, o), 500) };
  else latest.article = article; // (the same words in another string: compare by reference next time, as word-index.ts does)
  return latest.byOffice(office);
}

/**
 * Names read whole (round thirty, issue 12): a speaker string the article never writes alone is not the
 * name. For the string a proposal returns, every place the article writes it outside quotation marks is read;
 * when each of them is part of the same longer name span, the longer span is the name:
 * - a leading apostrophe written for an ʻokina belongs to the word it opens ("'Aho"; the ʻokina U+02BB is a
 *   letter to the word index, so already inside the word); an apostrophe or single mark (' ’ ‘), which may
 *   open a quotation, only after a space that follows a
 *   letter (mid-sentence, not after a colon or comma) and when no closing mark of the same kind follows in
 *   the name's paragraph;
 * - a trailing acronym of a body's name ("Prairie Regional EMS"; after a person's name it is a post-nominal,
 *   "MP", which the name does not hold), or a trailing capitalised word, not a calendar word ("Monday"),
 *   each when the article writes the string at two places or more (once is no evidence of a habit);
 * - a trailing patronymic particle, with the name word after it ("Elnur Hasan oglu Guliyev", "Nurlan
 *   Almazbek uulu"): the particles are a small closed set, `PATRONYMIC_AFTER` (boundaries.ts).
 * And a given name and surname ("Ramiz Jafarov") are the one span the article writes from that given name to
 * that surname with a patronymic particle between ("Ramiz Aliheydar oglu Jafarov"), when there is one such
 * span and one only.
 * Where the article writes the string alone (outside quotation marks) or with different extensions, nothing
 * changes. Answers are kept per article (memo()); the occurrences come from the word index (word-index.ts).
 */
import { memo } from './memo';
import { isCalendarWord } from './lexicon';
import { PATRONYMIC_AFTER } from './boundaries';
import { isAcronym } from './tokens';
import { isLetterOrDigitUnit, wholeWordOccurrences, wordStarts } from './word-index';

const LEADING_MARKS = 'ʻ\'’‘';
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

/** The word starting at `i` (letters and digits, with inner hyphens), or ''. */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && (isLetterOrDigitUnit(text, j) || (text[j] === '-' && j > i && isLetterOrDigitUnit(text, j + 1)))) j++;
  return text.slice(i, j);
}

const isCapitalised = (w: string): boolean => w.length >= 2 && isUpper(w[0]!) && !isUpper(w[1]!);

export class WholeNames {
  /** [start, end) of each quotation-marked span, in article offsets, in order */
  private readonly quoted: number[] = [];
  /** answers per speaker string: one memo for people's names, one for others' */
  private readonly ofPerson = memo((s) => this.read(s, true));
  private readonly ofOther = memo((s) => this.read(s, false));
  constructor(private readonly article: string) {}

  /** The whole name the article always writes `speaker` in; `person` when the speaker is a person's. */
  of(speaker: string, person: boolean): string { return person ? this.ofPerson(speaker) : this.ofOther(speaker); }

  /** A quotation-marked span of the article (absolute offsets), noted in text order. */
  noteQuoted(start: number, end: number): void { this.quoted.push(start, end); }

  private insideQuote(at: number): boolean {
    const q = this.quoted;
    for (let k = 0; k < q.length; k += 2) {
      if (q[k]! > at) return false;
      if (at < q[k + 1]!) return true;
    }
    return false;
  }

  /** `person`: a person's name, after which a trailing acronym is a post-nominal ("MP"), not part of the name. */
  private read(speaker: string, person: boolean): string {
    const text = this.article;
    if (speaker.length < 2 || !isLetterOrDigitUnit(speaker, 0)) return speaker;
    const all = wholeWordOccurrences(text, speaker);
    const outside = all.filter((at) => !this.insideQuote(at));
    if (outside.length === 0) return speaker;
    let lead: string | null = null;
    let trail: string | null = null;
    for (const at of outside) {
      const l = this.leadAt(at);
      const t = this.trailAt(at + speaker.length, outside.length, person);
      if (l === '' && t === '') return this.patronymicSpan(speaker);
      if ((lead !== null && l !== lead) || (trail !== null && t !== trail)) return speaker;
      lead = l;
      trail = t;
    }
    return `${lead ?? ''}${speaker}${trail ?? ''}`;
  }

  /** The ʻokina or apostrophe that opens the word at `at`, or ''. */
  private leadAt(at: number): string {
    const text = this.article;
    const m = text[at - 1] ?? '';
    if (m === '' || !LEADING_MARKS.includes(m) || (at >= 2 && isLetterOrDigitUnit(text, at - 2))) return '';
    if (m === 'ʻ') return m;
    // (a mark that may open a quotation: only after a space after a letter, and no closing mark of its kind
    // later in the paragraph)
    if (text[at - 2] !== ' ' || at < 3 || !isLetterOrDigitUnit(text, at - 3)) return '';
    const close = m === '‘' ? '’' : m;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    for (let i = text.indexOf(close, at); i >= 0 && i < end; i = text.indexOf(close, i + 1)) {
      if (!isLetterOrDigitUnit(text, i + 1) && i > 0 && isLetterOrDigitUnit(text, i - 1)) return '';
    }
    return m;
  }

  /** The acronym, capitalised word or patronymic particle (with the name word after it) after `end`, or ''. */
  private trailAt(end: number, occurrences: number, person: boolean): string {
    const text = this.article;
    if (text[end] !== ' ') return '';
    const w = wordAt(text, end + 1);
    if (w === '') return '';
    if (PATRONYMIC_AFTER.has(w)) {
      const after = text[end + 1 + w.length] === ' ' ? wordAt(text, end + 2 + w.length) : '';
      return after !== '' && isCapitalised(after) ? ` ${w} ${after}` : ` ${w}`;
    }
    if (occurrences >= 2 && !person && isAcronym(w) && !isLetterOrDigitUnit(text, end + 1 + w.length)) return ` ${w}`;
    if (occurrences >= 2 && isCapitalised(w) && !isCalendarWord(w)) return ` ${w}`;
    return '';
  }

  /**
   * "Ramiz Jafarov" → "Ramiz Aliheydar oglu Jafarov": the one span from the given name to the surname with
   * capitalised words and a patronymic particle between.
   */
  private patronymicSpan(speaker: string): string {
    const words = speaker.split(' ');
    if (words.length !== 2) return speaker;
    const [given, surname] = words as [string, string];
    const text = this.article;
    let found: string | null = null;
    for (const at of wordStarts(text).get(given) ?? []) {
      let i = at + given.length;
      let particle = false;
      for (let n = 0; n < 4 && text[i] === ' '; n++) {
        const w = wordAt(text, i + 1);
        if (w === '') break;
        i += 1 + w.length;
        if (w === surname) {
          if (particle) {
            const span = text.slice(at, i);
            if (found !== null && found !== span) return speaker;
            found = span;
          }
          break;
        }
        if (PATRONYMIC_AFTER.has(w)) particle = true;
        else if (!isCapitalised(w)) break;
      }
    }
    return found ?? speaker;
  }
}

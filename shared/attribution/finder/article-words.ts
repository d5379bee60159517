/**
 * How the article itself uses a word, as evidence the lexicon lacks: "Fan Priya Lal" opens with a role
 * when the same article says "fans" or "a fan". Searched on first need, memoised per word.
 */
import { SpeakerEvidence, type CannotSpeak } from './cannot-speak';
import { isListedOtherThanPlural } from './nlp';
import { wholeWordOccurrences } from './word-index';

export class ArticleWords {
  /** The article's paragraphs joined by "\n" (offsets are the finder's absolute positions). */
  readonly article: string;
  private readonly ordinary = new Map<string, boolean>();
  private readonly lower = new Map<string, boolean>();
  /** The article's whole lower-case words (lowerCaseWords), on first need. */
  private lowerWords: Set<string> | undefined;

  constructor(paragraphs: readonly string[]) {
    this.article = paragraphs.join('\n');
  }

  private evidence: SpeakerEvidence | undefined;
  /** Why the article's own uses of `name` show it can be no speaker, or null (cannot-speak.ts). */
  cannotSpeak(name: string): CannotSpeak | null {
    this.evidence ??= new SpeakerEvidence(this.article);
    return this.evidence.reason(name);
  }

  /** Whether `name` is an ordinary word the article capitalises only where sentences open (cannot-speak.ts). */
  isOrdinaryWord(name: string): boolean {
    this.evidence ??= new SpeakerEvidence(this.article);
    return this.evidence.isOrdinaryWord(name);
  }

  /**
   * Whether the article uses `word` as an ordinary word: in lower case, or as a plural opening a
   * sentence before a lower-case word ("Fan" → "fans", "Fans were …"). Searched on first need.
   */
  usesInLowerCase(word: string): boolean {
    const w = word.toLowerCase();
    let v = this.ordinary.get(w);
    if (v === undefined) {
      const esc = w.replace(/[^\p{L}]/gu, '');
      const plural = `${esc.charAt(0).toUpperCase()}${esc.slice(1)}(?:e?s)`;
      // the expression below, compiled per word, only where a capitalised plural may open a sentence
      // (its second branch) or the word is not plain ASCII; otherwise its first branch alone, by string search
      v = ASCII_WORD.test(esc) && !opensSentenceAsPlural(this.article, `${esc.charAt(0).toUpperCase()}${esc.slice(1)}`)
        ? lowerCaseForm(this.lowerWords ??= lowerCaseWords(this.article), esc)
        : someForm(new RegExp(`(?<![\\p{L}'’])${esc}(?:e?s)?(?![\\p{L}])|(?:^|[.!?]["”’]?\\s+)["“‘]?(${plural})\\s+\\p{Ll}`, 'gmu'), this.article, esc);
      this.ordinary.set(w, v);
    }
    return v;
  }

  private readonly before = new Map<string, { alone: boolean; after: ReadonlySet<string> }>();
  /**
   * How the article writes `phrase` (whole words): `alone` when somewhere no capitalised word but "The"/"A"/"An"
   * stands right before it ("Kestrel Foods rejects …", "said Kestrel Foods", "the Kestrel Foods board"), and
   * `after`, the capitalised words it stands right after elsewhere ("Grocer", "U.S."). By the word index
   * (word-index.ts), memoised per phrase.
   */
  writtenBefore(phrase: string): { alone: boolean; after: ReadonlySet<string> } {
    let v = this.before.get(phrase);
    if (v === undefined) {
      let alone = false;
      const after = new Set<string>();
      for (const at of wholeWordOccurrences(this.article, phrase)) {
        const m = CAPITALISED_BEFORE.exec(this.article.slice(Math.max(0, at - 40), at));
        if (m === null) alone = true;
        else after.add(m[1]!);
      }
      v = { alone, after };
      this.before.set(phrase, v);
    }
    return v;
  }

  /** Whether the article writes `word` (or it with a plural ending) in lower case somewhere. Memoised. */
  writesInLowerCase(word: string): boolean {
    const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
    let v = this.lower.get(w);
    if (v === undefined) {
      v = ASCII_WORD.test(w) ? lowerCaseForm(this.lowerWords ??= lowerCaseWords(this.article), w) : someForm(new RegExp(`(?<![\\p{L}'’])${w}(?:e?s)?(?![\\p{L}])`, 'gu'), this.article, w);
      this.lower.set(w, v);
    }
    return v;
  }
}

/**
 * Whether `pattern` (global) finds `base` or a plural of it in `text`. A form with "s"/"es" added that
 * the lexicon lists as another word is no plural of it: "this" of "Thi", "does" of "Doe", "has" of "Ha".
 */
function someForm(pattern: RegExp, text: string, base: string): boolean {
  for (const m of text.matchAll(pattern)) {
    const form = (m[1] ?? m[0]).toLowerCase();
    if (form.length === base.length || !isListedOtherThanPlural(form)) return true;
  }
  return false;
}

/** A capitalised word (other than an article) and spaces ending the text: the word before a phrase, when it is one. */
const CAPITALISED_BEFORE = /(?:^|[\s"“‘(—–-])(?!(?:The|A|An)\s+$)(\p{Lu}\S*)[ \t]+$/u;

/** Words `lowerCaseForm` and `opensSentenceAsPlural` read by string search (others: by a per-word expression). */
const ASCII_WORD = /^[a-z]+$/;
/** No letter, apostrophe or closing single quote just before (sticky, at the offset set in lastIndex). */
const WORD_START = /(?<![\p{L}'’])/uy;
/** No letter at lastIndex. */
const WORD_END = /(?![\p{L}])/uy;
/** A sentence or line opening just before lastIndex: what `(?:^|[.!?]["”’]?\s+)` matches ending there (m flag). */
const SENTENCE_OPENS = /(?<=^|[.!?]["”’]?\s+)/muy;
/** Space then a lower-case letter at lastIndex. */
const LOWER_WORD_NEXT = /\s+\p{Ll}/uy;
const at = (re: RegExp, text: string, i: number): boolean => { re.lastIndex = i; return re.test(text); };

/**
 * The article's whole lower-case words: every maximal run of ASCII lower-case letters with WORD_START before it
 * and WORD_END after it (no letter, "'" or "’" before; no letter after). One pass over the article, read on the
 * first question (it replaced one search of the whole article per word asked: 169 a run on the bench text, each
 * finding nothing; docs/attribution.md, "Speed pass four").
 */
function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) { i++; continue; }
    let j = i + 1;
    while (j < n && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
    const b = i === 0 ? -1 : text.charCodeAt(i - 1);
    const e = j === n ? -1 : text.charCodeAt(j);
    // (an ASCII code unit is a letter only if A-Z here, the run being maximal; any other is asked of the expression)
    if ((b < 128 ? !(b >= 65 && b <= 90) && b !== 39 : at(WORD_START, text, i)) && (e < 128 ? !(e >= 65 && e <= 90) : at(WORD_END, text, j))) out.add(text.slice(i, j));
    i = j;
  }
  return out;
}

/**
 * What `someForm(/(?<![\p{L}'’])<w>(?:e?s)?(?![\p{L}])/gu, text, w)` answers, for `w` of ASCII lower-case
 * letters, without an expression per word: each occurrence of `w` opening a word (no letter or apostrophe
 * before) and ending it bare, with "es" or with "s" (the expression's one match there: no letter after) is a form.
 * Such an occurrence opens a maximal run of letters that is `w`, `w` + "s" or `w` + "es" (its form), a word of
 * `lowerCaseWords(text)`.
 */
function lowerCaseForm(words: ReadonlySet<string>, w: string): boolean {
  return words.has(w) || (words.has(`${w}s`) && !isListedOtherThanPlural(`${w}s`)) || (words.has(`${w}es`) && !isListedOtherThanPlural(`${w}es`));
}

/**
 * Whether `capitalised` plus "s" or "es" stands where usesInLowerCase's second branch would match it: at a line's
 * start or after a sentence's end and space (an opening quotation mark between), before space and a lower-case
 * letter. Where it does, that branch's match may hide a first-branch match of the next word, so the caller asks
 * the whole expression; where nowhere, the expression's matches are its first branch's alone.
 */
function opensSentenceAsPlural(text: string, capitalised: string): boolean {
  for (let i = text.indexOf(capitalised); i >= 0; i = text.indexOf(capitalised, i + 1)) {
    const end = i + capitalised.length;
    const suffix = text.startsWith('es', end) ? 2 : text.charCodeAt(end) === 115 /* s */ ? 1 : 0;
    if (suffix === 0 || !at(LOWER_WORD_NEXT, text, end + suffix)) continue;
    if (at(SENTENCE_OPENS, text, i) || (/["“‘]/.test(text.charAt(i - 1)) && at(SENTENCE_OPENS, text, i - 1))) return true;
  }
  return false;
}

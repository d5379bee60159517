/**
 * How the article itself uses a word, as evidence the lexicon lacks: "Fan Priya Lal" opens with a role
 * when the same article says "fans" or "a fan". Searched on first need, memoised per word.
 */
import { SpeakerEvidence, type CannotSpeak } from './cannot-speak';
import { isListedOtherThanPlural } from './nlp';

export class ArticleWords {
  /** The article's paragraphs joined by "\n" (offsets are the finder's absolute positions). */
  readonly article: string;
  private readonly ordinary = new Map<string, boolean>();
  private readonly lower = new Map<string, boolean>();

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
      v = someForm(new RegExp(`(?<![\\p{L}'’])${esc}(?:e?s)?(?![\\p{L}])|(?:^|[.!?]["”’]?\\s+)["“‘]?(${plural})\\s+\\p{Ll}`, 'gmu'), this.article, esc);
      this.ordinary.set(w, v);
    }
    return v;
  }

  /** Whether the article writes `word` (or it with a plural ending) in lower case somewhere. Memoised. */
  writesInLowerCase(word: string): boolean {
    const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
    let v = this.lower.get(w);
    if (v === undefined) {
      v = someForm(new RegExp(`(?<![\\p{L}'’])${w}(?:e?s)?(?![\\p{L}])`, 'gu'), this.article, w);
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

/**
 * A proposed speaker the article's own words show cannot speak (round fifteen). The resolvers propose
 * an entity from one mention; this reads every other place the article writes the same string, and
 * the word's class, and answers whether the string can be a speaker at all.
 *
 * Contract: `SpeakerEvidence.reason(name)` is
 * - 'place' when every occurrence of `name` in the article is a use only a place takes: a dateline
 *   ("Dhaka, Dec 5 (agency) -", "Lyon (AFP) —"), "<name>-based", a locative preposition before it
 *   with at most two modifiers between ("in suburban Atlanta", "near northern Kisumu": no function
 *   word, noun or verb among them; "in Kisumu" only for a name the lexicon knows as a place), or a
 *   modifier of a lower-case noun after a possessive ("the company's Ewekoro plant"). A name also
 *   written as a subject, a possessor or anywhere else is not a place: "Moscow said" keeps Moscow.
 * - 'modifier' when every occurrence modifies something else and none is a place's: the first words
 *   of a longer name ("the Marrabee Hills Wine Association") or a modifier of people named by a plural
 *   noun ("Marrabee Hills growers"; not "X officials", "X spokesman": a body speaks through them).
 * - 'ordinary-word' when `name` is one word the lexicon knows as an ordinary word (a participle, an
 *   adjective, a common noun: "Frustrated", "Counsel") and the article writes it with a capital only
 *   where a sentence opens: capitalised by position, never a name.
 * - 'description' when `name` is a place joined to a lower-case participle, then lower-case words
 *   ("Bermuda-licensed platform", "London-based lender"): a description of a body named elsewhere,
 *   not its name ("Dutch economy ministry", a body the text names only so, is left alone).
 * - 'event' when `name` is a named storm or operation ("Storm Tamsin", "Hurricane Milton", "Operation
 *   Clean Sweep"): a thing that happens, which speaks in no copy.
 * - null otherwise (the default: no evidence, no change).
 * Searched on first need, memoised per name; the article is the finder's joined paragraphs.
 */
import { givenNameGender, isCommonWord, isFiniteVerb, isFunctionWord, isNounWord, isOccupation, isPlaceWord, isPluralNoun, isWordClassWord } from './nlp';
import { isRoleWord } from './tokens';
import { isCalendarWord, SPEECH_VERBS } from './lexicon';
import { firstWord, wordStarts } from './word-index';
import { spacedWords } from './memo';


export type CannotSpeak = 'description' | 'place' | 'modifier' | 'ordinary-word' | 'event';

/** A named storm or operation: "Storm Tamsin", "Hurricane Milton", "Tropical Storm Ana", "Operation Clean Sweep". */
const EVENT_NAME = /^(?:(?:Tropical\s+)?Storm|Hurricane|Typhoon|Cyclone|Operation)\s+\p{Lu}/u;

/** "in suburban ", "near northern ", "across ": a locative preposition and up to two words before the name. */
const LOCATIVE = /(?:^|[^\p{L}])(?:in|near|outside|inside|across|around|throughout|within)\s+((?:\p{Ll}+\s+){0,2})$/u;
/** A stake or a share "in" a name is an investment, not a place ("shares in Harbourline"). */
const HOLDING = /(?:stakes?|shares?|investments?|interests?|holdings?)\s+in\s+$/u;
/** After a paragraph-opening name: ", Dec 5", ", 5 December", ", Monday", "(agency) -", " — ". */
const DATELINE_AFTER = /^(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\b|\p{Lu}\p{Ll}+day\b)[^\n]{0,40}?\s[-–—]{1,2}\s|\s*\([^()\n]{1,40}\)\s*[-–—]{1,2}\s|\s+[-–—]{1,2}\s)/u;
/** Where a sentence opens: the paragraph's start, or after . ! ? (and a closing mark), an opening mark allowed. */
const SENTENCE_OPENS = /(?:^|\n|[.!?]['"”’)]*\s+)["“‘']?$/u;

export class SpeakerEvidence {
  private readonly known = new Map<string, CannotSpeak | null>();
  private readonly ordinary = new Map<string, boolean>();

  constructor(private readonly article: string) {}

  reason(name: string): CannotSpeak | null {
    let v = this.known.get(name);
    if (v === undefined) {
      // "The Bermuda-licensed platform": "X-based"/"X-licensed" and a noun describe a body, they do not name it
      v = /^\p{Lu}[\p{L}.]*-\p{Ll}+(?:\s+\p{Ll}+)+$/u.test(name.trim()) ? 'description' : EVENT_NAME.test(name.trim()) ? 'event'
        : this.isOrdinaryWord(name) ? 'ordinary-word' : this.placeOrModifier(name);
      this.known.set(name, v);
    }
    return v;
  }

  /** The 'ordinary-word' test alone (cheap: the lexicon first, the article only for such words). */
  isOrdinaryWord(name: string): boolean {
    let v = this.ordinary.get(name);
    if (v === undefined) {
      v = this.ordinaryWord(name);
      this.ordinary.set(name, v);
    }
    return v;
  }

  /**
   * Each occurrence of `name` as a whole word, in order: the text before it (up to 60 characters, this
   * paragraph) and after it, given to `visit` until it returns false. The number of occurrences visited.
   */
  private occurrences(name: string, visit: (before: string, after: string) => boolean): number {
    let n = 0;
    const text = this.article;
    // (a name opening with a letter or digit starts where one of the article's words equal to its first starts: word-index.ts)
    const first = firstWord(name);
    const starts = first === '' ? null : wordStarts(text).get(first) ?? [];
    for (let k = 0, at = starts === null ? text.indexOf(name) : starts[0] ?? -1; at >= 0; at = starts === null ? text.indexOf(name, at + 1) : starts[++k] ?? -1) {
      if (starts !== null && !text.startsWith(name, at)) continue;
      const end = at + name.length;
      if ((at > 0 && /[\p{L}\p{N}'’-]/u.test(text[at - 1]!)) || (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!))) continue;
      const line = text.lastIndexOf('\n', at - 1) + 1;
      n++;
      if (!visit(text.slice(Math.max(line, at - 60), at), text.slice(end, end + 60))) break;
    }
    return n;
  }

  /** 'place' / 'modifier' when no occurrence of `name` is one a speaker takes (see the contract), else null. */
  private placeOrModifier(name: string): CannotSpeak | null {
    // (a name opening with a known given name is a person's: no search)
    if (!/^\p{Lu}/u.test(name) || givenNameGender(spacedWords(name)[0]!) !== null) return null;
    const known = spacedWords(name).every((w) => isPlaceWord(w.replace(/[.,]+$/, '')));
    // (one use a speaker takes settles it: the scan stops there)
    let speaks = false;
    let place = false;
    const n = this.occurrences(name, (before, after) => {
      const use = this.use(before, after, known);
      speaks = use === null;
      place ||= use === 'place';
      return !speaks;
    });
    return n === 0 || speaks ? null : place ? 'place' : 'modifier';
  }

  /** How one occurrence is used: as a place, as a modifier of something else, or (null) otherwise. */
  private use(before: string, after: string, known: boolean): CannotSpeak | null {
    if (/^['’]s?\b/u.test(after)) return null; // a possessor is an owner, not a place
    if (before === '' && DATELINE_AFTER.test(after)) return 'place';
    if (/^-based\b/.test(after)) return 'place';
    const loc = LOCATIVE.exec(before);
    if (loc !== null && !HOLDING.test(before)) {
      const between = loc[1]!.trim().split(/\s+/).filter((w) => w !== '');
      // (a modifier, "suburban", "downtown", "rural": no function word, noun or verb, so "in talks with X" is no place)
      if (between.length > 0 ? between.every((w) => !isFunctionWord(w) && !isNounWord(w) && !isFiniteVerb(w)) : known) return 'place';
    }
    const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
    if (next === undefined || SPEECH_VERBS.has(next) || isFiniteVerb(next)) return null;
    // "the company's Ewekoro plant": a name between a possessive and a lower-case noun names a thing of the possessor's
    // (the next word a noun the lexicon lists, never a verb it lacks: "Labour's Ruth Castellano turned …")
    if (/\p{L}['’]s?\s+$/u.test(before) && isNounWord(next) && !isRoleWord(next) && !isOccupation(next)) return 'place';
    // "the Marrabee Hills Wine Association": the first words of a longer name, whose next word is an
    // ordinary one ("said Tamsin Okoro Wednesday night", "Martin Luther King Jr" are no longer names)
    if (/^\p{Lu}\p{Ll}/u.test(next)) return isCommonWord(next) && !isCalendarWord(next) ? 'modifier' : null;
    // "Marrabee Hills growers", "Lagos residents": a modifier of people named by a plural noun (not "X officials", "X spokesman")
    const plural = /^\p{Ll}+s$/u.test(next) && isPluralNoun(next.charAt(0).toUpperCase() + next.slice(1));
    return plural && !isRoleWord(next) && !isOccupation(next) ? 'modifier' : null;
  }

  private ordinaryWord(name: string): boolean {
    if (!/^\p{Lu}\p{Ll}+$/u.test(name) || !isWordClassWord(name)) return false;
    // a noun may name a title or a body ("Variety called it …"): only a person's noun ("Counsel said") counts
    if (isNounWord(name) && !isRoleWord(name.toLowerCase()) && !isOccupation(name)) return false;
    let opens = true;
    // (one occurrence not opening a sentence settles it: the scan stops there)
    const n = this.occurrences(name, (before) => {
      opens = SENTENCE_OPENS.test(before);
      return opens;
    });
    return n > 0 && opens;
  }
}

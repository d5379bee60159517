/**
 * Which word of a person's name the article itself uses for them on second reference (issue 12, round
 * twenty-eight): "Patricio Mamani Flores" and the union's president "Jorge Huanca Mamani", later "Huanca
 * said … Mamani said"; "Hakimi Rosli" (Hakimi, son of Rosli) and "Rosli Hamdan", later "Ustaz Hakimi …
 * said Rosli"; "Marisol Cuevas Treviño" and her mother "Guadalupe Treviño Salas", later "¡Justicia para
 * Marisol!" … "Treviño told reporters". A name culture decides which word is reused (the paternal, first
 * surname of a Spanish name; the given name of a Malay or Indonesian one; the last word of most others),
 * and the article shows it: a word of a person's name written alone (no other capitalised name word right
 * before it, a title or style aside, nor after it; in the writer's words, not a quotation's: a speaker may
 * call a colleague "Paul"), which no other person known so far has in their name, is that person's own
 * reference word.
 * Contract: `owner(word, people)`: of the people (two or more, all known by `word` among two or more name
 * words), the one left when those the article refers to by another word of their own are set aside; null
 * when none or several are left, or nobody was set aside (the caller's reading stands then). Pure reads of
 * the article's text; memoised per word.
 */
import type { Entity } from './entities';
import { HONORIFICS, STYLE_WORDS } from './lexicon';
import { insideQuotation } from './name-styles';
import { isOrgHead, isParticle, isTitle } from './tokens';
import { wholeWordOccurrences } from './word-index';
import { spacedWords } from './memo';

/** A capitalised word and spaces (no line break) ending the text: a name word right before. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}’'.-]*[^\S\n]+$/u;
/** Spaces (no line break) and a capitalised word, or a particle and one, opening the text: a name word right after. */
const CAPITALISED_AFTER = /^[^\S\n]+(?:\p{Lu}|(?:de|del|da|dos|van|von|bin|binti|al)[^\S\n]+\p{Lu})/u;
/** A hyphen or apostrophe joined to the word: part of a longer word ("Lowe-Fenwick", "O'Neill"). */
const JOINED_BEFORE = /[-’']$/u;
const JOINED_AFTER = /^[-][\p{L}]/u;

/** A title, honorific or style ("Mr", "Dr.", "Ustaz", "Mzee"): no name word of the person's own. */
const isStyleWord = (w: string): boolean => isTitle(w) || HONORIFICS.has(w.replace(/\.$/, '')) || STYLE_WORDS.has(w.replace(/\.$/, ''));

export class ReferenceWords {
  private readonly alone = new Map<string, boolean>();

  /** `lowerCased(w)`: whether the article writes `w` in lower case anywhere (article-words.ts). */
  constructor(private readonly text: () => string, private readonly lowerCased: (w: string) => boolean) {}

  /**
   * Whether the article writes `word` (a capitalised name word) alone somewhere: no capitalised word right
   * before it but a title, honorific or style ("Ustaz Hakimi"), none right after it; never a word the article
   * also writes in lower case (an ordinary word opening a sentence).
   */
  writtenAlone(word: string): boolean {
    let v = this.alone.get(word);
    if (v === undefined) {
      v = false;
      if (/^\p{Lu}\p{Ll}/u.test(word) && !this.lowerCased(word)) {
        const text = this.text();
        for (const at of wholeWordOccurrences(text, word)) {
          const before = text.slice(Math.max(0, at - 40), at);
          const after = text.slice(at + word.length, at + word.length + 40);
          if (JOINED_BEFORE.test(before) || JOINED_AFTER.test(after) || CAPITALISED_AFTER.test(after) || insideQuotation(text, at)) continue;
          const prev = CAPITALISED_BEFORE.exec(before);
          if (prev !== null) {
            const p = prev[0].trim().replace(/\.$/, '');
            if (!isStyleWord(p)) continue;
          }
          v = true;
          break;
        }
      }
      this.alone.set(word, v);
    }
    return v;
  }

  /**
   * Of `people` (persons with two or more name words, each holding `word`), the one the word refers to:
   * those the article refers to by another word of their own name (written alone, held by no other person
   * in `known` but by another form of theirs, "Ustaz Hakimi" of "Hakimi Rosli") set aside, the one left; null when none or several are left or none was set aside.
   */
  owner(word: string, people: readonly Entity[], known: (key: string) => readonly Entity[]): Entity | null {
    // (a body's name the reading took for a person's, "Lindqvist Outdoor Co.", is no person's)
    if (people.length < 2 || people.some((e) => spacedWords(e.name).some(isOrgHead)) || !this.writtenAlone(word)) return null;
    const key = word.toLowerCase();
    const left = people.filter((e) => !spacedWords(e.name).some((w) => {
      const k = w.toLowerCase();
      if (k === key || isParticle(k) || w.length < 2 || isStyleWord(w) || !this.writtenAlone(w)) return false;
      return known(k).every((o) => o === e || o.kind !== 'person' || o.keys.length < 2 || spacedWords(o.name).every((x) => e.keys.includes(x.toLowerCase()) || isStyleWord(x)));
    }));
    return left.length === 1 && left.length < people.length ? left[0]! : null;
  }
}

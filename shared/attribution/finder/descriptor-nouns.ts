/**
 * A noun for a kind of body, capitalised only because it opens the sentence, is no part of the name
 * after it (issue 12, round sixteen, branch r16o): "Retailer Brightmarket said", "Carmaker Veltra
 * said", "Lender Harbour Bank said", "Organisers Vuelta Eventos said" are the wire's "retailer
 * Brightmarket" with a sentence-start capital, as "said retailer Brightmarket" shows. English writes
 * the descriptor in lower case everywhere else, so the capital carries no name evidence.
 * Contract: `withoutOpeningDescriptor(phrase)` is the phrase with its first word lower-cased when that
 * word is a noun the lexicon knows for a kind of organisation (or its plural, or a plural agent noun
 * in -isers/-izers), is no organisation head that may open a name ("Union Pacific", "Bank Leumi"), and
 * is followed by a capitalised word that is neither a plural common noun ("Airline Pilots
 * Association" keeps its name) nor an organisation head ("Retailers Association"); else unchanged.
 * A word the lexicon knows as a person's role ("Producer") or a given name next ("Carmaker Ana …") leaves the phrase as it is.
 */
import { givenNameGender, isCommonWord } from './nlp';
import { isOrgHead, isOrgNoun, isRoleWord } from './tokens';

const OPENING = /^(\p{Lu}\p{Ll}+)(\s+)(\p{Lu}[\p{L}&'’.-]*)/u;

/** Whether lower-case `w` is a noun for a kind of body: "retailer", "carmakers", "organisers". */
export function isBodyKindNoun(w: string): boolean {
  return isOrgNoun(w) || (/\p{Ll}s$/u.test(w) && isOrgNoun(w.slice(0, -1))) || /\p{Ll}{3,}i[sz]ers$/u.test(w);
}

export function withoutOpeningDescriptor(phrase: string): string {
  const m = OPENING.exec(phrase);
  if (m === null) return phrase;
  const [, first, , next] = m as unknown as [string, string, string, string];
  const lower = first.toLowerCase();
  // (a person's role word, "Producer Rukmini Bhatt", or a given name next is a person's phrase: left as it is)
  if (!isBodyKindNoun(lower) || isOrgHead(first) || isRoleWord(lower) || givenNameGender(next) !== null) return phrase;
  const plural = /\p{Ll}s$/u.test(next) && isCommonWord(next.slice(0, -1).toLowerCase());
  if (plural || isOrgHead(next)) return phrase;
  return lower + phrase.slice(first.length);
}

/**
 * What the text shows about an entity of the discourse model (memory.ts), shared by the reference
 * resolvers (references.ts for people and pronouns, org-references.ts for organisations and
 * documents): its name and role in lower case, whether a noun is one for a person, and whether the
 * entity is known to be a person (so "he"/"she" may point to it).
 */
import { DEMONYMS, ORG_NOUNS, ROLE_WORDS } from './lexicon';
import type { Entity } from './entities';
import { givenNameGender, isCommonWord, isKnownNameWord, isOccupation, isPersonTagged, isPluralNoun } from './nlp';
import { memo } from './memo';
import { isHonorific, isTitle } from './tokens';

/** Nouns for a person that are not roles: "the veteran said", "the defendant told the court". */
export const PERSON_NOUNS = new Set(`veteran star defendant accused victim survivor president-elect incumbent challenger nominee newcomer
  teenager youngster billionaire actress actor singer rapper mother father widow man woman
  fan supporter resident neighbour neighbor commuter rider passenger shopper customer driver pensioner retiree`.split(/\s+/));
/** Words for any office holder, which may describe whoever holds a role: "the official said". */
export const GENERIC_OFFICE = /^(?:official|officer|executive|diplomat|chief|head|leader|spokesman|spokeswoman|spokesperson|representative|envoy)$/;
/** Each entity's name and role in lower case, and its role's words, kept while they do not change (names grow). */
const lowered = new WeakMap<Entity, { name: string; role: string; text: string; roleWords: string[] }>();
function lowerOf(e: Entity): { text: string; roleWords: string[] } {
  let l = lowered.get(e);
  if (l === undefined || l.name !== e.name || l.role !== e.role) {
    const role = e.role.toLowerCase();
    l = { name: e.name, role: e.role, text: `${e.name} ${e.role}`.toLowerCase(), roleWords: role.split(/\s+/) };
    lowered.set(e, l);
  }
  return l;
}
export const lowerText = (e: Entity): string => lowerOf(e).text;
export const roleWords = (e: Entity): string[] => lowerOf(e).roleWords;

/** A noun for a person: a role or an occupation compromise knows ("the councillor"), an age, a nationality, "the veteran". */
export const isPersonWord = (head: string): boolean =>
  ((ROLE_WORDS.has(head) || isOccupation(head)) && !ORG_NOUNS.has(head)) || PERSON_NOUNS.has(head) || /^\d+-year-old$/.test(head)
  || DEMONYMS.has(head.charAt(0).toUpperCase() + head.slice(1));

/**
 * Whether the text shows `e` is a person, so "he"/"she" may point to it: a gender it states (a given
 * name, an honorific, a gendered role), a role or title that only a person holds ("Wales head coach",
 * "Cattle farmer"), a quote it spoke before, a first word the lexicon knows as a given name, or compromise's #Person reading of the
 * name. Not an organisation, nor a capitalised run that is none of these ("Pentecost Mass", "the
 * former Scarlets forwards coach" read as "Scarlets" with role "former").
 */
export function isKnownPerson(e: Entity, spoke: boolean): boolean {
  if (e.kind === 'org') return false;
  if (e.gender !== null || spoke) return true;
  const personal = (w: string): boolean => !/^(?:former|ex|late|acting|interim|then|new)$/.test(w)
    && (isPersonWord(w) || isTitle(w) || isHonorific(w) || GENERIC_OFFICE.test(w) || isOccupation(w));
  // the role's head decides: "Wales head coach" is a person's, "the regional water authority" is not
  const head = roleWords(e).filter((w) => w !== '').at(-1);
  // ("Hon. Adwoa X": a role read in lower case keeps its stop; the title is written capitalised, "Hon.")
  if (head !== undefined && (personal(head.replace(/[,.'’]+$/, '')) || (head.endsWith('.') && isTitle(`${head.charAt(0).toUpperCase()}${head.slice(1)}`)))) return true;
  const first = e.name.split(/\s+/)[0] ?? '';
  return isHonorific(first) || isTitle(first) || givenNameGender(first) !== null || (isKnownNameWord(first) && !isCommonWord(first)) || isPersonTagged(e.name);
}

/**
 * A name whose own words say it is a body, not a person's: it ends in an ordinary word the lexicon
 * knows ("Harbour Athletic", "Corbel Mining", "Kinloch Night Shelter") or a plural noun ("Dunmore
 * Rovers"), or holds a lower-case function word ("Save the Regal"). Asked only of names that show no
 * person (isKnownPerson), so "Jo Baker" never counts; a surname that is also a word after an
 * unknown given name may.
 */
export const nameShowsBody = memo(nameShowsBodyUncached, 2000);
function nameShowsBodyUncached(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  return words.length >= 2 && ((isCommonWord(last) && !isKnownNameWord(last)) || isPluralNoun(last) || words.some((w) => /^(?:the|of|for|and)$/.test(w)));
}

/**
 * A lone capitalised word that opens its sentence (`before` is the sentence's text up to it) and that
 * the article also writes in lower case ("Flight director X said …" beside "the flight"): an ordinary
 * word capitalised by position, so no organisation's name. Acronyms and multi-word names never count.
 */
export function isSentenceCaseWord(word: string, before: string, words: { writesInLowerCase(w: string): boolean }): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !/[\p{L}\d]/u.test(before) && words.writesInLowerCase(word);
}

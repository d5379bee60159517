/**
 * "the zoo", "the cooperative": a definite description whose lower-case head is no organisation noun
 * the lexicon lists and no person's word, read against the names of the discourse model (memory.ts).
 * Contract: a Resolution only when exactly one name fits (0.75); two fitting names: withheld (0.4);
 * none: null.
 */
import type { Entity, EntityMemory, Resolution } from './memory';
import { SPEECH_VERBS, STYLE_WORDS } from './lexicon';
import { isTitle } from './tokens';
import { isCommonWord, isOccupation } from './nlp';
import { isKnownPerson, isPersonWord } from './entity-facts';
import { isOrgDescription } from './org-references';
import { spacedWords } from './memo';

/**
 * Whether `head` names organisation `e` by a word inside its name: an ordinary capitalised word after
 * the first and before the last ("the cooperative" for "Lowland Grain Cooperative Union"), of a name
 * the text has placed as an organisation. (The first word is usually a place or a proper name; the
 * last is the name's own noun, read by the last-word test.)
 */
function innerWord(e: Entity, head: string): boolean {
  if (e.kind !== 'org') return false;
  const words = e.name.split(/\s+/);
  return words.slice(1, -1).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && w.toLowerCase() === head && isCommonWord(w));
}

/**
 * Whether `head` is the noun a name heads before its first "of"/"for": "the chamber" for "Chamber of
 * Site Engineers", "the bureau" for "Bureau of Statistics" (a name's own noun comes before its
 * complement there, not last); asked of organisations only, never of a style or title ("Duchess of Clarence" is a person's style).
 */
function headBeforeOf(name: string, head: string): boolean {
  const words = name.split(/\s+/);
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  const noun = words[of - 1];
  // (a style or a title before "of" heads a person's style, "Duchess of Clarence", "Minister of Works")
  return of > 0 && of < words.length - 1 && noun!.toLowerCase() === head && /^\p{Lu}/u.test(noun!) && !STYLE_WORDS.has(noun!) && !isTitle(noun!) && !isPersonWord(head);
}

/**
 * "Kanbara Zoo has welcomed …" … "the zoo said": a definite description whose lower-case head is the
 * last word of exactly one multi-word name seen before that shows no person (isKnownPerson), whatever kind of noun the
 * head is (the lexicon need not list "zoo", "hospice", "museum"), or its noun before "of" (headBeforeOf), or an
 * ordinary word inside an organisation's name (innerWord). Two such names: withheld (0.4).
 */
export function byNameHead(memory: EntityMemory, head: string, pos: number): Resolution | null {
  if (!/^\p{Ll}{3,}$/u.test(head)) return null;
  // (a name read as a person's with nothing to show a person, "Kanbara Zoo", counts: "the zoo" shows its kind)
  const fits = (e: Entity): boolean => e.keys.length >= 2 && (spacedWords(e.name).at(-1)!.toLowerCase() === head || innerWord(e, head) || (e.kind === 'org' && headBeforeOf(e.name, head)))
    && !isKnownPerson(e, memory.spokeAt(e) !== undefined);
  const hits = memory.before(pos).filter((m) => fits(m.entity));
  if (hits.length === 0) return null;
  const one = hits.every((m) => m.entity === hits[0]!.entity);
  // ("… the NDRF said …. “…,” the force said." with a State Disaster Response Force named too: the one
  // the sentence just before had as its subject, alone of those fitting there, is meant)
  // (or by its initials: "the NDRF said")
  if (!one) {
    const last = memory.before(pos, 1)[0]?.sentence;
    const subjects = memory.before(pos, 20).filter((m) => m.sentence === last && m.subject).map((m) => m.entity);
    const initials = (n: string): string => n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    const meant = [...new Set(hits.map((m) => m.entity))].filter((e) => subjects.some((s) => s === e || (/^\p{Lu}{2,6}$/u.test(s.name) && s.name === initials(e.name))));
    if (meant.length === 1) return { entity: meant[0]!, confidence: 0.6, how: 'backref-name-head-subject' };
  }
  return { entity: hits[0]!.entity, confidence: one ? 0.75 : 0.4, how: one ? 'backref-name-head' : 'backref-name-head-ambiguous' };
}


/** Noun endings the lexicon may not list ("utility", "authority", "brokerage": "-age" since round twenty-seven), as for isBareCommonNoun (nlp.ts). */
const NOUN_ENDING = /\p{Ll}(?:ment|tion|sion|ness|ity|ance|ence|ship|age)$/u;

/**
 * "Nodhill Power Co. said 20,000 homes were without power. “…,” the utility said": an ordinary word
 * the lexicon knows or a noun by its ending, listed for no kind of body or person, as the subject of the sentence right after one whose only
 * named entity is an organisation, its subject: that organisation (0.6). Any other entity named in
 * that sentence, or none, or a modifier before the noun: null. Contract: asked only when every other reading left the noun unresolved.
 */
export function lastSentenceBody(memory: EntityMemory, head: string, phrase: string, pos: number, sentence: number): Resolution | null {
  // (a bare noun only: "the neighbouring government" is another body; a listed organisation noun had its own reading)
  const listed = isOrgDescription(head);
  if (phrase !== head || !/^\p{Ll}{4,}$/u.test(head) || !(isCommonWord(head) || NOUN_ENDING.test(head) || listed) || isPersonWord(head) || isOccupation(head)) return null;
  // (only as a speech tag's subject, "the utility (also) said", "said the utility": "The draft conclusions …
  // state" read as "The draft" is no body)
  const after = new RegExp(`^the\\s+${head}\\s+(?:(?:also|later|then|\\p{Ll}+ly)\\s+)?(\\p{Ll}+)`, 'iu').exec(memory.textFrom(pos, head.length + 24))?.[1];
  const before = /(\p{Ll}+)\s*$/u.exec(memory.textBefore(pos).slice(-24))?.[1];
  if (!SPEECH_VERBS.has(after ?? '') && !SPEECH_VERBS.has(before ?? '')) return null;
  const last = memory.before(pos, 40).filter((m) => m.sentence === sentence - 1);
  const org = last.find((m) => m.subject && (m.entity.kind === 'org' || (!listed && m.entity.kind === 'unknown' && m.entity.gender === null && m.entity.role === '')));
  if (org === undefined || last.some((m) => m.entity !== org.entity)) return null;
  return { entity: org.entity, confidence: 0.6, how: 'backref-last-sentence-body' };
}

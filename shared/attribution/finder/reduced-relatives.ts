/**
 * Reduced object relative clauses in a speech clue: "…, a figure he said was “…”", "a result Chief
 * Executive X called “…”", "a claim Y on Tuesday dismissed as “…”". The noun phrase read before the verb
 * runs a thing's noun and the clause's own subject together ("a figure he"); English puts no pronoun, name
 * or "the …" phrase right after a common noun inside one noun phrase, so where one follows the noun with no
 * "that"/"which" between, a relative clause opens there and its subject is the one who said or called it.
 */
import type { Phrase } from './clauses';
import { isFiniteVerb, isOccupation } from './nlp';
import { isAnonymousNoun, isGroupNoun, isOrgHead, isOrgNoun, isPreposition, isRoleWord } from './tokens';

/** "a"/"the"… and one to three lower-case words (the thing), then the clause's subject (group 2). */
const THING_THEN_SUBJECT = /^(?:an?|the|this|that|one|such)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(he|she|it|they|(?:the|his|her|its|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’.-]+){0,4}|\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5})$/u;

/** A word of the thing's noun phrase that makes it a speaker's description ("a spokesman", "the union") or no noun phrase at all. */
const speakerOrClauseWord = (w: string): boolean => isRoleWord(w) || isOrgNoun(w) || isOrgHead(w) || isGroupNoun(w) || isAnonymousNoun(w)
  || isOccupation(w) || isFiniteVerb(w) || (isPreposition(w) && w !== 'of');

/**
 * The subject of a reduced relative clause closing the clue's noun phrase `np` (found at offset `at`; its
 * last comma-separated part is read), as a phrase at its own offset; null when the phrase is not a thing's
 * noun followed by a pronoun, a name or a "the"/possessive phrase, or when a word of the thing's phrase is a
 * role, a body, a group, an anonymous source, a finite verb or a preposition other than "of" (then the words
 * are one description of the speaker, "the union leader Ana Ruiz", and are read as they are).
 */
export function reducedRelativeSubject(np: string, at: number): Phrase | null {
  const cut = np.lastIndexOf(',') + 1;
  const part = np.slice(cut);
  const lead = part.length - part.trimStart().length;
  const m = THING_THEN_SUBJECT.exec(part.trim());
  if (m === null) return null;
  if (m[1]!.split(/\s+/).some(speakerOrClauseWord)) return null;
  const subject = m[2]!;
  // (the subject's own words hold no lower-case finite verb: "the judge" may be followed by nothing of a clause)
  if (subject.split(/\s+/).slice(1).some((w) => /^\p{Ll}/u.test(w) && isFiniteVerb(w))) return null;
  return { np: subject, at: at + cut + lead + m[0].length - subject.length };
}

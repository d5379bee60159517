/**
 * "the zoo", "the cooperative": a definite description whose lower-case head is no organisation noun
 * the lexicon lists and no person's word, read against the names of the discourse model (memory.ts).
 * Contract: a Resolution only when exactly one name fits (0.75); two fitting names: withheld (0.4);
 * none: null.
 */
import { isKnownPerson } from './entity-facts';
import type { Entity, EntityMemory, Resolution } from './memory';
import { isCommonWord } from './nlp';

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
 * "Kanbara Zoo has welcomed …" … "the zoo said": a definite description whose lower-case head is the
 * last word of exactly one multi-word name seen before that shows no person (isKnownPerson), whatever kind of noun the
 * head is (the lexicon need not list "zoo", "hospice", "museum"), or an ordinary word inside an
 * organisation's name (innerWord). Two such names: withheld (0.4).
 */
export function byNameHead(memory: EntityMemory, head: string, pos: number): Resolution | null {
  if (!/^\p{Ll}{3,}$/u.test(head)) return null;
  // (a name read as a person's with nothing to show a person, "Kanbara Zoo", counts: "the zoo" shows its kind)
  const fits = (e: Entity): boolean => e.keys.length >= 2 && (e.name.split(/\s+/).at(-1)!.toLowerCase() === head || innerWord(e, head))
    && !isKnownPerson(e, memory.spokeAt(e) !== undefined);
  const hits = memory.before(pos).filter((m) => fits(m.entity));
  if (hits.length === 0) return null;
  const one = hits.every((m) => m.entity === hits[0]!.entity);
  return { entity: hits[0]!.entity, confidence: one ? 0.75 : 0.4, how: one ? 'backref-name-head' : 'backref-name-head-ambiguous' };
}


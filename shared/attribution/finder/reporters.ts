/**
 * Who reports a sentence's words by a tag closing it ("Germany would speed up the grid, she said."):
 * the tag's subject speaks the whole sentence, whoever its reported clause names, so a bare quote after
 * it is theirs. Kept per article (per EntityMemory), by sentence number; find-quotes.ts notes a tag
 * once it resolves confidently, carry-over.ts reads it before the sentence's one subject.
 */
import type { Entity, EntityMemory } from './memory';

const bySentence = new WeakMap<EntityMemory, Map<number, Entity | null>>();

/** Note that `entity` reports sentence `sentence` by a closing tag (null: a tag we could not resolve). */
export function noteReporter(memory: EntityMemory, sentence: number, entity: Entity | null): void {
  let m = bySentence.get(memory);
  if (m === undefined) bySentence.set(memory, (m = new Map()));
  m.set(sentence, entity);
}

/**
 * The one who reports sentence `sentence` by a closing tag; null when it has a tag we could not
 * resolve (its reported clause's subject is then no speaker either); undefined when it has none.
 */
export function reporterOf(memory: EntityMemory, sentence: number): Entity | null | undefined {
  return bySentence.get(memory)?.get(sentence);
}

const pronounSubjects = new WeakMap<EntityMemory, Map<number, { pronoun: string; pos: number }>>();

/** Note that sentence `sentence` opens on "he"/"she" at `pos` ("She thinks about it for a long time."). */
export function notePronounSubject(memory: EntityMemory, sentence: number, pronoun: string, pos: number): void {
  let m = pronounSubjects.get(memory);
  if (m === undefined) pronounSubjects.set(memory, (m = new Map()));
  m.set(sentence, { pronoun, pos });
}

/** The "he"/"she" a sentence opens on and where, when it does. */
export function pronounSubjectOf(memory: EntityMemory, sentence: number): { pronoun: string; pos: number } | undefined {
  return pronounSubjects.get(memory)?.get(sentence);
}

/**
 * The discourse model's data: what an entity, a mention and a resolution are, and the narrow views of
 * the model that its readers take. memory.ts (EntityMemory) holds them; modules that EntityMemory itself
 * uses (namesakes.ts, entity-facts.ts) read these types from here, so no import circle runs through the
 * memory. Types only: this module imports no code.
 */
import type { Gender } from './roles';

export type EntityKind = 'person' | 'org' | 'unknown';
/** `articled`: named with a bare "the" before it ("The Kestrel Marathon returned"), which no person's name takes. */
export type Entity = { kind: EntityKind; name: string; role: string; gender: Gender; keys: readonly string[]; articled?: boolean };
/** `affiliation`: named only as a person's employer ("Analyst Tom Berry of Seaton Capital") or as the medium that gathered or carried words ("polled by Reuters"). */
export type Mention = { entity: Entity; pos: number; sentence: number; subject: boolean; affiliation?: boolean };
export type Resolution = { entity: Entity; confidence: number; how: string };
/** "The judge" as a subject: its head noun, the whole phrase in lower case, where; whom it resolves to, once asked. */
export type Description = { head: string; phrase: string; pos: number; sentence: number; resolved?: Resolution | null };

/** What salience.ts reads of the discourse model. */
export type MentionView = {
  before(pos: number, limit?: number): readonly Mention[];
  spokeAt(entity: Entity): number | undefined;
  paragraphStartPos(): number;
};

/**
 * What namesakes.ts reads of the discourse model (EntityMemory satisfies it): the known entity for a
 * name, the mentions before a position, and the text read so far.
 */
export type NamesakeView = {
  find(name: string, kind?: EntityKind, gender?: Gender): Entity | null;
  before(pos: number, limit?: number): readonly Mention[];
  textBefore(pos: number): string;
  /** How many people known so far have a name of two or more words holding the word `key` (lower case). */
  peopleWithKey(key: string): number;
};

/**
 * What a noun phrase naming a speaker is, as names.ts reads it (analyseNounPhrase): a named person or
 * organisation, a pronoun, a back-reference ("the ministry"), an anonymous source or a group. Types
 * only, kept apart from names.ts so that the modules names.ts uses can speak of them too.
 */
import type { Gender } from './roles';

export type Named = { kind: 'person' | 'org' | 'name'; name: string; role: string; gender: Gender; titled: boolean };
export type NounPhrase =
  | Named
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'backref'; head: string; phrase: string }
  | { kind: 'anonymous'; description: string }
  | { kind: 'group'; description: string; org: string | null };

/**
 * Whom an unnamed spokesperson speaks for: a person named before (nobody speaks: the spokesman is not
 * named, `speaksForPerson`) or a body, which speaks as itself (the labelling convention,
 * `bodySpokenFor`: "A spokesperson for Corringham Strategic Land said …" is that body when the name's
 * shape says it is no person's; "for Tom Reyes", "for Prime Minister Tom Reyes" stay nobody).
 */
import { givenNameGender, isCommonWord, isKnownNameWord } from './nlp';
import type { Entity, EntityMemory } from './memory';
import type { Named } from './noun-phrase';
import { isOrgHead, isTitle } from './tokens';

const FOR_NAME = /^(?:spokesperson|spokesman|spokeswoman|representative)\s+for\s+((?:\p{Lu}[\p{L}&'’-]*\s+){1,5}\p{Lu}[\p{L}&'’-]*)$/u;

/**
 * The body a description "spokesperson for X" speaks for. X must read as no person's name: no word a
 * title or a known given name or surname, and either three or more words with an ordinary word among
 * them after the first ("Corringham Strategic Land") or two words ending in an ordinary plural noun
 * ("Halden Homes"); "Kwabena Stone" (two words, singular) may be a person: null. Contract: the body,
 * added to the discourse model (a subject unless told), or null.
 */
export function bodySpokenFor(description: string, memory: EntityMemory, pos: number, sentence: number, subject = true): Entity | null {
  const m = FOR_NAME.exec(description.trim());
  if (m === null) return null;
  const name = m[1]!.trim();
  const words = name.split(/\s+/);
  if (words.some((w) => isTitle(w) || isKnownNameWord(w) || givenNameGender(w) !== null)) return null;
  const rest = words.slice(1);
  const last = words[words.length - 1]!;
  const bodyShape = (words.length >= 3 && rest.some((w) => isCommonWord(w)))
    || (words.length === 2 && /\p{Ll}s$/u.test(last) && isCommonWord(last));
  if (!bodyShape) return null;
  // the text may have read the name before as a person's by its tagger alone; only a gender, a role or
  // a quote it spoke shows a person ("Corringham Strategic Land appealed …" shows none)
  const known = memory.find(name);
  if (known !== null && known.kind === 'person' && (known.gender !== null || known.role !== '' || memory.spokeAt(known) !== undefined)) return null;
  // registered as the subject that spoke, with its spokesperson's noun as role: "the spokesperson added" finds it (references.ts)
  return memory.add({ kind: 'org', name, role: m[0]!.split(/\s+/)[0]!, gender: null, titled: true }, pos, sentence, subject);
}

/**
 * "a spokesman for the Taoiseach" after "Taoiseach Liam Brennan", "a representative for Brooks" after
 * "Singer Kayla Brooks": one who speaks for a person named (or titled) before, never an organisation.
 */
export function speaksForPerson(a: Named, memory: EntityMemory): boolean {
  if (a.kind !== 'org' || !/^(?:spokesperson|spokesman|spokeswoman|representative)$/.test(a.role)) return false;
  // "a spokesperson for Carmody's office": the office of a person named before is that person's
  const owner = /^(.+?)['’]s?\s+\p{Ll}+$/u.exec(a.name)?.[1];
  if (owner !== undefined && memory.isPersonOrTheirRole(owner)) return true;
  return !a.name.split(/\s+/).some((w) => isOrgHead(w)) && memory.isPersonOrTheirRole(a.name);
}

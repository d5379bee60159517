/**
 * Whom an unnamed spokesperson speaks for: a person named before (nobody speaks: the spokesman is not
 * named, `speaksForPerson`) or a body, which speaks as itself (the labelling convention,
 * `bodySpokenFor`: "A spokesperson for Corringham Strategic Land said …" is that body when the name's
 * shape says it is no person's; "for Tom Reyes", "for Prime Minister Tom Reyes" stay nobody).
 */
import { givenNameGender, isCommonWord, isKnownNameWord } from './nlp';
import type { Entity, EntityMemory, Mention, Resolution } from './memory';
import { nameShowsBody } from './entity-facts';
import { showsBody } from './org-references';
import type { Named } from './noun-phrase';
import { isOrgHead, isTitle } from './tokens';

const FOR_NAME = /^(?:spokesperson|spokesman|spokeswoman|representative)\s+for\s+((?:\p{Lu}[\p{L}&'’-]*\s+){1,5}\p{Lu}[\p{L}&'’-]*)$/u;
/**
 * "spokesman for the Junta de Andalucía", "spokeswoman for the Comunidad de Regantes": "the" and a
 * capitalised run with name particles inside it (a closed class of the particles of Romance, Dutch and
 * German bodies' names, as name-styles.ts reads people's). "the" before a run no title opens shows a body.
 */
const FOR_THE_NAME = /^(?:spokesperson|spokesman|spokeswoman|representative)\s+for\s+the\s+(\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:de|del|della|di|da|do|dos|das|du|des|la|le|van|von|der|den|y|e|of|for|and)\s+)?\p{Lu}[\p{L}&'’-]*){1,5})$/u;
const PARTICLE = /^(?:de|del|della|di|da|do|dos|das|du|des|la|le|van|von|der|den|y|e|of|for|and)$/;

/**
 * The body a description "spokesperson for X" speaks for. X must read as no person's name: no word a
 * title or a known given name or surname, and either three or more words with an ordinary word among
 * them after the first ("Corringham Strategic Land") or two words ending in an ordinary plural noun
 * ("Halden Homes"); "Kwabena Stone" (two words, singular) may be a person: null. Contract: the body,
 * added to the discourse model (a subject unless told), or null.
 */
export function bodySpokenFor(description: string, memory: EntityMemory, pos: number, sentence: number, subject = true): Entity | null {
  const d = description.trim();
  const the = FOR_THE_NAME.exec(d);
  if (the !== null && the[1]!.split(/\s+/).some((w) => PARTICLE.test(w))) {
    const name = the[1]!;
    if (name.split(/\s+/).some((w) => isTitle(w) || isKnownNameWord(w) || givenNameGender(w) !== null)) return null;
    // (a person reading the tagger alone gave, with no gender, role or quote, is no person here)
    const known = memory.find(name);
    if (known !== null && known.kind === 'person' && (known.gender !== null || known.role !== '' || memory.spokeAt(known) !== undefined)) return null;
    return memory.add({ kind: 'org', name, role: d.split(/\s+/)[0]!, gender: null, titled: true }, pos, sentence, subject);
  }
  const m = FOR_NAME.exec(d);
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
  // ("a Harlow Hawks spokesman" once the text placed Harlow Hawks as a body: the body's)
  // ("a Quillby spokeswoman" after "Quillby Brands", "an Ashcombe Rovers spokeswoman": a name the tagger alone
  // read as a person's, no gender, role or given name, whose own words show a body, is no person here)
  return !a.name.split(/\s+/).some((w) => isOrgHead(w)) && memory.find(a.name, 'org')?.kind !== 'org' && memory.isPersonOrTheirRole(a.name, (e) => !readAsBody(e));
}

/** A person reading of the tagger's alone that the name's own words contradict ("Quillby Brands", "Ashcombe Rovers"). */
function readAsBody(e: Entity): boolean {
  if (e.gender !== null || e.role !== '') return false;
  const first = e.name.split(/\s+/)[0]!;
  return givenNameGender(first) === null && !isTitle(first) && !isKnownNameWord(first) && nameShowsBody(e.name);
}

/**
 * Whether the text shows `e` speaks as a body: placed as an organisation, or a name with no gender, no
 * role that ", which" follows, or with no quote of its own and no given name, title or known name
 * word first whose own words or "its" in its clause show a body ("Orbis Foods recalled its yoghurt", "Brightmarket, which runs 40 stores"); the
 * tagger's person reading alone does not make a person here.
 */
function isBody(memory: EntityMemory, e: Entity, near: readonly Mention[]): boolean {
  if (e.kind === 'org') return true;
  if (e.gender !== null || e.role !== '') return false;
  // ("which", never "who", follows a thing's name: "Brightwell's, which sets the price" even when the word is also a surname)
  if (near.some((m) => m.entity === e && /^[\p{L}\s&'’.-]*,\s+which\b/u.test(memory.textFrom(m.pos, 80)))) return true;
  if (memory.spokeAt(e) !== undefined) return false;
  const first = e.name.split(/\s+/)[0]!;
  return givenNameGender(first) === null && !isTitle(first) && !isKnownNameWord(first) && showsBody(memory, e, near);
}

/** A spokesperson's noun with nothing before or after it: "a spokesperson", "a spokeswoman". */
const BARE_SPOKES = /^(?:spokesperson|spokesman|spokeswoman)$/;

/**
 * "Network Rail said it accepted the findings. “…,” a spokesperson said": a spokesperson named by the
 * bare noun alone (no "for X", no modifier) speaks for the body the sentence just before was about,
 * when that sentence names exactly one entity, an organisation, as its subject, and nothing was named
 * in this sentence before the spokesperson (0.6). A person or a second body in that sentence, or no
 * organisation: null (the editor is asked). General: a spokesperson is always someone's; English
 * leaves the owner out when it is the topic just set, as "the utility said" does (name-head-references.ts).
 */
export function bareSpokespersonBody(memory: EntityMemory, description: string, pos: number, sentence: number): Resolution | null {
  if (!BARE_SPOKES.test(description.trim()) || sentence < 1) return null;
  const near = memory.before(pos, 40).filter((m) => m.sentence >= sentence - 1);
  const org = near.find((m) => m.subject && m.sentence === sentence - 1 && (isBody(memory, m.entity, near) || spokespersonsBody(memory, m)));
  if (org === undefined || near.some((m) => m.entity !== org.entity)) return null;
  return { entity: org.entity, confidence: 0.6, how: 'bare-spokes-last-sentence-body' };
}

/** "X said it would …", "X said in a statement that it …": a reporting verb whose reported clause's subject is "it". */
const SAID_IT = /^[\s,]+(?:\p{Ll}+ly\s+)?(?:said|says|added|announced|confirmed|stated|insisted|maintained|argued)\b[^.;:!?“”"‘’]{0,60}?\b(?:that\s+)?it\b/u;

/**
 * A subject the next sentence's bare spokesperson speaks for, on weaker evidence than `isBody` asks: a
 * spokesperson is someone's, and the owner left out is the topic just set. So a name that spoke before
 * may still be a body here, when its own words show one ("Tollerby Water", nameShowsBody) or its reported
 * clause takes "it" for it ("Braxley Rail said it accepted …", where a person's would take "he" or "she").
 * Never a name with a gender, a role, or a first word that is a given name, title or known name word.
 */
function spokespersonsBody(memory: EntityMemory, m: Mention): boolean {
  const e = m.entity;
  if (e.kind === 'org') return true;
  if (e.gender !== null || e.role !== '') return false;
  const first = e.name.split(/\s+/)[0]!;
  if (givenNameGender(first) !== null || isTitle(first) || isKnownNameWord(first)) return false;
  if (nameShowsBody(e.name)) return true;
  const text = memory.textFrom(m.pos, e.name.length + 90);
  return text.startsWith(e.name) && SAID_IT.test(text.slice(e.name.length));
}

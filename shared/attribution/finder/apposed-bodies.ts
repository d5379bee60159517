/**
 * The body a definite description takes up when the discourse model has no entity for it (issue 12, round
 * twenty-eight): read from how the article introduced the body, as a last reading of "the NOUN said".
 * - "Dunmore Health, the university's academic health system, said …. “…,” the health system said": a
 *   name, then in commas "the"/"a" and a description whose last word is the noun (the description's other
 *   words saying the reference's modifiers) is that name, when the name is no person's;
 * - "Residents marched on the offices of the Kelbrook Local Municipality. The municipality, in a statement
 *   …, blamed …": a name of two or more capitalised words ending in the noun capitalised (a body named only
 *   as an object is no entity of the model) is that name.
 * Either reading takes the latest such name; two different names fitting: null (nobody is guessed).
 * Contract: `apposedBody(memory, head, phrase, pos)` is asked only when every other reading of the
 * description left it unresolved; it reads the text before `pos` (its last TEXT_SPAN characters) with
 * fixed expressions, and adds or mentions the body it names.
 */
import type { EntityMemory, Resolution } from './memory';
import { givenNameGender } from './nlp';
import { HONORIFICS, STYLE_WORDS, isCalendarWord } from './lexicon';
import { isPersonWord } from './entity-facts';
import { isRoleWord, isTitle } from './tokens';

/** How far back the introduction of a body is looked for. */
const TEXT_SPAN = 6000;
/** A capitalised name run (joining words inside it): group 1. */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|and|&|for|the|de|du|des)?\s*\p{Lu}[\p{L}\p{N}&'’.-]*)*)`;
/** "Name, the university's academic health system,": the name (1) and the description after the article (2). */
const APPOSED = new RegExp(String.raw`${NAME},\s+(?:the|an?)\s+((?:[\p{Ll}\p{N}'’-]+\s+){0,5}\p{Ll}+)\s*,`, 'gu');
/** A capitalised name run of two or more words (1), through "of"/"on"/"for" chains ("… Committee on Petroleum Resources" ends in no "Committee"). */
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+(?:(?:of|on|and|&|for|the)\s+)?){1,6}\p{Lu}[\p{L}\p{N}&'’-]*)`, 'gu');

/** Whether `name` may be a body's: no person the model knows, opening with no given name or title. */
function bodyName(memory: EntityMemory, name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || givenNameGender(words[0]!) !== null || isTitle(words[0]!) || HONORIFICS.has(words[0]!.replace(/\.$/, '')) || STYLE_WORDS.has(words[0]!)
    || /^(?:The|A|An|In|On|At|But|And)$/.test(words[0]!)) return false;
  const known = memory.find(name);
  return known === null || known.kind !== 'person';
}

/** The body `name` as an entity, added when the model has none, mentioned at `pos`. */
function bodyEntity(memory: EntityMemory, name: string, pos: number): Resolution['entity'] {
  const known = memory.find(name);
  if (known !== null) {
    known.kind = 'org';
    return known;
  }
  return memory.add({ kind: 'org', name, role: '', gender: null, titled: true }, pos, -1, false);
}

export function apposedBody(memory: EntityMemory, head: string, phrase: string, pos: number): Resolution | null {
  if (!/^\p{Ll}{4,}$/u.test(head) || isPersonWord(head) || isRoleWord(head) || isTitle(head)) return null;
  const all = memory.textBefore(pos);
  const text = all.slice(-TEXT_SPAN);
  const modifiers = phrase.split(/\s+/).slice(0, -1);
  let apposed: string | null = null;
  let rivals = false;
  for (const m of text.matchAll(APPOSED)) {
    const described = m[2]!.split(/\s+/);
    if (described.at(-1) !== head || !modifiers.every((w) => described.includes(w))) continue;
    const name = m[1]!.replace(/^(?:The|A|An)\s+/, '');
    if (!bodyName(memory, name)) continue;
    if (apposed !== null && apposed !== name) rivals = true;
    apposed = name;
  }
  if (apposed !== null) return rivals ? null : { entity: bodyEntity(memory, apposed, pos), confidence: 0.75, how: 'backref-apposed-body' };
  // ("the offices of the Kelbrook Local Municipality": a name ending in the noun, capitalised)
  if (modifiers.length > 0) return null;
  const capital = head[0]!.toUpperCase() + head.slice(1);
  if (!text.includes(capital)) return null;
  let named: string | null = null;
  for (const m of text.matchAll(RUN)) {
    const run = m[1]!.split(/\s+/);
    // (a joining word before a day or month ends the run: "… Local Municipality on Tuesday")
    const cut = run.findIndex((w, k) => k > 0 && /^(?:of|on|for)$/.test(w) && isCalendarWord(run[k + 1] ?? ''));
    const words = cut < 0 ? run : run.slice(0, cut);
    if (words.at(-1) !== capital) continue;
    const name = (words[0] === 'The' ? words.slice(1) : words).join(' ');
    if (!bodyName(memory, name)) continue;
    if (named !== null && named !== name) return null;
    named = name;
  }
  return named === null ? null : { entity: bodyEntity(memory, named, pos), confidence: 0.7, how: 'backref-named-body' };
}

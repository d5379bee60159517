/**
 * A headline's quote set beside an office or a body, not a name: "‘…’, says council leader", "‘…’,
 * surgeon warns", "‘…’ – Chief Incumbent", "‘…’: Collector assures as …", "Party leader says PFP ‘…’",
 * "Sheriff: Smuggling pursuits ‘…’", "New rules ‘…’, says tourism board". A headline names the office
 * and the story under it names its holder ("District Collector Smt. X", "the Nepal Tourism Board").
 * Contract: `headlineRole(headline, start, end)` reads the office phrase next to the quote at
 * [start, end) of the headline (null when none); `holderOf(phrase, entities)` is the one entity the
 * body introduces whose role holds the office's head word (a person) or whose name holds the body noun
 * (an organisation), every other content word of the phrase in its name or role; null when none or two.
 * Pure.
 */
import type { Entity } from './entities';
import { lowerText, roleWords } from './entity-facts';
import { ORG_NOUNS, ROLE_SYNONYMS } from './lexicon';
import { isCommonWord } from './nlp';

/** The verbs a headline puts with a named speaker ("‘…’, says Ashdown"; forward-identification.ts), an alternation. */
export const HEADLINE_SAYS_NAME = 'says|warns|insists|admits|claims|vows';
/** Verbs a headline puts with its speaker when it is an office or a body (present tense, headline style): the name's and more. */
const SAYS = String.raw`(?:${HEADLINE_SAYS_NAME}|assures|tells|adds|cites|urges|pledges|declares|promises|stresses|laments|charges|fumes|hits\s+out)`;
/** One to four words of an office or body ("council leader", "Cenizo County sheriff", "deputy minister"). */
const PHRASE = String.raw`((?:[\p{L}’'.-]+\s+){0,3}?[\p{L}’'.-]+)`;
/** After the quote: "’, says council leader", "’, says tourism board; …", "’, says rescuer as …". */
const AFTER_SAYS = new RegExp(String.raw`^[’'”"»\s]*[,:–—-]?\s*${SAYS}\s+${PHRASE}\s*(?:$|[;,]|\s(?:as|after|amid|over|on)\s)`, 'u');
/** After the quote: "’, surgeon warns", "’ – Chief Incumbent", "’: Minister", "’: Collector assures as …". */
const AFTER_THEN_SAYS = new RegExp(String.raw`^[’'”"»\s]*[,:–—-]?\s*${PHRASE}(?:\s+${SAYS}\b|\s*$)`, 'u');
/** Before the quote, its clause's subject: "Party leader says PFP ‘…’", "judge cites “…”", "Sheriff: Smuggling pursuits ‘…’". */
const BEFORE = new RegExp(String.raw`(?:^|[;:]\s+|\bas\s+)${PHRASE}(?:\s+${SAYS}\b|:)[^;:]*$`, 'u');

/** Words too general to tell two office holders apart. */
const GENERAL = /^(?:the|a|an|of|at|for|in|on|and|to|its|his|her|their|former|senior|top|new|local|state|chief|head)$/;

/** The office or body phrase a headline sets next to its quote at [start, end); null when none. */
export function headlineRole(headline: string, start: number, end: number): string | null {
  const after = headline.slice(end);
  const m = AFTER_SAYS.exec(after) ?? AFTER_THEN_SAYS.exec(after) ?? BEFORE.exec(headline.slice(0, Math.max(0, start - 1)));
  return m?.[1] ?? null;
}

/**
 * The one entity of `entities` holding the office or body `phrase` names (see the module's contract);
 * `context(e)` is what the text says around the entity's first mention ("harbour master" before a name
 * whose role was read as "master"), where the phrase's other words may stand too.
 */
export function holderOf(phrase: string, entities: readonly Entity[], context: (e: Entity) => string): Entity | null {
  const words = phrase.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter((w) => w !== '');
  const head = words.at(-1);
  // an office is written in ordinary words; a capitalised run the lexicon does not know is a name, read elsewhere
  if (head === undefined || !/^\p{Ll}+$/u.test(head) || !isCommonWord(head)) return null;
  const modifiers = words.slice(0, -1).filter((w) => !GENERAL.test(w));
  const body = ORG_NOUNS.has(head);
  const synonyms = [head, ...(ROLE_SYNONYMS.get(head) ?? [])];
  const fits = (e: Entity): boolean => {
    const text = `${lowerText(e)} ${context(e).toLowerCase()}`.split(/[^\p{L}\p{N}]+/u);
    if (!modifiers.every((w) => text.includes(w))) return false;
    return body
      ? e.kind !== 'person' && e.name.toLowerCase().split(/\s+/).includes(head)
      : e.kind !== 'org' && roleWords(e).some((w) => synonyms.includes(w.replace(/[,.'’]+$/, '')));
  };
  let found: Entity | null = null;
  for (const e of entities) {
    if (!fits(e)) continue;
    if (found !== null && found !== e) return null;
    found = e;
  }
  return found;
}

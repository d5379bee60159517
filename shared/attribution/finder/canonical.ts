/**
 * One entity, one name (issue 12, round nine): the speaker a quote proposes is written in the entity's
 * canonical form, the full name as first written in the article before the quote.
 * - an acronym ("ANC", "HKSAR") the article expanded before — "the African National Congress (ANC)", or
 *   a capitalised run whose initials spell it, skipping "of", "the", "and", "for", "&" — is that name;
 *   an acronym never expanded stays as written; a title-case short name in brackets after a body's
 *   capitalised run ("the National Institute of Orbital Monitoring (Inmor)") is that run;
 * - abbreviated ranks or styles before a surname ("DI Haddow", "Supt Ward", "Sen. Ortiz", "Shri Bhandari")
 *   name the one person with that surname and a given name introduced before; the rank stays in the role;
 * - an organisation's name cut short ("Ministry of Housing", "Office of the Commissioner") is its whole
 *   run at first mention: a comma list closed by "and <Capitalised>" ("…, Communities and Local
 *   Government") and "of"/"in"/"for" chains of capitalised words ("… of the Chinese Ministry of Foreign
 *   Affairs in the HKSAR"). A comma that opens an apposition ("X, Chief Executive of Y") is no list:
 *   the list must close with "and" inside the same capitalised run.
 * Contract: `Canonical.of(speaker, role, pos)` returns the name and role to propose for a speaker at
 * absolute offset `pos` (paragraphs joined by "\n"); the speaker unchanged when nothing applies. Pure
 * text and memory reads; results per name are memoised, so each name costs one scan of the article.
 */
import { allMatches, hasSurrogate } from './literal-search';
import { isCalendarWord, STYLE_WORDS } from './lexicon';
import { withLegalStop } from './name-styles';
import type { EntityMemory } from './memory';
import { isDemonym, isOrgHead, isTitle } from './tokens';
import { isCommonWord } from './nlp';
import { wholeWordOccurrences } from './word-index';
import { spacedWords } from './memo';

const CONNECTOR = /^(?:of|the|and|for|&)$/i;
const WORD = String.raw`\p{Lu}[\p{L}\p{N}’'.-]*`;
/** Capitalised words; one ending in a period ends the run ("… and Geology. Results …" is two sentences). */
const RUN = String.raw`${WORD}(?:(?<!\.)\s+${WORD})*`;
const ACRONYM = /^\p{Lu}{2,7}$/u;
/**
 * An acronym and a lower-case descriptor of one of its offices: "EMB regional office", "DENR field office",
 * "NDMA provincial unit". The nouns are a closed class of the words for a body's local part, and at most one
 * lower-case level word before them ("regional", "district", "zonal", …: any one lower-case word).
 */
const PART_OF_ACRONYM = /^(\p{Lu}{2,7})\s+(?:\p{Ll}+\s+)?(?:office|branch|unit|division|bureau|secretariat|headquarters)$/u;
/** A one-word short name in title case: "Inmor", "Unicef", "Nasa". */
const TITLE_CASE_SHORT = /^\p{Lu}\p{Ll}{2,9}$/u;

type Found = { name: string; at: number };
/** After a name: ", Communities and Local Government" (a comma list closed by "and" in the run); " of the Chinese Ministry" (a chain). */
const LIST = new RegExp(String.raw`^(?:,\s+${RUN})*,?\s+and\s+${RUN}`, 'u');
const CHAIN = new RegExp(String.raw`^\s+(?:of|in|for)\s+(?:the\s+)?${RUN}`, 'u');

/** "Government of the" before a name whose initials matched: an organisation head and "of (the)" join it. */
function extendLeft(words: readonly string[], start: number): number {
  let i = start;
  for (;;) {
    let j = i - 1;
    if (words[j] === 'the') j--;
    if (words[j] !== 'of' || !isOrgHead(words[j - 1] ?? '')) return i;
    i = j - 1;
  }
}

/** Words of a stretch of text (a trailing period dropped) and punctuation marks, with their offsets. */
function wordsOf(text: string): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  for (const m of allMatches(/[\p{L}\p{N}’'&.-]+|\(|\)|[^\s\p{L}\p{N}]/gu, text)) { words.push(m[0].replace(/\.$/, '')); starts.push(m.index!); }
  return { words, starts };
}

const isCapWord = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w) && !isCalendarWord(w) && w !== 'The';

/** The name ending at offset `end` of `text`: its capitalised run (bracketed: all of it) or `from`, then "<Org head> of (the)" before it. */
function nameEndingAt(text: string, from: number, end: number, wholeRun: boolean): Found | null {
  const lookback = Math.max(0, from - 160);
  const { words, starts } = wordsOf(text.slice(lookback, end));
  let s = words.length - 1;
  while (s > 0 && starts[s]! + lookback > from) s--;
  if (wholeRun) while (s > 0 && (isCapWord(words[s - 1]) || (CONNECTOR.test(words[s - 1]!) && isCapWord(words[s - 2])))) s--;
  while (s < words.length - 1 && CONNECTOR.test(words[s]!)) s++;
  s = extendLeft(words, s);
  if (words.length - s < 2) return null;
  return { name: text.slice(lookback + starts[s]!, end), at: lookback + starts[s]! };
}

/** Initials pattern: "ANC" → "A… N… C…" with "of", "the", "and", "for", "&" between, ending a capitalised run. */
export const initialsPattern = (acronym: string): RegExp => new RegExp(`${acronym[0]}(?<![\\p{L}\\p{N}]${acronym[0]})`
  + [...acronym.slice(1)].map((c) => `[\\p{L}’'-]*(?:\\s+(?:of|the|and|for|&))*\\s+${c}`).join('') + String.raw`[\p{L}’'-]*(?![\p{L}\p{N}]|\s+\p{Lu})`, 'u');

/** Acronyms `initialsAt` reads without initialsPattern: letters, digits and "&", none of a surrogate pair. */
const PLAIN_ACRONYM = /^[\p{L}\p{N}&]+$/u;
/** Sticky pieces of initialsPattern, matched at lastIndex. */
const NOT_AFTER_WORD = /(?<![\p{L}\p{N}])/uy;
const WORD_REST = /[\p{L}’'-]*/uy;
const SPACES = /\s+/uy;
const INITIALS_CONNECTOR = /(?:of|the|and|for|&)/y;
const RUN_ENDS = /(?![\p{L}\p{N}]|\s+\p{Lu})/uy;
const stickyAt = (re: RegExp, text: string, i: number): RegExpExecArray | null => { re.lastIndex = i; return re.exec(text); };

/**
 * Where initialsPattern(acronym) first matches `text` at or after `from` (its index and end), or null: the
 * expression's match, for an acronym of letters, digits and "&" read by the fixed expressions above with its
 * backtracking spelt out (between two initials the word's rest and the spaces can only be taken whole; the
 * connectors are taken greedily, as many as let the rest match; the last word's rest is given back a character
 * at a time until the run ends); for other acronyms by the expression itself.
 */
export function initialsAt(text: string, acronym: string, from: number): { index: number; end: number } | null {
  if (!PLAIN_ACRONYM.test(acronym) || hasSurrogate(acronym)) {
    const pattern = new RegExp(initialsPattern(acronym).source, 'gu');
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    return m === null ? null : { index: m.index, end: m.index + m[0].length };
  }
  const initials = [...acronym];
  /** The end of the match whose initial `j` is at `at`, or -1. */
  const rest = (j: number, at: number): number => {
    const wordEnd = at + 1 + stickyAt(WORD_REST, text, at + 1)![0].length;
    if (j === initials.length - 1) {
      for (let end = wordEnd; end > at; end -= end - 2 > at && hasSurrogate(text.charAt(end - 1)) && hasSurrogate(text.charAt(end - 2)) ? 2 : 1) {
        if (stickyAt(RUN_ENDS, text, end) !== null) return end;
      }
      return -1;
    }
    return gap(j, wordEnd);
  };
  /** After initial `j`'s word at `p`: connectors (greedy), then space and initial j + 1. */
  const gap = (j: number, p: number): number => {
    const space = stickyAt(SPACES, text, p);
    if (space === null) return -1;
    const q = p + space[0].length;
    const connector = stickyAt(INITIALS_CONNECTOR, text, q);
    if (connector !== null) {
      const end = gap(j, q + connector[0].length);
      if (end >= 0) return end;
    }
    return text.startsWith(initials[j + 1]!, q) ? rest(j + 1, q) : -1;
  };
  for (let i = text.indexOf(initials[0]!, from); i >= 0; i = text.indexOf(initials[0]!, i + 1)) {
    if (stickyAt(NOT_AFTER_WORD, text, i) === null) continue;
    const end = rest(0, i);
    if (end >= 0) return { index: i, end };
  }
  return null;
}

/** The first whole capitalised run spelling the acronym: one inside a longer run ("Chief Defence Adviser" for "DA") is no spelling. */
function spelling(text: string, acronym: string): { index: number; end: number } | null {
  for (let m = initialsAt(text, acronym, 0); m !== null; m = initialsAt(text, acronym, m.index + 1)) {
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (before === null || !isCapWord(before[1]) || /^(?:A|An)$/.test(before[1]!)) return m;
  }
  return null;
}

/** The capitalised run before "(ACR)" or spelling ACR's initials, first in the text; null when never expanded. */
export function expandAcronym(text: string, acronym: string): Found | null {
  const bracket = text.indexOf(`(${acronym})`);
  const spelt = spelling(text, acronym);
  // ("Ticao Diesel Power Corp. (TDPC)": the spelt name keeps its legal form's stop)
  if (spelt !== null && (bracket < 0 || spelt.index < bracket)) return nameEndingAt(text, spelt.index, withLegalStop(text, spelt.end), false);
  if (bracket < 1) return null;
  const end = text.slice(0, bracket).trimEnd().length;
  // the bracket's name: the spelt part of the run before it when it spells the acronym, else the whole run
  const inRun = initialsAt(text.slice(Math.max(0, end - 160), end) + ' ', acronym, 0);
  const from = inRun !== null ? Math.max(0, end - 160) + inRun.index : end - 1;
  const part = nameEndingAt(text, from, end, inRun === null);
  if (inRun === null || part === null) return part;
  // "Kogi State Emergency Management Agency (SEMA)": a place's own name before the part part, a proper
  // noun no demonym, ordinary word, title or possessive ("the Kenyan Ministry of Health (MoH)" drops
  // "Kenyan"), is the body's name too
  const whole = nameEndingAt(text, from, end, true);
  if (whole === null || whole.at >= part.at) return part;
  const extra = text.slice(whole.at, part.at).trim().split(/\s+/);
  return extra.length <= 2 && extra.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isDemonym(w) && !isCommonWord(w) && !isTitle(w) && !isOrgHead(w)) ? whole : part;
}

/**
 * "the National Institute of Orbital Monitoring (Inmor)", "the Regional Water Board (Rewab)": a short
 * name in title case (the style of pronounceable acronyms, which need not spell the name's initials in
 * the article's language) in brackets right after a capitalised run with an organisation's head word is
 * that run's short name. Null otherwise (a bracket after a person's name is a party or a nickname).
 */
export function expandBracketedShortName(text: string, short: string): Found | null {
  const bracket = text.indexOf(`(${short})`);
  if (bracket < 1) return null;
  const end = text.slice(0, bracket).trimEnd().length;
  const found = nameEndingAt(text, end - 1, end, true);
  return found !== null && found.name.split(/\s+/).some((w) => isOrgHead(w)) ? found : null;
}

/** An organisation's name as first written: the run after its first mention continues through comma lists and of/in chains. */
export function fullRun(text: string, name: string): Found | null {
  // (its whole-word occurrences, looked up in the word index: word-index.ts; the first written in full is
  // the name: "the Ministry of Agriculture" in a farmer's quote, "The Ministry of Agriculture, Livestock and
  // Food Security, in a press release …" later; reported at the first occurrence, where the body is introduced)
  let first = -1;
  let found: Found | null = null;
  wholeWordOccurrences(text, name, (at) => {
    if (first < 0) first = at;
    const end = runEnd(text, at, name);
    if (end > at + name.length) found = { name: text.slice(at, end), at: first };
    return found !== null;
  });
  return found;
}

/** The end of the run after `name` at `at`: through comma lists closed by "and" and of/in/for chains. */
function runEnd(text: string, at: number, name: string): number {
  let end = at + name.length;
  for (let guard = 0; guard < 8; guard++) {
    const rest = text.slice(end, end + 200);
    const l = /^,/.test(rest) ? LIST.exec(rest) : null;
    const c = l === null ? CHAIN.exec(rest) : null;
    const step = l ?? c;
    if (step === null || step[0].split(/\s+/).some((w) => isCalendarWord(w.replace(/[,.]$/, '')))) break;
    end += step[0].length;
  }
  // (a sentence's full stop after the run is no part of it; an abbreviation's is: "Co.", "Inc.")
  if (/(?<!\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Bros|\p{Lu}))\.$/u.test(text.slice(at, end))) end--;
  return end;
}

/** A name whose words are capitalised and joined by one "and": the last items of a comma list ("Investment and Cooperatives"). */
const LIST_TAIL = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+and\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*$/u;
/** Before a list's tail: "<Run> of|for (the) <Run>" and more items, each closed by a comma (anchored at the tail). */
const LIST_HEAD = new RegExp(String.raw`(${RUN}\s+(?:of|for)\s+(?:the\s+)?${RUN})(?:,\s+${RUN})*,\s+$`, 'u');

/**
 * "Investment and Cooperatives" read off "the Ministry of Trade, Investment and Cooperatives": a name that
 * is the tail of a comma list is, at its first whole-word occurrence, the end of an organisation's name
 * whose head ("Ministry of Trade") opens the list; that whole name, or null.
 */
export function listHead(text: string, name: string): Found | null {
  let found: Found | null = null;
  wholeWordOccurrences(text, name, (at) => {
    if (text.charCodeAt(at - 2) !== 44) return true;
    const from = Math.max(0, at - 200);
    const m = LIST_HEAD.exec(text.slice(from, at));
    if (m === null) return true;
    let start = from + m.index;
    const head = m[1]!.replace(/^The\s+/, '');
    start += m[1]!.length - head.length;
    if (!spacedWords(head).some((w) => isOrgHead(w))) return true;
    found = { name: text.slice(start, at + name.length), at: start };
    return true;
  });
  return found;
}

/** What a speaker's form can be canonicalised by: an acronym, abbreviated ranks before a surname, an organisation's name, or nothing. */
type Shape = { kind: 'acronym' | 'org'; found: Found | null } | { kind: 'ranked'; surname: string; prefix: string[] } | { kind: 'plain' };

export class Canonical {
  private readonly shapes = new Map<string, Shape>();
  private readonly runs = new Map<string, Found | null>();

  constructor(private readonly text: string, private readonly memory: EntityMemory) {}

  private run(name: string): Found | null {
    if (!this.runs.has(name)) this.runs.set(name, fullRun(this.text, name));
    return this.runs.get(name)!;
  }

  private shape(speaker: string): Shape {
    let shape = this.shapes.get(speaker);
    if (shape !== undefined) return shape;
    const words = spacedWords(speaker);
    const prefix = words.slice(0, -1);
    const part = PART_OF_ACRONYM.exec(speaker);
    if (ACRONYM.test(speaker)) shape = { kind: 'acronym', found: expandAcronym(this.text, speaker) };
    // ("the EMB regional office said" after "the Environmental Management Bureau (EMB)": an office of the
    // body the article defined the acronym for speaks as that body; an acronym never expanded keeps its office)
    else if (part !== null && ACRONYM.test(part[1]!)) shape = { kind: 'acronym', found: expandAcronym(this.text, part[1]!) };
    else if (TITLE_CASE_SHORT.test(speaker) && this.text.includes(`(${speaker})`)) shape = { kind: 'acronym', found: expandBracketedShortName(this.text, speaker) };
    // "DI Haddow", "Det Insp Haddow", "Sen. Ortiz": abbreviated ranks, then a surname
    // ("Shri Bhandari", "Hajia Tanko-Umar": a style of any culture before a surname too)
    else if (prefix.length > 0 && /^\p{Lu}\p{Ll}/u.test(words.at(-1)!) && prefix.every((w) => (ACRONYM.test(w) && w.length <= 4) || isTitle(w) || STYLE_WORDS.has(w))) {
      shape = { kind: 'ranked', surname: words.at(-1)!, prefix };
    } else if (prefix.length > 0 && (isOrgHead(words[0]!) || (words.some((w) => isOrgHead(w)) && /^(?:of|for)$/.test(words.at(-2)!)))) {
      // ("State Office for Environment", first written "… for Environment, Agriculture and Geology": a
      // body whose name ends in an "of"/"for" portfolio continues through the comma list)
      shape = { kind: 'org', found: this.run(speaker) };
    }
    else if (LIST_TAIL.test(speaker) && !speaker.split(/\s+/).some((w) => isOrgHead(w))) shape = { kind: 'org', found: listHead(this.text, speaker) };
    else shape = { kind: 'plain' };
    this.shapes.set(speaker, shape);
    return shape;
  }

  /** "DI Haddow": the one person introduced before `pos` with a given name and this surname. */
  private person(name: string, surname: string, prefix: readonly string[], pos: number): { name: string; role: string } | null {
    const found = new Set<{ name: string; role: string }>();
    // ("Mzee Kibwana" after "Mzee Rashidi Omari Kibwana" and his son "Mr Juma Rashidi Kibwana": among people who
    // share the surname, the one the article wrote with the same rank or style before given names)
    const ranked = new Set<{ name: string; role: string }>();
    for (const m of this.memory.before(pos)) {
      const e = m.entity;
      if (e.kind !== 'person' || e.name === name || !e.name.endsWith(` ${surname}`)) continue;
      const words = spacedWords(e.name);
      if (!prefix.some((w) => words.includes(w))) found.add(e);
      else if (words.length >= prefix.length + 2 && prefix.every((w, i) => words[i] === w)) ranked.add(e);
    }
    if (found.size >= 1 && ranked.size === 1) return [...ranked][0]!;
    return found.size === 1 ? [...found][0]! : null;
  }

  /** The canonical name (and role) for a proposed speaker at absolute offset `pos`. */
  of(speaker: string, role: string, pos: number): { speaker: string; role: string } {
    const shape = this.shape(speaker);
    if (shape.kind === 'plain') return { speaker, role };
    if (shape.kind === 'ranked') {
      const p = this.person(speaker, shape.surname, shape.prefix, pos);
      return p === null ? { speaker, role } : { speaker: p.name, role: role || p.role };
    }
    const a = shape.found;
    if (a === null || a.at >= pos) return { speaker, role };
    // an acronym's expansion may itself be cut short at first mention
    const r = shape.kind === 'acronym' ? this.run(a.name) : null;
    // (a possessive spelt with the initials' last word is no part of the name: "the Food and Drug
    // Administration’s panel" for "FDA")
    const name = r !== null && r.at < pos ? r.name : a.name;
    return { speaker: shape.kind === 'acronym' ? name.replace(/(?<=\p{L}{2})['’]s$/u, '') : name, role };
  }
}

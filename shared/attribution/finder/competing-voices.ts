/**
 * Evidence that a proposed speaker is a guess (round twenty-three, r23c), read by calibration.ts after
 * every other rule from the article's text and the finder's own proposals:
 *
 * - `passedOverVoice`: a "he"/"she" (or a sentence's pronoun carried to the next quote) resolved to
 *   someone the quote's paragraph does not name, past a nearer voice: between that person's last
 *   mention and the quote, another person (not an organisation, of no other gender than the pronoun's)
 *   was proposed as the speaker of a quote, in the quote's paragraph or the two before it.
 *   "Mr Ssemakula said. ¶ He said … ¶ “…,” he added." given to a person named three paragraphs up is
 *   the case: the pronoun's nearest candidate is the voice just heard.
 * - `noNameEvidence`: the proposed string names no speaker at all: a word built with "-based" ("the
 *   Berlin-based Nordwarm", a modifier), a headline in capitals ("BOSS SLAMS DOOR ON BID"), a party or
 *   constituency written before a member's title in the quote's paragraph ("the Harbour Party MP said":
 *   the MP speaks, not the party), or a "he"/"she" given to a string of ordinary words ("High Schools").
 *
 * Both only mark a proposal; calibration.ts weighs them. Neither names a speaker.
 */
import { isCommonWord, isFunctionWord, givenNameGender } from './nlp';
import { SPEAKER_CONFIDENCE_THRESHOLD } from './types';
import { NAME_JOINERS } from './lexicon';
import { spacedWords } from './memo';

/** What these checks read of a proposal (the finder's drafts fit; `entity` is the discourse model's). */
export type Voiced = {
  start: number; end: number; speaker: string | null; confidence: number; rule: string;
  entity?: { kind: string; gender: 'm' | 'f' | null } | null;
};

/** How far back (paragraphs before the quote's) a nearer voice is looked for. */
const VOICE_WINDOW = 2;
/**
 * Lower-case words that join a name's words: a name's own joiners (lexicon.ts NAME_JOINERS: "van", "bin"),
 * "den", "ter", and "the", "and" of a body's name; no evidence of the name on their own.
 */
const JOINERS: ReadonlySet<string> = new Set([...NAME_JOINERS, 'den', 'ter', 'the', 'and']);
/** A member's title after which a capitalised word is the member's party or seat ("the Harbour Party MP"). */
const MEMBER_AFTER = /^\s+(?:MP|MPP|MLA|MNA|MHA|MSP|MEP|TD|senator|councillor|councilor|congressman|congresswoman|assemblyman|assemblywoman|lawmaker|legislator)(?![\p{L}])/iu;
/** An article right before the name: "the", "a", "an". */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu;

/** Whether `paragraph` writes `speaker` after an article and before a member's title ("the Harbour Party TD said"). */
function beforeMemberTitle(speaker: string, paragraph: string): boolean {
  for (let at = paragraph.indexOf(speaker); at >= 0; at = paragraph.indexOf(speaker, at + 1)) {
    if (ARTICLE_BEFORE.test(paragraph.slice(Math.max(0, at - 8), at)) && MEMBER_AFTER.test(paragraph.slice(at + speaker.length, at + speaker.length + 16))) return true;
  }
  return false;
}

/** The pronoun's gender the rule resolved ('m', 'f'), null for a pronoun of any; undefined for a rule that is no plain pronoun. */
export function pronounOfRule(rule: string): 'm' | 'f' | null | undefined {
  const m = /(?:^|:)pronoun-(he|she)$/.exec(rule);
  if (m !== null) return m[1] === 'he' ? 'm' : 'f';
  return rule === 'prior-sentence-pronoun' ? null : undefined;
}

/** Words of a name to look for in the text: its words of two letters or more, not joiners, lower-cased; and its last two words together. */
export function nameWords(name: string): string[] {
  const ws = name.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/[’']s$/u, ''));
  const out = ws.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 2 && !JOINERS.has(w.toLowerCase())).map((w) => w.toLowerCase());
  if (ws.length >= 2) out.push(`${ws[ws.length - 2]} ${ws[ws.length - 1]}`.toLowerCase().trim());
  return out.filter((w) => w.length > 0);
}

/** The text of a paragraph with its quotes blanked (same length, so offsets hold). */
function outsideQuotes(text: string, quotes: readonly Voiced[]): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    if (q.start < at) continue;
    out += text.slice(at, q.start) + ' '.repeat(q.end - q.start);
    at = q.end;
  }
  return out + text.slice(at);
}

/** The last offset in `text` (before `until`) where a word of `words` is written whole, case aside; -1 if none. */
function lastMention(text: string, words: readonly string[], until: number): number {
  const lower = text.slice(0, until).toLowerCase();
  let best = -1;
  for (const w of words) {
    let at = lower.lastIndexOf(w);
    while (at >= 0) {
      const before = at === 0 ? '' : lower.charAt(at - 1);
      const after = lower.charAt(at + w.length);
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) { best = Math.max(best, at); break; }
      at = at === 0 ? -1 : lower.lastIndexOf(w, at - 1);
    }
  }
  return best;
}

const named = (q: Voiced): q is Voiced & { speaker: string } => q.speaker !== null && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD;

/**
 * Whether quote `k` of paragraph `p`, its speaker reached by a pronoun, passes over a nearer voice (see
 * the module's comment). Reads only the quote's paragraph and the VOICE_WINDOW before it.
 */
export function passedOverVoice(paragraphs: readonly string[], quotes: ReadonlyArray<readonly Voiced[]>, p: number, k: number, aliasKeys?: (speaker: string) => readonly string[]): boolean {
  const q = quotes[p]![k]!;
  if (!named(q)) return false;
  const gender = pronounOfRule(q.rule);
  if (gender === undefined) return false;
  // (with the words of a short form the article tied to the speaker's full name: "Dona Cida", short-forms.ts)
  const aliases = aliasKeys?.(q.speaker) ?? [];
  const own = aliases.length === 0 ? nameWords(q.speaker) : [...nameWords(q.speaker), ...aliases.map((w) => w.toLowerCase())];
  if (own.length === 0) return false;
  const ownSet = new Set(own);
  // named in the quote's own paragraph, before it: the pronoun's antecedent is at hand
  const outside: string[] = [];
  outside[p] = outsideQuotes(paragraphs[p]!, quotes[p]!);
  if (lastMention(outside[p]!, own, q.start) >= 0) return false;
  // the speaker's last mention in the paragraphs before (-1, -1: none in the window)
  let mentionP = -1;
  let mentionAt = -1;
  for (let i = p - 1; i >= Math.max(0, p - VOICE_WINDOW); i--) {
    outside[i] = outsideQuotes(paragraphs[i]!, quotes[i]!);
    const at = lastMention(outside[i]!, own, outside[i]!.length);
    if (at >= 0) { mentionP = i; mentionAt = at; break; }
  }
  for (let i = Math.max(0, p - VOICE_WINDOW); i <= p; i++) {
    for (const r of quotes[i]!) {
      if (i === p && r.start >= q.start) break;
      if (i < mentionP || (i === mentionP && r.start < mentionAt)) continue;
      if (!named(r) || r === q) continue;
      if (nameWords(r.speaker).some((w) => ownSet.has(w))) continue;
      const e = r.entity;
      if (e === undefined || e === null || e.kind === 'org') continue;
      if (gender !== null && e.gender !== null && e.gender !== gender) continue;
      return true;
    }
  }
  return false;
}

/** Why the proposed string names no speaker (see the module's comment), or null. `paragraph` is the quote's. */
export function noNameEvidence(speaker: string, rule: string, paragraph: string): 'modifier' | 'headline' | 'member-of' | 'ordinary' | null {
  const words = spacedWords(speaker).filter((w) => /\p{L}/u.test(w));
  if (words.some((w) => /\p{L}-based$/iu.test(w))) return 'modifier';
  if (words.length >= 3 && words.every((w) => !/\p{Ll}/u.test(w)) && words.some((w) => isFunctionWord(w.toLowerCase()))) return 'headline';
  if (beforeMemberTitle(speaker, paragraph)) return 'member-of';
  const bare = words.map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  if (typeof pronounOfRule(rule) === 'string' && bare.every((w) => isCommonWord(w) && givenNameGender(w) === null)) return 'ordinary';
  return null;
}

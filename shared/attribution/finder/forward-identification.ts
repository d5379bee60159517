/**
 * Delayed identification: news copy quotes first and names the speaker later. A headline quote
 * ("‘We fear nobody’: McAvoy fires derby warning") or a lede partial whose subject is a description
 * ("A senior judge described the fraud as “a betrayal …”", "The company blamed “cautious shoppers”")
 * has its speaker in the body. After the whole article is read, a quote of the opening paragraphs
 * left without a speaker is given one read FORWARD:
 * (a) the same words (the whole quote, or a run of at least four of its words) quoted again later,
 *     all such later quotes having one confident speaker → that speaker (`forward-repeat`);
 * (b) its subject's description names an office ("judge", "governor", "coach") or a body ("the
 *     council", "the ministry", "the company"), or the headline names a surname next to the quote →
 *     the one entity the rest of the article introduces with that office, body noun or name
 *     (`forward-role`, `forward-body`, `forward-headline-name`);
 * (c) anything else, or two candidates → nobody (the quote keeps no speaker).
 * Contract: `identifyForward(all, paragraphs, memory, place)` changes only drafts in the opening
 * paragraphs (the first; the first two when the first is a headline) that are quotes (not phrases)
 * with no confident speaker; `place(draft, name, role, pos)` writes the name as the article shows it.
 * Pure reads of the final discourse model (memory.ts).
 */
import type { Draft } from './carry-over';
import { lowerText, roleWords } from './entity-facts';
import { ORG_NOUNS, ROLE_SYNONYMS } from './lexicon';
import type { Entity, EntityMemory, Mention } from './memory';
import { analyseNounPhrase } from './names';
import { isCommonWord, tagOf } from './nlp';
import { escapeRegExp, hasSurrogate, occursBetween } from './literal-search';
import { SPEAKER_CONFIDENCE_THRESHOLD } from './types';
import { HEADLINE_SAYS_NAME, headlineRole, holderOf } from './headline-roles';

/**
 * Where an attribution's noun phrase was read: the words and their offset in the whole text; for a
 * pronoun ("… has told an inquiry she warned …"), the noun phrase of its sentence's subject.
 */
export type ClueAt = { np: string; at: number; subject?: string };

/** Confidence of a speaker read forward: below a stated name, above the threshold. */
const FORWARD_CONFIDENCE = 0.75;

/**
 * A first paragraph with no closing stop and few words is a headline (or a standfirst line); so is one
 * whose only stop is a question or exclamation closing its last quote, after a colon or a dash
 * ("Court weighs phone sweeps: ‘Where does it stop?’"): a headline quotes, a lede sentence reports.
 */
export function isHeadline(paragraph: string): boolean {
  const t = paragraph.trim();
  if (t === '' || t.split(/\s+/).length > 25) return false;
  if (!/[.!?…]["'”’)\]]*$/u.test(t)) return true;
  return /[:–—]\s*[‘“'"][^‘“'".!?…]+[?!]+[’”'"]$/u.test(t) && !/[.!?…]/u.test(t.replace(/[?!]+[’”'"]$/u, ''));
}

/** No letter or digit before (sticky); no letter or digit, nor space and a capital, after (sticky): for occursBetween. */
const NOT_AFTER_LETTER = /(?<![\p{L}\p{N}])/uy;
const NOT_BEFORE_LETTER_OR_NAME = /(?![\p{L}\p{N}]|\s+\p{Lu})/uy;

/**
 * Whether a one-word capitalised speaker read in a headline is nowhere in the body as a name: never
 * written capitalised there, or only as the opening word of a longer capitalised run ("Netball New
 * Zealand" is a body's name, not "Netball"). A surname the body writes ("… coach Ander Ibarrola
 * said") is named.
 */
function unnamedInBody(speaker: string, body: readonly string[]): boolean {
  if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(speaker)) return false;
  if (hasSurrogate(speaker)) {
    const alone = new RegExp(String.raw`(?<![\p{L}\p{N}])${speaker}(?![\p{L}\p{N}]|\s+\p{Lu})`, 'u');
    return !body.some((p) => alone.test(p));
  }
  return !body.some((p) => occursBetween(p, speaker, NOT_AFTER_LETTER, NOT_BEFORE_LETTER_OR_NAME));
}

/** Capital initials of a phrase's words, its small words ("of", "the", "and", "for", "&") skipped: "Leader of the Opposition" → "LP". */
const initialsOf = (phrase: string): string =>
  phrase.split(/\s+/).filter((w) => w !== '' && !/^(?:of|the|and|for|&)$/i.test(w)).map((w) => w.charAt(0).toUpperCase()).join('');

/**
 * A headline's speaker written as an abbreviation ("FM", "CM", "LoP", "KWS": two to six letters, capitals
 * but for small words' letters) that the body spells out: the one entity introduced after the headline
 * whose role (a person's office: "Finance Minister", "Leader of the Opposition") or whose name (a body's:
 * "Kenya Wildlife Service") has those initials. Null when none or more than one does.
 */
function byAbbreviation(speaker: string, from: number, memory: EntityMemory): Entity | null {
  if (!/^\p{Lu}[\p{Lu}a-z]{1,5}$/u.test(speaker) || (speaker.match(/\p{Lu}/gu)?.length ?? 0) < 2) return null;
  const letters = speaker.replace(/[a-z]/g, '');
  const fits = (e: Entity): boolean => e.name !== speaker && (e.kind === 'person'
    ? e.role !== '' && /^\p{Lu}/u.test(e.role) && initialsOf(e.role) === letters
    : e.kind === 'org' && initialsOf(e.name) === letters);
  const found = new Set(introducedAfter(memory, from).map((c) => c.entity).filter(fits));
  return found.size === 1 ? [...found][0]! : null;
}

/** Lower-case words of a quote, for comparing quoted words. */
const wordsOf = (s: string): string[] => s.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];

/** Whether `a` holds `b` as a contiguous run. */
function holdsRun(a: readonly string[], b: readonly string[]): boolean {
  outer: for (let i = 0; i + b.length <= a.length; i++) {
    for (let j = 0; j < b.length; j++) if (a[i + j] !== b[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether `later` repeats `early`: all its words (two or more), or a run of four of them. */
function repeats(early: readonly string[], later: readonly string[]): boolean {
  if (early.length >= 2 && holdsRun(later, early)) return true;
  for (let i = 0; i + 4 <= early.length; i++) if (holdsRun(later, early.slice(i, i + 4))) return true;
  return false;
}

const confident = (d: Draft): boolean => d.phrase === null && d.speaker !== null && d.confidence >= SPEAKER_CONFIDENCE_THRESHOLD;

/** Word classes that carry no content of a quote's own: "we", "the", "will", "is", "not", "just". */
const EMPTY_TAGS = /^(?:Adverb|Conjunction|Preposition|Determiner|Pronoun|QuestionWord|Possessive|Copula|Modal|Auxiliary|Negative|Expression)$/;
/** Verbs that help another verb ("have a say" keeps "say"): no content of their own. */
const HELPERS = /^(?:have|has|had|having|do|does|did|be|been|being|get|got)$/;

/**
 * The content words of a quote's words: three letters or more, a contraction read by its stem ("we’ll"
 * → "we", no content), no word of a closed class (pronoun, determiner, preposition, modal, copula,
 * negation, adverb) and no helping verb.
 */
function contentWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of words) {
    if (raw.endsWith("n't")) continue;
    const w = raw.replace(/'\p{L}+$/u, '');
    if (w.length < 3 || HELPERS.test(w) || /^\p{N}+$/u.test(w)) continue;
    const tag: unknown = tagOf(w);
    if ((Array.isArray(tag) ? tag : [tag]).some((t) => typeof t === 'string' && EMPTY_TAGS.test(t))) continue;
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

/**
 * Whether `later` says `early` again in other words: every content word of `early` is a word of
 * `later`, in the same order ("We betrayed our customers" in "We betrayed the trust of our customers");
 * a headline's one content word ("‘thin’ evidence") only when `early` is at most two words, a partial
 * that marks one word of what the body quotes.
 */
function restates(early: readonly string[], later: readonly string[]): boolean {
  const content = contentWords(early);
  if (content.length === 0 || (content.length === 1 && early.length > 2)) return false;
  let at = 0;
  for (const w of content) {
    const i = later.indexOf(w, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

/**
 * (a) The one speaker of later quotes repeating `d`'s words (the same words, else the same content
 * words, read only when no quote repeats the same words: `restates`); null when none, or when two
 * speakers' quotes repeat them. In the looser reading a restating quote with no confident speaker
 * makes it nobody too: the words may be that quote's, whose speaker is not known.
 */
function bySameWords(d: Draft, later: readonly Draft[]): Draft | null {
  const early = wordsOf(d.text);
  const pick = (same: (l: readonly string[]) => boolean, strict: boolean): Draft | null | 'none' => {
    let found: Draft | null = null;
    let any = false;
    for (const l of later) {
      if (l.phrase !== null || !same(wordsOf(l.text))) continue;
      any = true;
      if (!confident(l)) {
        if (strict) return null;
        continue;
      }
      // a surname alone (the body's reading missed the full name) is not copied to the headline: nobody
      if (!/\s/.test(l.speaker!.trim()) && l.entity?.kind !== 'org') return null;
      if (found !== null && found.speaker!.toLowerCase() !== l.speaker!.toLowerCase()) return null;
      found ??= l;
    }
    return found ?? (any ? null : 'none');
  };
  const exact = pick((l) => repeats(early, l), false);
  if (exact !== 'none') return exact;
  const loose = pick((l) => restates(early, l), true);
  return loose === 'none' ? null : loose;
}

/** Whether a later quote repeats `d`'s words (the same words, else the same content words: `bySameWords`'s reading). */
function quotedAgain(d: Draft, later: readonly Draft[]): boolean {
  const early = wordsOf(d.text);
  return later.some((l) => l.phrase === null && (repeats(early, wordsOf(l.text)) || restates(early, wordsOf(l.text))));
}

/** The distinct entities mentioned after `from`, in the order of their first mention there. */
function introducedAfter(memory: EntityMemory, from: number): Array<{ entity: Entity; first: Mention }> {
  const all = memory.before(Number.MAX_SAFE_INTEGER, 100000);
  const seen = new Map<Entity, Mention>();
  for (let i = all.length - 1; i >= 0; i--) {
    const m = all[i]!;
    if (m.pos > from && !seen.has(m.entity)) seen.set(m.entity, m);
  }
  return [...seen].map(([entity, first]) => ({ entity, first }));
}

/** Nouns for a business, which any company's name may stand for. */
const COMMERCIAL = /^(?:company|firm|group|retailer|lender|bank|miner|carmaker|automaker|chipmaker|drugmaker|insurer|airline|operator|developer|producer|manufacturer|startup|giant|conglomerate|exchange|platform)$/;

/** Generic words for a body's head ("the head of the cooperative", "the boss of Acme"). */
const HEAD_OF = /^(?:head|chief|boss|leader|chair|chairman|chairwoman|chairperson)$/;

/** Words too general to show that a description and a name's role are one ("the", "former", "said"). */
const GENERAL = /^(?:the|a|an|of|at|for|in|on|and|to|with|its|his|her|their|former|senior|top|new|said|says)$/;

/**
 * (b) The description's head noun (office or body) read against the entities the body introduces:
 * the subject of the next paragraph's first sentence (news copy identifies the lede's "a senior
 * judge" there) when it fits; else the one fitting entity of the next two paragraphs; else null.
 */
function byDescription(np: string, from: number, memory: EntityMemory, nextStarts: readonly number[], nextSubject: Mention | null): Entity | null {
  const a = analyseNounPhrase(np);
  if (a === null) return null;
  const phrase = a.kind === 'anonymous' ? a.description : a.kind === 'backref' ? a.phrase : null;
  if (phrase === null) return null;
  // (the whole phrase as written: the analysis keeps only the office, "boss" of "The boss of Kestrel Rail")
  const lower = np.trim().toLowerCase().replace(/^(?:the|a|an|one|its|his|her|their)\s+/, '');
  // "head of a Midwestern power cooperative": the office and what it heads
  const [own, of] = lower.split(/\s+(?:of|at|for)\s+/, 2) as [string, string | undefined];
  const ownWords = own.split(/\s+/).filter((w) => w !== '');
  const head = ownWords.at(-1)!;
  if (head === undefined || /[^s]s$/.test(head) && !ORG_NOUNS.has(head)) return null;
  const body = ORG_NOUNS.has(head) || head === 'police';
  const candidates = introducedAfter(memory, from).filter((c) => c.first.pos < nextStarts[2]!);
  // modifiers that are no ordinary word (a place, a club) must be in the holder's name or role
  const proper = ownWords.slice(0, -1).filter((w) => /^\p{Ll}+$/u.test(w) && !isCommonWord(w));
  const modified = (e: Entity): boolean => proper.every((w) => lowerText(e).includes(w));
  let fits: (e: Entity) => boolean;
  if (body) {
    fits = (e) => e.kind !== 'person' && e.name.toLowerCase().split(/\s+/).includes(head) && modified(e);
    // "The company blamed …" … "Harbour Retail said …": a business named as the next paragraph's subject
    const next = nextSubject?.entity;
    if (next !== undefined && next.kind === 'org' && modified(next) && (fits(next) || COMMERCIAL.test(head))) return next;
  } else {
    const synonyms = [head, ...(ROLE_SYNONYMS.get(head) ?? [])];
    const ofHead = of === undefined ? null : of.split(/\s+/).at(-1)!;
    const byRole = (e: Entity): boolean => roleWords(e).some((w) => synonyms.includes(w.replace(/[,.'’]+$/, '')));
    // "The leader of Ashby District Council": what the office heads must be in the holder's name or role
    fits = (e) => e.kind !== 'org' && e.role !== '' && modified(e) && (ofHead === null || lowerText(e).includes(ofHead)) && byRole(e);
        // the next paragraph’s subject: its role holds the office or shares a word with the description
    // ("A former senior executive at a health agency" … "X, the former director of procurement at Regional Health Infrastructure")
    // (what the paragraph says of the subject: its role, the words before its name and an apposition
    // after it, "Tuvalu's Minister for Finance, Aleki Talakatoa", "X, the former director of procurement at …,")
    const subject = nextSubject?.entity;
    if (subject !== undefined && subject.kind !== 'org') {
      const said = `${lowerText(subject)} ${appositionOf(memory, nextSubject!, nextStarts[0]!).toLowerCase()}`.split(/[\s,'’-]+/);
      const shared = lower.split(/[\s-]+/).some((w) => w.length >= 4 && !GENERAL.test(w) && said.includes(w));
      const office = said.some((w) => synonyms.includes(w));
      if (office || shared || (HEAD_OF.test(head) && of !== undefined)) return subject;
    }
  }
  const fitting = candidates.filter((c) => fits(c.entity));
  return fitting.length === 1 ? fitting[0]!.entity : null;
}

const HEADLINE_NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*`;
/** A name after a headline's quote ("‘…’: McAvoy", "‘…’, says Ashdown") and before it ("Ashdown: ‘…’"), group 1. */
const HEADLINE_NAME_AFTER = new RegExp(String.raw`^[\s’'”"]*(?::|[,–—-]\s*(?:${HEADLINE_SAYS_NAME}))\s*(${HEADLINE_NAME})`, 'u');
/** A dash, then a name that ends the headline or is its clause's subject (a lower-case verb follows): "‘…’ – Grech tears into …", "‘…’ - Mwelwa". */
const HEADLINE_NAME_DASHED = new RegExp(String.raw`^[’'”"]*\s+[–—-]\s*(${HEADLINE_NAME})(?=\s*$|\s+\p{Ll})`, 'u');
const HEADLINE_NAME_BEFORE = new RegExp(String.raw`(${HEADLINE_NAME})\s*(?::|${HEADLINE_SAYS_NAME})\s*[‘“'"]?$`, 'u');

/**
 * The name a headline sets next to its quote: "‘We fear nobody’: McAvoy fires …", "Ashdown: ‘in no
 * hurry’", "‘…’, says Ashdown", "‘…’ – Ashdown hits back" → the entity the body names by it (a person named in full, or a
 * body); null otherwise.
 */
function byHeadlineName(headline: string, d: Draft, from: number, memory: EntityMemory): Entity | null {
  const after = HEADLINE_NAME_AFTER.exec(headline.slice(d.end)) ?? HEADLINE_NAME_DASHED.exec(headline.slice(d.end));
  const before = HEADLINE_NAME_BEFORE.exec(headline.slice(0, d.start));
  const name = after?.[1] ?? before?.[1];
  if (name === undefined) return null;
  const e = memory.find(name);
  if (e === null || e.kind === 'unknown' || (e.kind === 'person' && e.keys.length < 2)) return null;
  return introducedAfter(memory, from).some((c) => c.entity === e) ? e : null;
}

/** The words of a paragraph before a mention and the apposition right after it, up to its comma. */
function appositionOf(memory: EntityMemory, m: Mention, paragraphStart: number): string {
  const before = memory.textFrom(paragraphStart, Math.max(0, m.pos - paragraphStart));
  const after = /^[^,]*,([^,;.]{0,120})[,;]/u.exec(memory.textFrom(m.pos, 200))?.[1] ?? '';
  return `${before} ${after}`;
}

/**
 * A paragraph that is one short quote and nothing else, with no stop inside its marks: a crosshead. An
 * apostrophe inside a word ("‘We’ll finally have a say’") is no mark; a live blog's time ("17.31 GMT –
 * ‘…’") or a one- to three-word kicker and colon ("District: ‘…’") may stand before the quote.
 */
const CROSSHEAD = /^\s*(?:\d{1,2}[.:]\d{2}(?:\s*\p{Lu}{2,4}|\s*[ap]\.?m\.?)?\s*[–—-]\s*|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}:\s*)?[“"‘'](?:[^“”"‘’]|(?<=\p{L})[’'](?=\p{L})){1,80}[”"’']\s*$/u;
const isCrosshead = (paragraph: string): boolean => CROSSHEAD.test(paragraph)
  && !/[.!?…,;:]\s*[”"’']\s*$/u.test(paragraph) && paragraph.trim().split(/\s+/).length <= 12;

/** The first mention of sentence `sentence` when it is its subject or opens it (at `start`). */
function subjectOf(memory: EntityMemory, sentence: number, start: number): Mention | null {
  const all = memory.before(Number.MAX_SAFE_INTEGER, 100000);
  let first: Mention | null = null;
  let subject: Mention | null = null;
  for (const m of all) {
    if (m.sentence !== sentence) continue;
    if (first === null || m.pos < first.pos) first = m;
    if (m.subject && (subject === null || m.pos < subject.pos)) subject = m;
  }
  return subject ?? (first !== null && first.pos - start < 4 ? first : null);
}

/** An "of" phrase up to its verb: "The head" of "The head of a regional water utility apologised …". */
const COMPLEMENT = /^\s+((?:of|at|for)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+)(?=\s+(?:has|have|had|was|is|were|are|will|would|on|in|told|said|says|\p{Ll}+ed)\b|\s*[,.;:])/u;

/** The clue's noun phrase with the "of"/"at"/"for" phrase the attribution reading left after it. */
function withComplement(clue: ClueAt, memory: EntityMemory): string {
  const np = clue.np.trim();
  const start = clue.at + clue.np.length - clue.np.trimStart().length;
  const rest = COMPLEMENT.exec(memory.textFrom(start + np.length, 100));
  return rest === null ? np : `${np} ${rest[1]!}`;
}

/** Whether the body from `from` on writes `e`'s name whole, not as the opening of a longer name ("Netball New Zealand"). */
function namedInBody(e: Entity, memory: EntityMemory, from: number): boolean {
  if (e.name === '' || hasSurrogate(e.name)) {
    const name = escapeRegExp(e.name);
    return new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`, 'u').test(memory.textFrom(from, 1e9));
  }
  return occursBetween(memory.textFrom(from, 1e9), e.name, NOT_AFTER_LETTER, NOT_BEFORE_LETTER_OR_NAME);
}

/** Give quotes of the opening paragraphs a speaker the article names later (see the module's contract). */
export function identifyForward(all: Draft[][], paragraphs: readonly string[], memory: EntityMemory,
  clues: ReadonlyMap<Draft, ClueAt>, firstSentences: readonly number[], place: (d: Draft, name: string, role: string, pos: number) => void): void {
  const opening = isHeadline(paragraphs[0] ?? '') ? 2 : 1;
  let base = 0;
  const bases = paragraphs.map((p) => { const b = base; base += p.length + 1; return b; });
  // "‘A very clear message’" alone between paragraphs: a crosshead quotes words the story gives
  // further on; their speaker, or nobody (never the speaker of the paragraph before)
  for (let i = opening; i < all.length; i++) {
    const ds = all[i]!;
    if (ds.length !== 1 || ds[0]!.phrase !== null || !isCrosshead(paragraphs[i] ?? '')) continue;
    const d = ds[0]!;
    const same = bySameWords(d, all.slice(i + 1, i + 4).flat());
    if (same !== null) Object.assign(d, { speaker: same.speaker, role: same.role, entity: same.entity, confidence: FORWARD_CONFIDENCE, rule: `${d.rule}>crosshead-repeat` });
    else if (d.rule === 'next-paragraph' || d.rule === 'run-on') Object.assign(d, { speaker: null, role: '', entity: null, confidence: 0, rule: `${d.rule}>crosshead` });
  }
  for (let i = 0; i < Math.min(opening, all.length); i++) {
    for (const d of all[i]!) {
      // "Rugby: ‘We kept believing’ – …": a headline's kicker before the colon is its topic, not its
      // speaker, when no word of it names anyone the body mentions
      if (i === 0 && opening === 2 && d.phrase === null && d.entity !== null && /^leading-colon:/.test(d.rule) && !namedInBody(d.entity, memory, bases[1] ?? Number.MAX_SAFE_INTEGER)) {
        Object.assign(d, { speaker: null, role: '', entity: null, confidence: 0, rule: `${d.rule}>kicker` });
      }
      // a headline's one-word "speaker" the body never writes as a name ("Netball: “…”", a kicker; "Fuel hike:
      // “…”") names nobody: a headline's speaker is named in the story under it
      const kicker = i === 0 && opening === 2 && d.phrase === null && d.speaker !== null && unnamedInBody(d.speaker, paragraphs.slice(1));
      if (kicker) Object.assign(d, { speaker: null, role: '', entity: null, confidence: 0, rule: `${d.rule}>headline-only` });
      // a headline's abbreviation the body spells out: "FM says …" over "Finance Minister Dr. Asha Rao …",
      // "‘…’, says LoP" over "Leader of the Opposition K.S. Gowda …", "KWS warns" over "Kenya Wildlife Service"
      const spelt = i === 0 && opening === 2 && d.phrase === null && d.speaker !== null ? byAbbreviation(d.speaker, paragraphs[0]!.length, memory) : null;
      // "Acme vows: ‘No more layoffs’" over "“There will be no more layoffs,” said Jo Marsh, Acme's chief": a
      // headline's body (named, or spelt out from its abbreviation) gives way to the one person the body
      // gives the same words; the body's words are that person's, the headline names whom they speak for
      // (a "person" the headline names who speaks no quote of the body is a body read as a name: "Prairie Lakes
      // CEO says bank ‘…’", "First Nation vows ‘…’")
      const holder = spelt ?? d.entity;
      if (i === 0 && opening === 2 && d.phrase === null && d.speaker !== null && !kicker && holder !== null
        && (holder.kind === 'org' || (holder.kind === 'person' && !all.slice(i + 1).some((ds) => ds.some((b) => confident(b) && b.entity === holder))))) {
        const body = bySameWords(d, all.slice(i + 1).flat());
        if (body !== null && body.entity !== holder && body.entity?.kind === 'person') {
          Object.assign(d, { speaker: body.speaker, role: body.role, entity: body.entity, confidence: FORWARD_CONFIDENCE, rule: `${d.rule}>forward-repeat-person` });
          continue;
        }
      }
      if (spelt !== null) {
        Object.assign(d, { speaker: spelt.name, role: spelt.role, entity: spelt, confidence: FORWARD_CONFIDENCE, rule: `${d.rule}>forward-abbreviation` });
        place(d, spelt.name, spelt.role, base);
        continue;
      }
      // "Fishermen vow to fight …: ‘They are taking our best grounds’" over "“They are taking our best
      // grounds …,” said Arnfinn Kvalsvik": a headline's speaker that is no one the article names in full
      // (a plural noun, a lone word) gives way to the one speaker the body gives the same words
      if (i === 0 && opening === 2 && d.phrase === null && d.speaker !== null && d.confidence >= SPEAKER_CONFIDENCE_THRESHOLD && !kicker
        && (d.entity === null || d.entity.kind === 'unknown' || (d.entity.kind === 'person' && d.entity.keys.length < 2))) {
        const body = bySameWords(d, all.slice(i + 1).flat());
        if (body !== null && body.entity !== d.entity && body.entity?.kind === 'person') {
          Object.assign(d, { speaker: body.speaker, role: body.role, entity: body.entity, confidence: FORWARD_CONFIDENCE, rule: `${d.rule}>forward-repeat` });
          continue;
        }
      }
      if (d.phrase !== null || (d.speaker !== null && d.confidence >= SPEAKER_CONFIDENCE_THRESHOLD && !kicker)) continue;
      // a group, two subjects together or one who speaks for another stay nobody
      // (the resolution's part of the rule: "leading-coordinated" is a clue, "subject-coordinated" two subjects)
      if (/coordinated|spokes-for|ambiguous|group|plural/.test(d.rule.split(':').at(-1)!)) continue;
      const later = all.slice(i + 1).flat();
      const same = bySameWords(d, later);
      if (same !== null) {
        Object.assign(d, { speaker: same.speaker, role: same.role, entity: same.entity, confidence: FORWARD_CONFIDENCE, rule: `${d.rule}>forward-repeat` });
        continue;
      }
      const from = bases[i]! + paragraphs[i]!.length;
      const clue = clues.get(d);
      const starts = [1, 2, 3].map((k) => bases[i + k] ?? Number.MAX_SAFE_INTEGER);
      // (a pronoun stands for its sentence's subject: "A former manager … has told an inquiry she warned …")
      const np = clue === undefined ? undefined : /^(?:he|she|it|they)$/i.test(clue.np.trim()) ? clue.subject : withComplement(clue, memory);
      const described = np === undefined ? null : byDescription(np, from, memory, starts, subjectOf(memory, firstSentences[i + 1] ?? -1, starts[0]!));
      // ("‘We pay, but we still sit in the dark’: Rietspruit residents fume" over "“We pay, but we still sit in
      // the dark …,” she told the paper": words the body quotes again are that body quote's speaker's; when the
      // body's reading gives it none, a name elsewhere in the headline is only whom the story is about:
      // nobody. A name the headline sets before the words and a colon, "Furlong: ‘…’", still speaks them)
      const headlined = described === null && i === 0 && opening === 2 ? byHeadlineName(paragraphs[0]!, d, from, memory) : null;
      const byName = described ?? (headlined !== null && !/^leading-colon:/.test(d.rule) && quotedAgain(d, later) ? null : headlined);
      // ("‘…’, says council leader", "Sheriff: Smuggling pursuits ‘…’": the office the headline sets beside its
      // quote, held by one person (or the body noun named by one body) the story introduces)
      const office = byName === null && i === 0 && opening === 2 ? headlineRole(paragraphs[0]!, d.start, d.end) : null;
      const entered = office === null ? [] : introducedAfter(memory, from);
      // (what its sentence says right before the first mention and in an apposition after it: "On Monday, harbour master X")
      const officeHolder = office === null ? null : holderOf(office, entered.map((c) => c.entity), (e) => {
        const m = entered.find((c) => c.entity === e)!.first;
        const before = memory.textBefore(m.pos).slice(-40).split(/[.!?…\n]/u).at(-1)!;
        return `${before} ${/^[^,]*,([^,;.]{0,120})[,;]/u.exec(memory.textFrom(m.pos, 200))?.[1] ?? ''}`;
      });
      const named = byName ?? officeHolder;
      if (named === null) continue;
      const how = described !== null ? (named.kind === 'person' ? 'forward-role' : 'forward-body') : officeHolder !== null ? 'forward-headline-role' : 'forward-headline-name';
      Object.assign(d, { speaker: named.name, role: named.role, entity: named, confidence: FORWARD_CONFIDENCE, rule: `${d.rule}>${how}` });
      place(d, named.name, named.role, from);
    }
  }
}

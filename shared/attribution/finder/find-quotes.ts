/**
 * findQuotes: quotes in wire copy with a proposed speaker, context carried across paragraphs.
 *
 * Confidence scale (0..1): a full name stated with the quote 0.95; an organisation 0.9; a surname
 * resolved to a name seen earlier 0.9; a single unknown name ("Gazprom said") 0.65; a pronoun or
 * back-reference 0.55–0.85 by how clear the antecedent is; a quote continuing the previous speaker's
 * words 0.7–0.85. Anonymous sources ("a source familiar with the matter", "a senior diplomat"), unnamed
 * groups, nicknames, titles of works and quotes with no attribution score 0–0.3: below
 * SPEAKER_CONFIDENCE_THRESHOLD, so their speaker is null and the quote shows as unattributed; an
 * anonymous source's description is kept in `role` as a hint to the editor.
 */
import { leadingClue, quoteKind, trailingClue, type Clue, type SentenceContext } from './attribution-rules';
import { sentenceSubject } from './clauses';
import { DOCUMENT_NOUNS, ORG_NOUNS, SPEECH_VERBS } from './lexicon';
import { EntityMemory, type Entity } from './memory';
import { givenNameGender, isBareCommonNoun, isCommonWord } from './nlp';
import { documentClaims, mentionPhrases } from './mentions';
import { analyseNounPhrase, orgInRole, type Named } from './names';
import { datelineEnd, maskQuotes, splitSentences } from './sentences';
import { classifyPhrase, type PhraseCall } from './phrases';
import { findMarkedSpans } from './spans';
import { isDemonym, isNameWord, isOrgHead, isTitle, tokenize } from './tokens';
import type { FoundPhrase, FoundQuotations, FoundQuote, MarkedSpan } from './types';

/** Below this confidence the proposed speaker is withheld (null): never a silent guess. */
export const SPEAKER_CONFIDENCE_THRESHOLD = 0.5;

type Proposal = { speaker: string | null; role: string; source: string; confidence: number; rule: string; entity: Entity | null };
type Draft = FoundQuote & {
  entity: Entity | null;
  sentence: number;
  startsSentence: boolean;
  startsParagraph: boolean;
  /** the quote was left open: it runs on into the next paragraph */
  runOn: boolean;
  /** an attribution was found for it (even one resolving to nobody) */
  attributed: boolean;
  /** nobody's words (a title, a scare quote…): proposed as a phrase, not a quote */
  phrase: PhraseCall | null;
};

/** Give `d` the speaker of `from`, at no more than `confidence`. */
function inherit(d: Draft, from: Draft, confidence: number, rule: string): void {
  Object.assign(d, { speaker: from.speaker, role: from.role, entity: from.entity, confidence: Math.min(from.confidence, confidence), rule });
}

const NONE: Proposal = { speaker: null, role: '', source: '', confidence: 0, rule: 'none', entity: null };

/**
 * "a spokesman for the Taoiseach" after "Taoiseach Liam Brennan", "a representative for Brooks" after
 * "Singer Kayla Brooks": one who speaks for a person named (or titled) before, never an organisation.
 */
function speaksForPerson(a: Named, memory: EntityMemory): boolean {
  return a.kind === 'org' && /^(?:spokesperson|spokesman|spokeswoman|representative)$/.test(a.role)
    && !a.name.split(/\s+/).some((w) => isOrgHead(w)) && memory.isPersonOrTheirRole(a.name);
}

/**
 * The latest "Given Surname" in the text before `pos` for a lone `surname`: one or two capitalised
 * words right before it, each a known given name or a word the lexicon does not know as ordinary
 * (so "Singer Brooks", "Mr Brooks", "Friday Brooks" do not count); null when there is none.
 */
function fullNameBefore(surname: string, pos: number, memory: EntityMemory): string | null {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(surname)) return null;
  const text = memory.textBefore(pos);
  const re = new RegExp(`((?:\\p{Lu}[\\p{Ll}'’-]+\\s+){1,2})${surname}\\b`, 'gu');
  let best: string | null = null;
  for (const m of text.matchAll(re)) {
    const given = m[1]!.trim().split(/\s+/);
    while (given.length > 0 && givenNameGender(given[0]!) === null && (isCommonWord(given[0]!) || !isNameWord(given[0]!))) given.shift();
    if (given.length > 0 && given.every((g) => givenNameGender(g) !== null || (!isCommonWord(g) && isNameWord(g)))) best = `${given.join(' ')} ${surname}`;
  }
  return best;
}

/** What a speaker phrase resolves to, using and updating what the text has named so far. */
function resolve(np: string, pos: number, sentence: number, memory: EntityMemory): Proposal {
  const a = analyseNounPhrase(np);
  if (a === null) return NONE;
  switch (a.kind) {
    case 'person':
    case 'org':
    case 'name': {
      // "the Danish drugmaker": a description of an organisation named before, else a new one
      const words = a.name.split(/\s+/);
      const descriptive = words.slice(0, -1).every((w) => /^\p{Ll}/u.test(w) || isDemonym(w) || /^(?:U\.S\.|US|U\.K\.|UK|EU)$/.test(w));
      if (a.kind === 'org' && /^\p{Ll}/u.test(words[words.length - 1]!) && descriptive) {
        const r = memory.backref(words[words.length - 1]!.toLowerCase(), a.name.toLowerCase(), pos, true);
        if (r !== null) return { speaker: r.entity.name, role: r.entity.role, source: '', confidence: r.confidence, rule: r.how, entity: r.entity };
      }
      // "the DCP": an acronym standing for the role of someone introduced before
      if (/^the\s+\p{Lu}{2,6}$/u.test(np.trim())) {
        const r = memory.byRoleInitials(a.name.replace(/^the\s+/i, ''), pos);
        if (r !== null) return { speaker: r.entity.name, role: r.entity.role, source: '', confidence: r.confidence, rule: r.how, entity: r.entity };
      }
      // "a spokesman for the Taoiseach" after "Taoiseach Liam Brennan": one who speaks for a person
      // named (or titled) before is not that person, and is not named: nobody
      if (speaksForPerson(a, memory)) {
        memory.noteAnonymous(a.role, sentence);
        return { ...NONE, role: `${a.role} for ${a.name}`, confidence: 0.2, rule: 'spokes-for-person' };
      }
      // "The Taoiseach said" after "Taoiseach Liam Brennan": a lone title is a description of its holder
      if (a.kind === 'name' && !a.name.includes(' ') && memory.find(a.name) === null && (isTitle(a.name) || memory.isPersonOrTheirRole(a.name))) {
        const r = memory.backref(a.name.toLowerCase(), a.name.toLowerCase(), pos, false, sentence);
        if (r === null) return { ...NONE, confidence: 0.3, rule: 'title-unresolved' };
        return { speaker: r.entity.name, role: r.entity.role, source: '', confidence: r.confidence, rule: `title-${r.how}`, entity: r.entity };
      }
      const known = memory.find(a.name, a.kind === 'name' ? 'unknown' : a.kind);
      // a lone common noun is nobody, unless it stands for a longer name seen before
      if ((known === null || known.name === a.name) && isBareCommonNoun(a.name, isOrgHead)) return { ...NONE, rule: 'common-noun' };
      // "Brooks said" when the reading of "… Kayla Brooks" missed the full name: the text before names
      // her in full, so the surname is not proposed alone
      if (a.kind === 'name' || a.kind === 'person') {
        const full = !a.name.includes(' ') && (known === null || !known.name.includes(' ')) ? fullNameBefore(a.name, pos, memory) : null;
        if (full !== null) {
          const entity = memory.add({ ...a, kind: 'person', name: full, titled: true }, pos, sentence, true);
          return { speaker: entity.name, role: a.role || entity.role, source: '', confidence: 0.8, rule: 'surname-expanded', entity };
        }
      }
      const entity = memory.add(a, pos, sentence, true);
      const single = a.name.split(/\s+/).length === 1;
      const confidence = known !== null && (known.kind !== 'unknown' || !single) ? 0.9
        : a.kind === 'name' ? 0.65 : a.kind === 'person' && single ? 0.75 : a.kind === 'org' ? 0.9 : 0.95;
      return { speaker: entity.name, role: a.role || entity.role, source: '', confidence, rule: known !== null ? 'known-name' : 'named', entity };
    }
    case 'pronoun': {
      const r = memory.pronoun(a.pronoun, pos);
      if (r === null) return { ...NONE, rule: `pronoun-${a.pronoun}-unresolved` };
      return { speaker: r.entity.name, role: r.entity.role, source: '', confidence: r.confidence, rule: r.how, entity: r.entity };
    }
    case 'backref': {
      if (memory.isAnonymousBackref(a.head, sentence)) return { ...NONE, confidence: 0.2, rule: 'backref-anonymous' };
      // "Walsh's spokeswoman said", "Ruiz's mother said": one related to a named person is not that
      // person and is not named here: nobody (an organisation's body, "Japan's transport ministry", and
      // a document, "Walsh's statement", are read as before)
      if (/^\p{Lu}[\p{L}.-]*['’]s?\s/u.test(np.trim()) && !ORG_NOUNS.has(a.head) && !DOCUMENT_NOUNS.has(a.head) && !/maker$/.test(a.head)) {
        memory.noteAnonymous(a.head, sentence);
        return { ...NONE, role: np.trim(), confidence: 0.2, rule: 'backref-related' };
      }
      let r = memory.backref(a.head, a.phrase, pos, false, sentence);
      if (r === null && /^(?:company|firm|carmaker|automaker|airline|group|lender|bank|retailer|insurer)$/.test(a.head)) {
        r = memory.companyLike(pos, (name) => givenNameGender(name.split(/\s+/)[0]!) !== null);
      }
      const source = r?.how === 'document' ? `a ${a.head}` : '';
      if (r === null) return { ...NONE, confidence: 0.3, rule: 'backref-unresolved' };
      return { speaker: r.entity.name, role: r.entity.role, source, confidence: r.confidence, rule: r.how, entity: r.entity };
    }
    case 'anonymous': {
      const head = /(\p{Ll}+)\s*$/u.exec(a.description)?.[1];
      if (head !== undefined) memory.noteAnonymous(head, sentence);
      return { ...NONE, role: a.description, confidence: 0.2, rule: 'anonymous' };
    }
    case 'group': {
      // "Police said": the force the story is about, an organisation speaker in wire copy
      if (a.org === null && /^police$/i.test(a.description)) {
        const entity = memory.add({ kind: 'org', name: 'Police', role: '', gender: null, titled: true }, pos, sentence, true);
        return { speaker: entity.name, role: '', source: '', confidence: 0.6, rule: 'group-police', entity };
      }
      if (a.org === null) return { ...NONE, role: a.description, confidence: 0.2, rule: 'group' };
      const entity = memory.add({ kind: 'org', name: a.org, role: '', gender: null, titled: true }, pos, sentence, true);
      return { speaker: entity.name, role: '', source: '', confidence: 0.7, rule: 'group-org', entity };
    }
    default: {
      const unreachable: never = a;
      return unreachable;
    }
  }
}

/** Register who is named in the sentence and who owns which document. */
function noteMentions(ctx: SentenceContext, memory: EntityMemory, base: number, sentence: number): void {
  for (const m of mentionPhrases(ctx)) {
    const a = analyseNounPhrase(m.np);
    if (a === null) continue;
    const pos = base + m.at;
    if ((a.kind === 'org' || a.kind === 'person' || a.kind === 'name') && speaksForPerson(a, memory)) {
      memory.noteAnonymous(a.role, sentence);
      continue;
    }
    if (m.org === true && (a.kind === 'person' || a.kind === 'name') && a.role === '' && memory.find(a.name) === null) {
      memory.add({ kind: 'org', name: a.name, role: '', gender: null, titled: true }, pos, sentence, m.subject);
      continue;
    }
    if (a.kind === 'org' || (a.kind === 'person' && a.titled && !m.locative)) {
      memory.add(a, pos, sentence, m.subject);
      const org = a.kind === 'person' ? orgInRole(a.role) : null;
      // "Kyle's lawyer, Sam Ortega": a person already introduced owns the role, not an organisation
      const ownerIsPerson = org !== null && (memory.find(org)?.kind === 'person' || givenNameGender(org) !== null);
      if (org !== null && !ownerIsPerson) memory.add({ kind: 'org', name: org, role: '', gender: null, titled: true }, pos, sentence, false);
    } else if (a.kind === 'person' || a.kind === 'name') {
      const known = memory.find(a.name);
      if (known !== null) memory.mention(known, pos, sentence, m.subject);
      else if (m.subject && a.kind === 'name' && !/\s/.test(m.np.trim())) memory.add(a, pos, sentence, true);
    } else if (a.kind === 'anonymous') {
      const head = /(\p{Ll}+)\s*$/u.exec(a.description)?.[1];
      if (head !== undefined) memory.noteAnonymous(head, sentence);
    }
    if (m.subject && ((a.kind === 'group' && a.org === null) || (a.kind === 'backref' && /\p{Ll}s$/u.test(a.head) && !/ss$/.test(a.head)))) {
      memory.noteGroup(sentence);
    } else if (a.kind === 'group' && a.org !== null) {
      memory.add({ kind: 'org', name: a.org, role: '', gender: null, titled: true }, pos, sentence, m.subject);
    }
  }
  for (const claim of documentClaims(ctx)) {
    const owner = claim.owner === 'subject' ? sentenceSubject(ctx.masked, ctx.tokens) : claim.owner;
    if (owner === null) continue;
    const r = resolve(owner.np, base + owner.at, sentence, memory);
    if (r.entity !== null && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) memory.noteDocument(claim.noun, r.entity, base + owner.at, sentence);
  }
}

/** A speech verb soon after the quote in its sentence whose speaker we could not read: no carry-over. */
function hasUnreadAttribution(ctx: SentenceContext, span: MarkedSpan, nextOpen: number): boolean {
  const after = ctx.tokens.filter((t) => t.start >= span.closeEnd && t.end <= Math.min(ctx.end, nextOpen)).slice(0, 8);
  return after.some((t) => t.kind === 'word' && SPEECH_VERBS.has(t.text));
}

/** A possessive word right before a quotation mark: "Holm's “", "the ministers' “". */
const POSSESSIVE_BEFORE = /(?:\p{L}['’]s|\p{L}s['’])\s*$/u;

function attribute(ctx: SentenceContext, span: MarkedSpan, nextOpen: number, memory: EntityMemory, base: number, sentence: number): Proposal {
  const kind = quoteKind(ctx, span);
  if (kind !== null) return { ...NONE, rule: kind };
  const clue: Clue | null = trailingClue(ctx, span, nextOpen) ?? leadingClue(ctx, span);
  // "grateful for Holm's “kind words”", "criticised the minister's “reckless” plan": whose words these
  // are is unclear (the possessor's or the speaker's), so a leading clue proposes nobody
  if (clue !== null && clue.rule.startsWith('leading') && POSSESSIVE_BEFORE.test(ctx.masked.slice(Math.max(ctx.start, span.openAt - 40), span.openAt))) {
    return { ...NONE, rule: 'possessive-before' };
  }
  if (clue === null) return hasUnreadAttribution(ctx, span, nextOpen) ? { ...NONE, rule: 'unread-attribution' } : NONE;
  // "The government condemned what it called “…”": a pronoun after the sentence's own subject is that
  // subject, named or not, never an entity from an earlier sentence
  const own = ownSubjectOfPronoun(ctx, clue);
  if (own !== null) {
    const r = resolve(own.np, base + own.at, sentence, memory);
    const rule = `${clue.rule}:subject-${r.entity === null ? 'unnamed' : r.rule}`;
    return r.entity === null ? { ...NONE, role: r.role, rule } : { ...r, source: clue.source || r.source, rule };
  }
  const r = resolve(clue.np, base + clue.at, sentence, memory);
  if (r.rule === 'anonymous') memory.noteAnonymousSpeaker(r.role, base + clue.at);
  if (r.entity !== null && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) {
    memory.mention(r.entity, base + clue.at, sentence, true);
    memory.noteSpeaker(r.entity, sentence);
  }
  return { ...r, source: clue.source || r.source, rule: `${clue.rule}:${r.rule}` };
}

/**
 * The sentence's subject when the clue is "it"/"they" inside the sentence after a subject that is an
 * organisation, a group, a description of one or a name that may be one ("The government … what it
 * called", "Amnesty International … which it called"); null otherwise (another clue, a pronoun subject, no subject, a person).
 */
function ownSubjectOfPronoun(ctx: SentenceContext, clue: Clue): { np: string; at: number } | null {
  const pronoun = clue.np.trim().toLowerCase();
  if (!/^(?:it|they)$/.test(pronoun) || !/^(?:what-called|leading-relative-pronoun)$/.test(clue.rule)) return null;
  const subject = sentenceSubject(ctx.masked, ctx.tokens);
  if (subject === null || subject.at >= clue.at) return null;
  const a = analyseNounPhrase(subject.np);
  if (a === null || a.kind === 'pronoun') return null;
  // a name with no given name, gender or role ("Amnesty International") may be an organisation too
  const unplaced = (a.kind === 'name' || a.kind === 'person') && a.gender === null && a.role === '' && givenNameGender(a.name.split(/\s+/)[0]!) === null;
  const orgLike = a.kind === 'org' || a.kind === 'group' || unplaced || (a.kind === 'backref' && (isOrgHead(a.head) || ORG_NOUNS.has(a.head)));
  return orgLike ? subject : null;
}

/** Give `d` the one subject of `sentence` (see EntityMemory.soleSubject) at `confidence`; whether it had one. */
function fromSoleSubject(d: Draft, sentence: number, confidence: number, memory: EntityMemory): boolean {
  const sole = memory.soleSubject(sentence);
  if (sole === null || isBareCommonNoun(sole.name, isOrgHead)) return false;
  Object.assign(d, { speaker: sole.name, role: sole.role, entity: sole, confidence, rule: 'prior-sentence-subject' });
  return true;
}

/**
 * Unattributed quotes that carry on an earlier speaker's words, in the paragraph or from the last one;
 * or, with no earlier quote, the words of the one subject of the sentence before in the paragraph
 * ("Ferris was more blunt. “…”"), at 0.65, or of the last sentence of a previous paragraph without
 * quotes when the quote opens its paragraph, at 0.6.
 */
function carryOver(drafts: Draft[], previous: readonly Draft[], lastSentenceBefore: number, memory: EntityMemory): void {
  const prevLast = previous[previous.length - 1];
  let earlier: Draft | undefined; // the latest quote of this paragraph with a confident speaker
  drafts.forEach((d, k) => {
    if (d.phrase === null && d.speaker !== null && d.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) earlier = d;
    if (d.phrase !== null) return;
    if (d.attributed || d.rule === 'nickname' || d.rule === 'work-title' || d.rule === 'unread-attribution') return;
    // Wire style puts a comma inside the closing mark when an attribution follows (“…,” X said):
    // one we could not read is no reason to hand the quote to an earlier speaker.
    if (/,\s*$/.test(d.text)) return;
    if (earlier !== undefined && earlier !== d && d.startsSentence) {
      inherit(d, earlier, 0.8, 'continuation');
      earlier = d;
    } else if (k === 0 && d.startsParagraph && prevLast !== undefined && prevLast.speaker !== null
      && prevLast.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) {
      // the previous paragraph ended on that speaker's quote: 0.7; it ended on other words: 0.4 (withheld)
      const confidence = prevLast.runOn ? 0.85 : prevLast.sentence === lastSentenceBefore ? 0.7 : 0.4;
      inherit(d, prevLast, confidence, prevLast.runOn ? 'run-on' : 'next-paragraph');
    } else if (earlier === undefined && d.startsSentence && !d.startsParagraph && !drafts.slice(0, k).some((x) => x.sentence === d.sentence - 1)) {
      if (fromSoleSubject(d, d.sentence - 1, 0.65, memory)) earlier = d;
    } else if (k === 0 && d.startsParagraph && previous.length === 0 && lastSentenceBefore >= 0) {
      // "Rival bidder Tom Hart disagreed." then a paragraph that is only a quote
      if (fromSoleSubject(d, lastSentenceBefore, 0.6, memory)) earlier = d;
    }
  });
  // A run-on quote attributed only in the paragraph that continues it ("…", then "“…,” she said.").
  const first = drafts[0];
  if (prevLast !== undefined && prevLast.runOn && !prevLast.attributed && prevLast.speaker === null
    && first?.startsParagraph && first.attributed) {
    inherit(prevLast, first, 0.8, 'run-on-back');
  }
}

/** Every span of each paragraph as a draft, speakers proposed; names seen earlier resolve later ones. */
function draftAll(paragraphs: readonly string[]): Draft[][] {
  const memory = new EntityMemory();
  const all: Draft[][] = [];
  let base = 0;
  let sentenceNo = 0;
  for (const text of paragraphs) {
    const spans = findMarkedSpans(text);
    const masked = maskQuotes(text, spans);
    const contentStart = datelineEnd(masked);
    const sentences = splitSentences(text, masked, spans, contentStart);
    const drafts: Draft[] = [];
    const lastSentenceBefore = sentenceNo - 1;
    memory.startParagraph(base, text);
    let next = 0; // spans are in text order, so each sentence takes the next ones
    for (const s of sentences) {
      const ctx: SentenceContext = { text, masked, tokens: tokenize(masked.slice(s.start, s.end), s.start), start: s.start, end: s.end };
      noteMentions(ctx, memory, base, sentenceNo);
      while (next < spans.length && spans[next]!.openAt < s.start) next++;
      const inside: MarkedSpan[] = [];
      while (next < spans.length && spans[next]!.openAt < s.end) inside.push(spans[next++]!);
      inside.forEach((span, k) => {
        const p = attribute(ctx, span, inside[k + 1]?.openAt ?? s.end, memory, base, sentenceNo);
        const lead = masked.slice(s.start, span.openAt);
        const attributed = p.rule !== 'none' && p.rule !== 'unread-attribution' && p.rule !== 'nickname' && p.rule !== 'work-title';
        const startsSentence = !/[\p{L}\p{N}]/u.test(lead);
        const phrase = classifyPhrase(text.slice(span.start, span.end), span, lead, masked.slice(span.closeEnd, s.end), attributed, startsSentence)
          ?? (p.rule === 'nickname' ? { kind: 'nickname', confidence: 0.8, rule: 'phrase-nickname' } as const
            : p.rule === 'work-title' ? { kind: 'title', confidence: 0.8, rule: 'phrase-work-title' } as const : null);
        drafts.push({
          start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker: p.speaker, role: p.role,
          source: p.source, confidence: p.confidence, rule: p.rule, entity: p.entity, sentence: sentenceNo,
          startsSentence, startsParagraph: !/[\p{L}\p{N}]/u.test(masked.slice(contentStart, span.openAt)),
          runOn: span.close === '', attributed: p.rule !== 'none' && p.rule !== 'unread-attribution', phrase,
        });
      });
      sentenceNo++;
    }
    const placed = new Set(drafts.map((d) => d.start));
    for (const span of spans) {
      if (placed.has(span.start)) continue;
      const words = text.slice(span.start, span.end);
      drafts.push({ start: span.start, end: span.end, text: words, ...NONE, sentence: sentenceNo, startsSentence: false,
        startsParagraph: false, runOn: span.close === '', attributed: false, phrase: null });
    }
    drafts.sort((a, b) => a.start - b.start);
    carryOver(drafts, all[all.length - 1] ?? [], lastSentenceBefore, memory);
    all.push(drafts);
    base += text.length + 1;
  }
  return all;
}

function toQuote({ start, end, text, speaker, role, source, confidence, rule }: Draft): FoundQuote {
  const confident = speaker !== null && confidence >= SPEAKER_CONFIDENCE_THRESHOLD;
  return { start, end, text, speaker: confident ? speaker : null, role, source, confidence: Math.round(confidence * 100) / 100, rule };
}

/**
 * Legacy view: every quotation-marked span as a quote, phrases included (their speaker is null and
 * their `rule` names the phrase rule). New callers use findQuotations.
 */
export function findQuotes(paragraphs: readonly string[]): FoundQuote[][] {
  return draftAll(paragraphs).map((drafts) => drafts.map((d) => (d.phrase === null ? toQuote(d) : { ...toQuote(d), speaker: null, rule: d.rule === 'nickname' || d.rule === 'work-title' ? d.rule : d.phrase.rule })));
}

/**
 * Every quotation-marked span as a quote (with a proposed speaker) or a phrase (nobody's words: a
 * title, a scare quote…). The import and the editor's paste use this; a span is never in both lists.
 */
export function findQuotations(paragraphs: readonly string[]): FoundQuotations {
  const drafts = draftAll(paragraphs);
  return {
    quotes: drafts.map((ds) => ds.filter((d) => d.phrase === null).map(toQuote)),
    phrases: drafts.map((ds) => ds.flatMap((d): FoundPhrase[] => (d.phrase === null ? []
      : [{ start: d.start, end: d.end, text: d.text, kind: d.phrase.kind, confidence: d.phrase.confidence, rule: d.phrase.rule }]))),
  };
}

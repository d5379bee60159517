/**
 * Quotes with no attribution of their own that carry on an earlier speaker's words (in the paragraph,
 * from the previous paragraph, a run-on quote) or belong to the one subject of the sentence before.
 * Works on the drafts of one paragraph after `attribute` has proposed a speaker for each.
 */
import type { Entity, EntityMemory } from './memory';
import type { PhraseCall } from './phrases';
import { isBareCommonNoun } from './nlp';
import { resolveBackref, resolvePronoun } from './references';
import { pronounSubjectOf, reporterOf } from './reporters';
import { coordinated, oblique, type ArticleText } from './salience';
import { SPEAKER_CONFIDENCE_THRESHOLD } from './types';
import { isOrgHead } from './tokens';
import { DOCUMENT_NOUNS } from './lexicon';
import type { FoundQuote } from './types';

export type Draft = FoundQuote & {
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

/** The article's text for `oblique`, with the words before an offset in lower case ("At the …" read as "at the …"). */
function openingPrepositions(memory: EntityMemory): ArticleText {
  return { textBefore: (p) => memory.textBefore(p).slice(-60).toLowerCase(), textFrom: (p, n) => memory.textFrom(p, n) };
}

/** Give `d` the one subject of `sentence` (see EntityMemory.soleSubject) at `confidence`; whether it had one. */
function fromSoleSubject(d: Draft, sentence: number, confidence: number, memory: EntityMemory): boolean {
  // "Harbour Athletic said in a statement that manager Joe Pratt had left. “…”": the statement's
  // owner, whoever else the sentence names
  const issuer = memory.documentIssuedIn(sentence);
  if (issuer !== undefined) {
    Object.assign(d, { speaker: issuer.name, role: issuer.role, entity: issuer, confidence, rule: 'prior-sentence-document' });
    return true;
  }
  // "Germany would speed up the grid, she said. “…”": the closing tag's subject (reporters.ts)
  const reporter = reporterOf(memory, sentence);
  if (reporter === null) return false;
  if (reporter !== undefined) {
    Object.assign(d, { speaker: reporter.name, role: reporter.role, entity: reporter, confidence, rule: 'prior-sentence-reporter' });
    return true;
  }
  // ("At the Old Harbour meeting, Ashworth also sought to …": one named only after a preposition, the
  // sentence's opening one too, is no second subject: salience.ts `oblique`)
  const sole = memory.soleSubject(sentence, (m) => !m.subject && oblique(m.pos, openingPrepositions(memory)));
  // "She thinks about it for a long time. “…”": a sentence opening on a pronoun resolved with confidence
  const opening = sole === null ? pronounSubjectOf(memory, sentence) : undefined;
  const pronoun = opening === undefined ? null : resolvePronoun(memory, opening.pronoun, opening.pos);
  if (pronoun !== null && pronoun.confidence >= SPEAKER_CONFIDENCE_THRESHOLD && pronoun.entity.kind !== 'org') {
    const e = pronoun.entity;
    Object.assign(d, { speaker: e.name, role: e.role, entity: e, confidence: Math.min(confidence, 0.6), rule: 'prior-sentence-pronoun' });
    return true;
  }
  if (sole === null) return fromDescribedSubject(d, sentence, confidence, memory);
  if (isBareCommonNoun(sole.name, isOrgHead)) return false;
  Object.assign(d, { speaker: sole.name, role: sole.role, entity: sole, confidence, rule: 'prior-sentence-subject' });
  return true;
}

/**
 * "The Spaniard refused to talk about the play-offs. “…”": the sentence before names nobody and its
 * subject is a description of a person; the quote is theirs as if "the Spaniard said", at no more
 * than `confidence`.
 */
function fromDescribedSubject(d: Draft, sentence: number, confidence: number, memory: EntityMemory): boolean {
  const desc = memory.describedSubjectOf(sentence);
  if (desc === undefined) return false;
  const r = resolveBackref(memory, desc.head, desc.phrase, desc.pos, false, sentence);
  if (r === null || r.entity.kind !== 'person' || r.confidence < SPEAKER_CONFIDENCE_THRESHOLD) return false;
  Object.assign(d, { speaker: r.entity.name, role: r.entity.role, entity: r.entity, confidence: Math.min(confidence, r.confidence), rule: `prior-sentence-${r.how}` });
  return true;
}

/**
 * "— Quarterback X on his coach, Y, who was fired Monday:" then a paragraph that is only a quote: a
 * paragraph without quotes ending on a colon introduces the next one's words; its sentence's one
 * subject, when a person, speaks, at 0.65 (others it names only as objects or appositions do not).
 */
function fromColonIntro(d: Draft, sentence: number, memory: EntityMemory): boolean {
  const here = memory.paragraphStartPos();
  if (!memory.textBefore(here).trimEnd().endsWith(':')) return false; // (/:\s*$/ without a scan of the whole text)
  const named = memory.before(here, 40).filter((m) => m.sentence === sentence);
  const subjects = new Set(named.filter((m) => m.subject).map((m) => m.entity));
  if (![...subjects].some((e) => e.kind === 'person')) return fromDocumentIntro(d, here, memory);
  const [only] = subjects;
  if (subjects.size !== 1 || only!.kind !== 'person') return false;
  // "X and manager Y spoke after the game:": two people, no one speaker
  const at = named.find((m) => m.entity === only)!.pos;
  if (named.some((m) => m.entity !== only && coordinated(at, m.pos, memory))) return false;
  Object.assign(d, { speaker: only!.name, role: only!.role, entity: only!, confidence: 0.65, rule: 'colon-intro' });
  return true;
}

/**
 * "Here follows the full text of the statement:", "The letter reads in full:" then a paragraph that is only a
 * quote: a colon paragraph whose subjects include no person, ending on a document ("the"/"its"/"their" and a
 * document noun, a verb of reading after it at most): the document's words follow, and its owner as the
 * article named it ("the statement said": org-references.ts `resolveDocument`) speaks, at no more than 0.65
 * (round twenty-seven). A document nobody owns for sure leaves the quote empty.
 */
function fromDocumentIntro(d: Draft, here: number, memory: EntityMemory): boolean {
  const text = memory.textBefore(here).trimEnd();
  const tail = text.slice(Math.max(0, text.length - 160), -1);
  const intro = tail.slice(Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('\n')) + 1);
  const doc = /(?:^|[^\p{L}])(?:the|its|their)\s+(?:(?:full|complete|entire)\s+)?(\p{Ll}+)(?:\s+(?:reads?|says|said|states|stated|in|full|as|follows))*\s*$/iu.exec(intro);
  if (doc === null || !DOCUMENT_NOUNS.has(doc[1]!)) return false;
  const r = resolveBackref(memory, doc[1]!, doc[1]!, text.length - 1 - intro.length + doc.index + doc[0].indexOf(doc[1]!));
  if (r === null || r.confidence < SPEAKER_CONFIDENCE_THRESHOLD) return false;
  Object.assign(d, { speaker: r.entity.name, role: r.entity.role, entity: r.entity, confidence: Math.min(r.confidence, 0.65), rule: 'document-colon-intro' });
  return true;
}

/**
 * Unattributed quotes that carry on an earlier speaker's words, in the paragraph or from the last one;
 * or, with no earlier quote, the words of the one subject of the sentence before in the paragraph
 * ("Ferris was more blunt. “…”"), at 0.65, or of the last sentence of a previous paragraph without
 * quotes when the quote opens its paragraph, at 0.6.
 */
export function carryOver(drafts: Draft[], previousAll: readonly Draft[], lastSentenceBefore: number, memory: EntityMemory): void {
  // a title or a scare quote ("the „herd protection dogs“", a nickname) is nobody's words: it neither
  // carries a speaker on nor stands between a sentence's subject and the quote after it
  const previous = previousAll.filter((d) => d.phrase === null);
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
    } else if (earlier === undefined && d.startsSentence && !d.startsParagraph && !drafts.slice(0, k).some((x) => x.phrase === null && x.sentence === d.sentence - 1)) {
      if (fromSoleSubject(d, d.sentence - 1, 0.65, memory)) earlier = d;
    } else if (k === 0 && d.startsParagraph && previous.length === 0 && lastSentenceBefore >= 0) {
      // "Rival bidder Tom Hart disagreed." then a paragraph that is only a quote
      if (fromSoleSubject(d, lastSentenceBefore, 0.6, memory) || fromColonIntro(d, lastSentenceBefore, memory)) earlier = d;
    }
  });
  // A run-on quote attributed only in the paragraph that continues it ("…", then "“…,” she said.").
  const first = drafts[0];
  if (prevLast !== undefined && prevLast.runOn && !prevLast.attributed && prevLast.speaker === null
    && first?.startsParagraph && first.attributed) {
    inherit(prevLast, first, 0.8, 'run-on-back');
  }
}

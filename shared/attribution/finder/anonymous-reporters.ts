/**
 * "A regular customer at the store, who asked not to be identified, said Nasser knew …": an anonymous
 * source that is the subject of a speech verb in a sentence without quotes still speaks; the model
 * notes it (memory.ts `noteAnonymousSpeaker`) so a following "she said" is not given to a person the
 * report only talks about (references.ts).
 */

import type { SentenceContext } from './attribution-rules';
import { sentenceSubject } from './clauses';
import { SPEECH_VERBS, WITHHELD_NAME } from './lexicon';
import type { EntityMemory } from './memory';
import { analyseNounPhrase } from './names';
import { isPersonWord } from './entity-facts';

/** Contract: notes an anonymous speaker at the subject's position when the sentence's subject is an
 * anonymous description and a speech verb follows within eight words (asides blanked). */
export function noteAnonymousReporter(ctx: SentenceContext, memory: EntityMemory, base: number): void {
  const subject = sentenceSubject(ctx.masked, ctx.tokens);
  if (subject === null) return;
  const a = analyseNounPhrase(subject.np);
  if (a === null || a.kind !== 'anonymous') return;
  const end = subject.at + subject.np.length;
  // (the subject reading may stop short of the head noun, "A regular | customer at the shop"): a speech
  // verb within the next eight words (asides blanked) is the subject's
  const after = ctx.tokens.filter((t) => t.start >= end);
  const near = after.filter((t) => t.kind === 'word').slice(0, 8).find((t) => SPEECH_VERBS.has(t.text));
  if (near !== undefined) { memory.noteAnonymousSpeaker(ctx.masked.slice(subject.at, subject.at + 60), base + subject.at); return; }
  // "One mother at a sign-up day in Kansas City, who asked that her name not be used because …, said": a
  // description saying the name is withheld, however long, then a comma and the speech verb; whatever the
  // description names was seen before the source spoke, so the source is noted at the verb
  const verb = after.find((t, k) => k > 0 && k < 60 && after[k - 1]!.text === ',' && SPEECH_VERBS.has(t.text));
  if (verb !== undefined && WITHHELD_NAME.test(ctx.masked.slice(end, verb.start))) memory.noteAnonymousSpeaker(ctx.masked.slice(subject.at, subject.at + 60), base + verb.start);
}

/** "the neighbour, a retired postman who has asked not to be identified": up to two descriptions opened by an article, the second in apposition, ending where the withheld-name words begin. */
const DESCRIBED_BEFORE = /\b(?:the|an?|one|another)\s+(?:[\p{Ll}\d-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)(?:,\s*(?:the|an?)\s+(?:[\p{Ll}\d-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]+))?,?\s*$/u;

/** Contract: for a sentence saying someone's name is withheld ("She thanked the neighbour, a retired
 * postman who has asked not to be identified."), notes the head nouns of the descriptions right before
 * those words as anonymous (memory.ts `noteAnonymous`), so a later "the neighbour told …" names nobody. */
export function noteWithheldNames(ctx: SentenceContext, memory: EntityMemory, sentence: number): void {
  const m = WITHHELD_NAME.exec(ctx.masked.slice(ctx.start, ctx.end));
  if (m === null) return;
  const d = DESCRIBED_BEFORE.exec(ctx.masked.slice(Math.max(ctx.start, ctx.start + m.index - 120), ctx.start + m.index));
  if (d === null) return;
  for (const head of [d[1], d[2]]) if (head !== undefined && isPersonWord(head)) memory.noteAnonymous(head, sentence);
}

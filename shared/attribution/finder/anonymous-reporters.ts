/**
 * "A regular customer at the store, who asked not to be identified, said Nasser knew …": an anonymous
 * source that is the subject of a speech verb in a sentence without quotes still speaks; the model
 * notes it (memory.ts `noteAnonymousSpeaker`) so a following "she said" is not given to a person the
 * report only talks about (references.ts).
 */

import type { SentenceContext } from './attribution-rules';
import { sentenceSubject } from './clauses';
import { SPEECH_VERBS } from './lexicon';
import type { EntityMemory } from './memory';
import { analyseNounPhrase } from './names';

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
  const words = ctx.tokens.filter((t) => t.start >= end && t.kind === 'word').slice(0, 8);
  if (words.some((t) => SPEECH_VERBS.has(t.text))) memory.noteAnonymousSpeaker(ctx.masked.slice(subject.at, subject.at + 60), base + subject.at);
}

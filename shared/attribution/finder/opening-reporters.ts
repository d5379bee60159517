/**
 * "Dr Codrington said Lashley had been told on Monday.", "Joanne Whitcombe, the club's chief executive, said
 * the win came at a price.": a sentence without quotes whose subject is a name followed by a verb of saying
 * (an aside in commas, or one adverb, between) is that person's report, whoever its reported clause names,
 * so a bare quote after it is theirs (reporters.ts, carry-over.ts), as after "…, she said." does.
 */
import type { SentenceContext } from './attribution-rules';
import { sentenceSubject } from './clauses';
import { isSubjectPronoun, SPEECH_VERBS } from './lexicon';
import type { EntityMemory } from './memory';
import { noteReporter, reporterOf } from './reporters';
import { resolve, SPEAKER_CONFIDENCE_THRESHOLD } from './resolve';

/** Adverbs that may stand between a subject and its verb of saying: "X also said", "X later told". */
const BEFORE_VERB = /^(?:also|later|then|earlier|previously|further|again|separately|repeatedly)$/;
/** The longest aside in commas after the subject, in tokens. */
const ASIDE_TOKENS = 24;

/**
 * Contract: notes (reporters.ts) the person the sentence's subject names as the reporter of sentence
 * `sentence` when that subject is a capitalised name (no pronoun: notePronounSpeaker reads those) that
 * resolves to a person with confidence, and a verb of saying follows it; nothing when the sentence has a
 * reporter noted already.
 */
export function noteOpeningReporter(ctx: SentenceContext, memory: EntityMemory, base: number, sentence: number): void {
  if (reporterOf(memory, sentence) !== undefined) return;
  const subject = sentenceSubject(ctx.masked, ctx.tokens);
  if (subject === null || !/^\p{Lu}/u.test(subject.np.trim()) || isSubjectPronoun(subject.np.trim())) return;
  const end = subject.at + subject.np.length;
  let k = ctx.tokens.findIndex((t) => t.start >= end);
  if (k < 0) return;
  if (ctx.tokens[k]!.text === ',') {
    const close = ctx.tokens.findIndex((t, j) => j > k && j <= k + ASIDE_TOKENS && t.text === ',');
    if (close < 0) return;
    k = close + 1;
  }
  if (BEFORE_VERB.test(ctx.tokens[k]?.text ?? '')) k++;
  const verb = ctx.tokens[k];
  if (verb === undefined || verb.kind !== 'word' || !SPEECH_VERBS.has(verb.text)) return;
  const r = resolve(subject.np, base + subject.at, sentence, memory);
  // (a name the text gives, not a description or a pronoun read back: "The judge said" is another rule's)
  if (r.entity !== null && r.entity.kind === 'person' && /^(?:known-name|named|known-namesake)$/.test(r.rule) && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) {
    noteReporter(memory, sentence, r.entity);
  }
}

/**
 * Who a quote talks about is not who a pronoun tag stands for. "“Piotr has been our best player,” he
 * said." after "… confirmed that goalkeeper Piotr Wysocki had signed": a speaker does not name
 * himself in the third person, so a person the quote names by one of his own names is the quote's
 * topic, and "he" there is someone else (the discourse model's nearest "he" is often that topic,
 * introduced in the sentence before as an object). The proposal is kept below the threshold: the
 * editor is asked rather than given the topic as the speaker.
 */

import type { Proposal } from './resolve';

/** Confidence given to a pronoun proposal whose person the quote itself names (below 0.5). */
export const TOPIC_CONFIDENCE = 0.3;

/** Contract: `p` unchanged unless its rule is a "he"/"she" resolution (`pronoun-he…`, `pronoun-she…`)
 * and `quote` contains, as a whole capitalised word, a given name or surname (3+ letters) of the
 * proposed person; then the same proposal at TOPIC_CONFIDENCE with `-quote-topic` added to its rule. */
export function notTheQuotesTopic(p: Proposal, quote: string): Proposal {
  if (p.entity === null || !/^pronoun-(?:he|she)\b/.test(p.rule)) return p;
  const words = new Set(quote.match(/\p{Lu}[\p{L}’'-]*/gu)?.map((w) => w.replace(/[’']s$/u, '')) ?? []);
  const own = p.entity.name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w));
  if (!own.some((w) => words.has(w))) return p;
  return { ...p, confidence: Math.min(p.confidence, TOPIC_CONFIDENCE), rule: `${p.rule}-quote-topic` };
}

/**
 * Quotation marks inside a quote: "“He'd say, ‘Not today,’ and then it would storm,” she said." The outer
 * span is the speaker's quote; a pair of marks inside it is either words the speaker reports someone else
 * (or themselves) saying — a quote within the quote — or a phrase of the speaker's own sentence (a scare
 * quote, a term, a title, a nickname: "the ‘peace’ we are enjoying", "they call it ‘ghost premix’").
 *
 * Read as a sentence of its own: the outer quote's words from the inner sentence's start (after the last
 * full stop, question or exclamation mark before the inner pair) are the inner span's lead. Order:
 * 1. a verb of saying, telling, asking or calling just before it — at most four words between, none of
 *    them opening a clause of its own ("how", "what", "whether" …) — then a comma or colon makes it a
 *    quote (words said, reported inside the quote): "He said, ‘…’", "told me two years ago, ‘…’";
 * 2. a phrase cue that holds whatever the attribution (phrases.ts, cuedPhrase: "so-called", "the word",
 *    a term between a determiner and its noun, a name in title case …) makes it a phrase;
 * 3. a verb of saying as in 1 without the comma makes it a quote: "told us kids ‘…’", "called my score ‘…’";
 * 4. else a phrase rule for a span with no attribution (a short lower-case scare quote, a title …);
 * 5. else a quote.
 * A nested quote's speaker is never proposed here (the reported speaker is often the outer speaker's
 * addressee, parent or caller, whom no rule of the attribution reads): it is left empty for the editor.
 */
import { phraseClassifier, type PhraseCall } from './phrases';
import { CALLING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './lexicon';
import type { MarkedSpan } from './types';

/** Verbs of saying that SPEECH_VERBS leaves out because they rarely tag a quote outside one. */
const QUOTING_VERBS = new Set(['say', 'saying', 'tell', 'telling', 'ask', 'asking', 'yell', 'yells', 'yelled', 'yelling',
  'shout', 'shouts', 'shouting', 'scream', 'screamed', 'screaming', 'text', 'texts', 'texting', 'quoting', 'goes', 'went']);
const isQuotingVerb = (w: string): boolean => SPEECH_VERBS.has(w) || SPEECH_PARTICIPLES.has(w) || CALLING_VERBS.has(w) || QUOTING_VERBS.has(w);
/** Words that open a clause of their own after a verb of saying: the span is then inside that clause. */
const CLAUSE_OPENER = /^(?:how|what|why|whether|if|when|where|who|which|that|because|about)$/;
/** The end of a sentence inside the outer quote: a stop, question or exclamation mark and a space. */
const SENTENCE_END = /[.!?…]['’”"]?\s+(?=\S)/gu;

/** The lead of the inner span within its own sentence of the outer quote. */
function innerLead(text: string, outer: MarkedSpan, inner: MarkedSpan): string {
  const lead = text.slice(outer.start, inner.openAt);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(lead); m !== null; m = SENTENCE_END.exec(lead)) from = m.index + m[0].length;
  return lead.slice(from);
}

/** The words after the inner span up to its sentence's end within the outer quote. */
function innerAfter(text: string, outer: MarkedSpan, inner: MarkedSpan): string {
  const after = text.slice(inner.closeEnd, Math.max(inner.closeEnd, outer.end));
  const m = /[.!?…]['’”"]?(?:\s|$)/u.exec(after);
  return m === null ? after : after.slice(0, m.index + 1);
}

/** A verb of saying just before the span, at most four words between and none opening a clause. */
export function saidBefore(lead: string): boolean {
  const words = lead.replace(/[,:;–—-]\s*$/u, ' ').trim().split(/\s+/).slice(-6).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '').toLowerCase());
  for (let k = words.length - 1, between = 0; k >= 0 && between <= 4; k--, between++) {
    const w = words[k]!;
    if (isQuotingVerb(w)) return true;
    if (CLAUSE_OPENER.test(w) || w === '') return false;
  }
  return false;
}

/**
 * How a pair of marks inside a quote reads: a phrase call, or null for words said (a quote within the
 * quote). `outer` is the quote's span, `inner` the pair inside it (findMarkedSpans' `nested`).
 */
export function nestedCall(text: string, outer: MarkedSpan, inner: MarkedSpan): PhraseCall | null {
  const lead = innerLead(text, outer, inner);
  const after = innerAfter(text, outer, inner);
  const startsSentence = !/[\p{L}\p{N}]/u.test(lead);
  const said = saidBefore(lead);
  // ("He'd look out the window and say, ‘Not today,’": a verb of saying and a comma or colon give words)
  if (said && /[,:]\s*$/u.test(lead)) return null;
  const classify = phraseClassifier(text.slice(inner.start, inner.end), inner, lead, after, startsSentence);
  const sure = classify(true);
  if (sure !== null) return sure;
  return said ? null : classify(false);
}

/**
 * A sentence-final report after a partial quote's clause has run on: "A walkout has been “solidly
 * supported” across the network, the drivers' union said on Wednesday." The clause holding the quote
 * is what the union said, so the noun phrase between the last comma and the speech verb speaks. Used by
 * attribution-rules.ts's trailing clue when the words after the quote are no speaker themselves.
 */
import { npStart, type Phrase } from './clauses';
import { trimAdverbs } from './adverbials';
import { isFiniteVerb } from './nlp';
import { sourceIn } from './sources';
import { isSayingVerb, SPEECH_VERBS } from './lexicon';
import type { Token } from './tokens';

/** words that open a new clause after a comma, so what follows is no speaker of the quote's clause */
const CLAUSE_OPENER = /^(?:and|but|or|nor|so|yet|which|who|whom|whose|that|while|whilst|as|when|where|although|though|after|before|because|since|if|unless|until|with|without|according)$/i;

/**
 * `g` are the sentence's tokens after the quote, `i` the first word among them, `comma` the first comma
 * after it (index into `g`, or -1) and `chain` the speech verb's index. A clue when the words from `i` to
 * the comma are adjuncts of the quote's clause (at most eight, no finite verb) and the words from the
 * comma to the verb are one noun phrase opened by a determiner, a capital or a personal pronoun;
 * otherwise null.
 */
export function reportAfterComma(ctx: { masked: string }, g: readonly Token[], i: number, comma: number, chain: number): (Phrase & { rule: string; source: string }) | null {
  if (comma < 0 || comma - i > 8 || comma + 1 >= chain) return null;
  if (g.slice(i, comma).some((t) => t.kind !== 'word' || (/^\p{Ll}/u.test(t.text) && isFiniteVerb(t.text)))) return null;
  const first = g[comma + 1]!;
  if (first.kind !== 'word' || CLAUSE_OPENER.test(first.text)) return null;
  if (!/^(?:the|a|an|its|his|her|their|he|she|they|it)$/i.test(first.text) && !/^\p{Lu}/u.test(first.text)) return null;
  const b = trimAdverbs(g, comma + 1, chain);
  if (b <= comma + 1 || npStart(g, comma + 1, b) !== comma + 1) return null;
  const rest = ctx.masked.slice(g[chain]!.start, g[g.length - 1]!.end);
  return { np: ctx.masked.slice(first.start, g[b - 1]!.end), at: first.start, rule: 'trailing-clause-report', source: sourceIn(rest) };
}

/** Verbs of a report's finding, beside the verbs of saying (SPEECH_VERBS), in a report tag: "…, the court found." */
const FINDING_VERBS = ['found', 'finds', 'concluded', 'concludes', 'ruled', 'rules', 'held', 'holds'];
const TAG_VERB = `(${[...FINDING_VERBS, ...SPEECH_VERBS].join('|')})`;
/** The tag's subject: a determiner, possessive or pronoun, or a capitalised word, and up to six more words. */
const TAG_SUBJECT = String.raw`((?:the|an?|its|his|her|their|he|she|it|they|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}\p{N}'’.&-]+){0,6}?)`;
/** ", <subject> [has] <verb> [up to four words]" closing the sentence (1 subject, 2 verb, 3 the words after it). */
const CLOSING_TAG = new RegExp(String.raw`,\s*${TAG_SUBJECT}\s+(?:has\s+|have\s+)?${TAG_VERB}((?:\s+[\p{L}\p{N}'’.-]+){0,4})\s*[.!?]?\s*$`, 'u');
/** ", <subject> <verb>," set in the clause before the quote: "The assessment, the coroner found, was “…”". */
const SET_IN_TAG = new RegExp(String.raw`,\s*${TAG_SUBJECT}\s+${TAG_VERB}\s*,[^,;:]*$`, 'u');

/** Words that may not stand in a tag's subject or after its verb: a finite verb is another clause. */
const clauseIn = (words: string): boolean => words.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && (isFiniteVerb(w) || /^(?:was|were|is|are|be|been|that|which|who)$/.test(w)));

/**
 * "The plan remained “…” and relied on “…” forecasts, the court found.", "Her assessment, the coroner found,
 * was “…”": a report tag, a comma, a subject and a verb of saying or finding, closing the sentence (up to four
 * words after the verb) or set in commas before the quote, reports the whole sentence, so every quote in it is
 * the tag subject's words. For a quote no other clue claimed (find-quotes.ts reads it last). Null when there
 * is no such tag, or its subject or closing words hold a finite verb (another clause: ", an inquest heard").
 */
export function reportTag(ctx: { masked: string; start: number; end: number }, span: { openAt: number; closeEnd: number }): (Phrase & { rule: string; source: string }) | null {
  // (neither tag holds a comma of its own: each is read from the comma it opens on, the last one after the quote
  // and the last but one before it, so the expression runs once on a few words)
  const tail = Math.max(span.closeEnd, ctx.masked.lastIndexOf(',', ctx.end - 1));
  const closing = CLOSING_TAG.exec(ctx.masked.slice(tail, ctx.end));
  if (closing !== null && !clauseIn(closing[1]!) && !clauseIn(closing[3]!.trim())) {
    const at = tail + closing.index + closing[0].indexOf(closing[1]!);
    return { np: closing[1]!, at, rule: 'trailing-sentence-report', source: sourceIn(closing[3]!) };
  }
  const last = ctx.masked.lastIndexOf(',', span.openAt - 1);
  const from = last < ctx.start ? ctx.start : Math.max(ctx.start, ctx.masked.lastIndexOf(',', last - 1));
  const setIn = SET_IN_TAG.exec(ctx.masked.slice(from, span.openAt));
  // ("Their father, Greg said, always called it “…”": a verb of saying or calling after the tag has the subject
  // before the tag, and the words are that one's: no tag reading)
  const rest = setIn === null ? '' : setIn[0].slice(setIn[0].lastIndexOf(',') + 1);
  if (setIn !== null && !clauseIn(setIn[1]!) && !rest.split(/\s+/).some(isSayingVerb)) {
    return { np: setIn[1]!, at: from + setIn.index + setIn[0].indexOf(setIn[1]!), rule: 'leading-set-in-report', source: '' };
  }
  return null;
}

/**
 * Partial quotes come in runs; scare quotes come alone. A short span that only the weakest phrase
 * rules took (no cue, no attribution of its own: phrases.ts `phrase-short`, term-structure.ts
 * `phrase-unspoken`) is a quote when "and", "but" or "or" joins it, inside its sentence, to a span that
 * is a quote: "the supply was ‘robust’ and its policy ‘consistent with national policy’, the inspector
 * concluded"; "the company was “hopelessly insolvent” and had “no realistic prospect” of …". It takes
 * that quote's speaker, whatever it is (nobody included), at no more than its confidence.
 */
import type { Draft } from './carry-over';

/** the rules that name no cue for a phrase, only its shortness or a noun phrase nobody in reach says */
const WEAK_PHRASE_RULES: ReadonlySet<string> = new Set(['phrase-short', 'phrase-unspoken']);
/** between the two spans: closing and opening marks, then a coordinator, then at most 14 words and no sentence break */
const JOINED = /^,?\s*(?:and|but|or)\b[^;:.!?"”“]*$/u;
const MARKS = /^[\s"”’'»«“‘]+|[\s"”’'»«“‘]+$/gu;

/** Drafts of one paragraph, in text order; `text` the paragraph. Turns weak phrases beside a joined quote into quotes. */
export function quotesBesideQuotes(drafts: readonly Draft[], text: string): void {
  drafts.forEach((d, k) => {
    // a weak phrase, or a quote no attribution reached ("was ‘robust’ and its policy ‘…’, the inspector
    // concluded": only the last span is next to the report)
    const unread = d.phrase === null && d.rule === 'none' && d.speaker === null;
    if (!unread && (d.phrase === null || !WEAK_PHRASE_RULES.has(d.phrase.rule))) return;
    const joined = (a: Draft | undefined, b: Draft | undefined, q: Draft | undefined): Draft | null => {
      if (a === undefined || b === undefined || q === undefined || q.phrase !== null || a.sentence !== b.sentence) return null;
      const gap = text.slice(a.end, b.start).replace(MARKS, '');
      return JOINED.test(gap) && gap.split(/\s+/).length <= 16 ? q : null;
    };
    const q = joined(d, drafts[k + 1], drafts[k + 1]) ?? joined(drafts[k - 1], d, drafts[k - 1]);
    if (q === null || (unread && q.speaker === null)) return;
    Object.assign(d, {
      phrase: null, speaker: q.speaker, role: q.role, entity: q.entity, source: q.source,
      confidence: q.confidence, rule: 'coordinated-quote', attributed: q.attributed,
    });
  });
}

/**
 * A partial quote is written twice: copy marks a speaker's word or two early (a headline, a lede:
 * "Strikers ‘let down’ as …", "the board was accused of ‘asset stripping’") and marks the same words
 * again where it reports them ("…, the union called it ‘a day the workers were let down’"). A scare
 * quote is the writer's own and has no later speaker's words to echo. So a short span only the weakest
 * phrase rule took (`phrase-short`: one or two lower-case words, no cue, no attribution of its own) is a
 * quote when its words, as whole words, are inside a span of another paragraph that is a quote. Its
 * speaker is left to the reading of opening quotes forward (forward-identification.ts), which runs
 * next: copying the echo's speaker would repeat any error made there (measured: one more name wrong,
 * no more right, over the 50 sets). Runs over the whole article once every paragraph is drafted.
 */
import type { Draft } from './carry-over';
import { escapeRegExp, hasSurrogate, occursBetween } from './literal-search';

const fold = (s: string): string => s.toLowerCase().replace(/[’‘`]/gu, "'").replace(/\s+/gu, ' ').trim();
/** No letter, digit, apostrophe or hyphen before / after (sticky, for occursBetween). */
const NOT_AFTER_WORD = /(?<![\p{L}\p{N}'-])/uy;
const NOT_BEFORE_WORD = /(?![\p{L}\p{N}'-])/uy;

/** `all` is the drafts per paragraph; changes weak phrases whose words another paragraph's quote repeats into quotes. */
export function echoedQuotes(all: readonly (readonly Draft[])[]): void {
  // (most articles have no weak phrase: nothing to read then)
  const weak: Array<{ d: Draft; i: number }> = [];
  all.forEach((ds, i) => { for (const d of ds) if (d.phrase?.rule === 'phrase-short') weak.push({ d, i }); });
  if (weak.length === 0) return;
  const quotes: Array<{ d: Draft; i: number; text: string }> = [];
  all.forEach((ds, i) => { for (const d of ds) if (d.phrase === null) quotes.push({ d, i, text: fold(d.text) }); });
  for (const { d, i } of weak) {
    const words = fold(d.text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (words === '') continue;
    const whole = hasSurrogate(words) ? new RegExp(`(?<![\\p{L}\\p{N}'-])${escapeRegExp(words)}(?![\\p{L}\\p{N}'-])`, 'u') : null;
    const echoes = (text: string): boolean => (whole !== null ? whole.test(text) : occursBetween(text, words, NOT_AFTER_WORD, NOT_BEFORE_WORD));
    if (!quotes.some((q) => q.i !== i && echoes(q.text))) continue;
    Object.assign(d, { phrase: null, speaker: null, role: '', entity: null, source: '', confidence: 0, rule: 'echoed-quote', attributed: false });
  }
}

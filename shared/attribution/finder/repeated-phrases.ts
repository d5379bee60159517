/**
 * A name is written the same way each time it is marked: copy that names a term, a title or a nickname
 * once with a cue ("have a name for it: “…”", "the so-called “…”", "its “…” scheme") marks the same
 * words again where no cue stands (a headline, a later sentence). So a span that is a quote only for
 * want of a cue is the phrase its words name elsewhere in the article, when it is short (at most five
 * words), holds no pronoun subject or auxiliary, and no speaker was named for it (a named speaker's
 * repetition of a term stays that speaker's words: the editor is asked either way). The cued phrase must be two words or
 * more, or capitalised: one lower-case word is too common to be a name (and the echo rule, echoed-quotes.ts,
 * reads one- and two-word scare quotes the other way round). Runs over the whole article once every
 * paragraph is drafted, before the echo rule.
 */
import type { Draft } from './carry-over';
import { CLAUSE_WORD } from './term-structure';
import { SPEAKER_CONFIDENCE_THRESHOLD } from './types';

const fold = (s: string): string => s.toLowerCase().replace(/[’‘`]/gu, "'").replace(/\s+/gu, ' ')
  .replace(/^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu, '');
/** rules that read the span alone or its neighbour, not a cue or a place: they name nothing for another span */
const WEAK = /^phrase-(?:short|coordinated|repeated)$/;

/** `all` is the drafts per paragraph; turns quotes that repeat a cued phrase's words into that phrase. */
export function repeatedPhrases(all: readonly (readonly Draft[])[]): void {
  const named = new Map<string, Draft['phrase']>();
  for (const ds of all) for (const d of ds) {
    if (d.phrase === null || WEAK.test(d.phrase.rule)) continue;
    const words = fold(d.text);
    if (words === '' || (!words.includes(' ') && !/^\p{Lu}/u.test(d.text.trim()))) continue;
    if (!named.has(words)) named.set(words, d.phrase);
  }
  if (named.size === 0) return;
  for (const ds of all) for (const d of ds) {
    if (d.phrase !== null || (d.speaker !== null && d.confidence >= SPEAKER_CONFIDENCE_THRESHOLD)) continue;
    const call = named.get(fold(d.text));
    if (call === undefined) continue;
    const list = d.text.trim().split(/\s+/u);
    if (list.length > 5 || list.some((w) => CLAUSE_WORD.test(w.replace(/[,.;:!?…]+$/u, '')))) continue;
    Object.assign(d, { phrase: { kind: call!.kind, confidence: 0.7, rule: 'phrase-repeated' }, speaker: null, role: '', entity: null, source: '', confidence: 0 });
  }
}

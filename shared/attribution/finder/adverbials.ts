/**
 * Words that only say when or how a clause's verb happened, around a subject: "Zakharova on Tuesday also
 * said", "Later on Saturday the spokesman said". Read by clauses.ts (a subject ends before them) and the
 * attribution rules; pure functions of the tokens.
 */
import { CALENDAR_WORDS, oneOf } from './lexicon';
import type { Token } from './tokens';

const ADVERBS = oneOf(`also later then again once earlier repeatedly previously recently separately simply flatly quickly
  reportedly further had has have was is would will did does never not already today yesterday publicly privately bluntly angrily`);
const TIME_NOUNS = /^(?:week|month|year|night|weekend|morning|evening|afternoon)$/;
export const DAYS = oneOf(CALENDAR_WORDS);

/** "Later on Saturday", "On Monday", "Early this morning", "Last week": words that only say when. */
export function isTimeAdverbial(words: readonly string[]): boolean {
  const w = words.map((x) => x.toLowerCase());
  let k = 0;
  if (/^(?:later|earlier|also|then|separately|meanwhile)$/.test(w[k] ?? '')) k++;
  if (/^(?:on|late|early|by|last|this|next)$/.test(w[k] ?? '')) k++;
  if (/^(?:this|last|next)$/.test(w[k] ?? '')) k++;
  return k === w.length - 1 && (DAYS.test(words[k]!) || TIME_NOUNS.test(w[k]!));
}

/** `b` with trailing adverbs and times removed: "Zakharova on Tuesday also" → "Zakharova". */
export function trimAdverbs(tokens: readonly Token[], a: number, b: number): number {
  while (b > a) {
    const t = tokens[b - 1]!.text;
    if (ADVERBS.test(t)) b--;
    else if (DAYS.test(t) && tokens[b - 2]?.text === 'on') b -= 2;
    // "said Capt. Jo Rivera late Thursday"
    else if (DAYS.test(t) && /^(?:late|early)$/.test(tokens[b - 2]?.text ?? '')) b -= 2;
    else if (TIME_NOUNS.test(t) && /^(?:last|this|next)$/.test(tokens[b - 2]?.text ?? '')) b -= 2;
    // "said Tamsin Okoro Wednesday night", "on Friday morning"
    else if (TIME_NOUNS.test(t) && DAYS.test(tokens[b - 2]?.text ?? '')) b -= /^(?:on|late|early)$/.test(tokens[b - 3]?.text ?? '') ? 3 : 2;
    else break;
  }
  return b;
}

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

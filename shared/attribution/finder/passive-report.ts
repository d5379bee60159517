/**
 * A passive verb of speech or calling before a quote ("were described as “…” by MPs", "people being
 * told that their account had been “…”"): the words are the agent's. With "by <noun phrase>" right
 * after the verb or right after the quote, that noun phrase is the speaker; with no agent the speaker
 * is nobody, and no earlier verb of the sentence ("Police said …") may claim the words.
 */
import type { Phrase } from './clauses';
import type { Token } from './tokens';
import type { MarkedSpan } from './types';

/** The words of a "by" agent starting at token `b` ("by"), up to punctuation, a clause word or 6 words. */
function agentAt(tokens: readonly Token[], masked: string, b: number): Phrase | null {
  if (tokens[b]?.text !== 'by') return null;
  const words: Token[] = [];
  for (let k = b + 1; k < tokens.length && words.length < 6; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || /^(?:who|which|that|and|but|after|before|when|as|at|in|on|during|for|to|over|last|this|on)$/i.test(t.text)) break;
    words.push(t);
  }
  if (words.length === 0) return null;
  return { np: masked.slice(words[0]!.start, words[words.length - 1]!.end), at: words[0]!.start };
}

/** Verbs whose passive takes the words as content: told/asked/warned (that …), called/described (as) “…”. */
const CONTENT_PASSIVE = /^(?:told|asked|warned|informed|advised|assured|reminded|called|described|branded|termed|labell?ed|dubbed|hailed|criticised|criticized|condemned|denounced|dismissed|accused|slammed|praised)$/;

/**
 * The agent of the passive verb at token `v` for the quote `span`: a phrase; null for no agent when
 * the verb takes the words as its content; undefined when it does not ("would be announced “very
 * soon”": the words are an adjunct of the passive clause, reported by someone else).
 * `tokens` are the sentence's tokens; `masked` the paragraph's masked text.
 */
export function passiveAgent(tokens: readonly Token[], masked: string, v: number, span: MarkedSpan): Phrase | null | undefined {
  const right = agentAt(tokens, masked, v + 1);
  if (right !== null) return right;
  const after = tokens.findIndex((t) => t.start >= span.closeEnd);
  const trailing = after < 0 ? null : agentAt(tokens, masked, after);
  if (trailing !== null) return trailing;
  return CONTENT_PASSIVE.test(tokens[v]!.text) ? null : undefined;
}

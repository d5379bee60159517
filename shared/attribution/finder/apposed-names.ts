/** A participle's subject named in commas after a "with" phrase, over the tokens of one masked sentence. */
import { npStart } from './clauses';
import { isWord } from './name-runs';
import { isCap, type Token } from './tokens';

/**
 * "…, with its president, Louise Ng, saying …", "with their captain, Tane Wihongi, calling …": the
 * name in commas after a description that "with" opens, right before the participle at `v`, is the
 * participle's subject. Token range of the name, or null.
 */
export function withApposedName(tokens: readonly Token[], from: number, v: number): [number, number] | null {
  if (tokens[v - 1]?.text !== ',') return null;
  const s = npStart(tokens, from, v - 1);
  if (s >= v - 1 || tokens[s - 1]?.text !== ',' || !tokens.slice(s, v - 1).every((t) => isWord(t) && isCap(t.text))) return null;
  for (let k = s - 2; k >= Math.max(from, s - 6); k--) {
    const t = tokens[k]!;
    if (!isWord(t)) return null;
    if (t.text === 'with') return k + 1 < s - 1 && /^(?:its|their|his|her|the)$/i.test(tokens[k + 1]!.text) ? [s, v - 1] : null;
  }
  return null;
}

/**
 * Phrase marks a client transaction added: what the audit log records when someone says quoted
 * words are nobody's words ("Not a quote: title", a proposal confirmed, a paste carrying phrases).
 * Reads the items between the transaction's before and after state vectors; call it while the
 * transaction's items are not merged yet (an observer or `afterTransaction`).
 */
import Y = require('yjs');
import { MarkName } from '../../shared/article/schema';
import { addedItems } from './added-items';

/** One phrase mark as added: its attrs and the words it covers after the transaction. */
export type PhraseMarked = { id: string; kind: string; confirmed: boolean; words: string };

/** `added`: the transaction's `addedItems`, when the caller has them already (read once per transaction). */
export function phrasesMarked(txn: Y.Transaction, added: readonly Y.Item[] = addedItems(txn)): PhraseMarked[] {
  const out: PhraseMarked[] = [];
  for (const s of added) {
    if (!(s.content instanceof Y.ContentFormat) || s.content.key !== MarkName.phrase) continue;
    const value = s.content.value as Record<string, unknown> | null;
    if (!value || typeof value !== 'object') continue;
    out.push({ id: String(value.id ?? ''), kind: String(value.kind ?? ''), confirmed: value.confirmed !== false, words: wordsAfter(s) });
  }
  return out.length === 0 ? out : out.filter((p) => p.words !== '');
}

/** The live text from a format item to the next change of the same format key. */
function wordsAfter(start: Y.Item): string {
  const key = (start.content as Y.ContentFormat).key;
  let words = '';
  for (let n = start.right; n !== null; n = n.right) {
    if (n.content instanceof Y.ContentFormat && n.content.key === key) break;
    if (!n.deleted && n.content instanceof Y.ContentString) words += n.content.str;
  }
  return words;
}

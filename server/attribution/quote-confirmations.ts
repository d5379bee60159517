/**
 * Quotes a client transaction confirmed: a `quote` format (or a blockquote's `confirmed`
 * attribute) set to confirmed true in place of one that was false in the same transaction. Call
 * while the transaction's items are not merged yet (`afterTransaction`), like phrase-marks.ts.
 */
import Y = require('yjs');
import { MarkName, NodeName } from '../../shared/article/schema';
import { addedItems } from './added-items';

export type QuoteConfirmed = { quoteId: string; speaker: string };

type Attrs = Record<string, unknown>;
const attrsOf = (v: unknown): Attrs | null => (typeof v === 'object' && v !== null ? (v as Attrs) : null);

/**
 * `added`: the transaction's `addedItems`, when the caller has them already (read once per
 * transaction). A transaction that added no quote format and no blockquote `confirmed` attribute
 * (typing) confirms nothing: its deletions are not read.
 */
export function quotesConfirmed(txn: Y.Transaction, added: readonly Y.Item[] = addedItems(txn)): QuoteConfirmed[] {
  if (!added.some(mayConfirm)) return [];
  const unconfirmedBefore = new Set<string>();
  Y.iterateDeletedStructs(txn, txn.deleteSet, (s) => {
    if (s instanceof Y.Item && s.content instanceof Y.ContentFormat && s.content.key === MarkName.quote) {
      const a = attrsOf(s.content.value);
      if (a && a.confirmed === false && typeof a.id === 'string') unconfirmedBefore.add(a.id);
    }
  });
  const out = new Map<string, QuoteConfirmed>();
  for (const s of added) {
    if (s.content instanceof Y.ContentFormat && s.content.key === MarkName.quote) {
      const a = attrsOf(s.content.value);
      if (a && a.confirmed === true && typeof a.id === 'string' && unconfirmedBefore.has(a.id)) out.set(a.id, { quoteId: a.id, speaker: String(a.speaker ?? '') });
      continue;
    }
    // A blockquote's attribute: the new value replaces `left`, deleted in this transaction.
    const parent = s.parent;
    if (s.parentSub === 'confirmed' && parent instanceof Y.XmlElement && parent.nodeName === NodeName.blockquote) {
      const now = s.content.getContent()[0];
      const was = s.left instanceof Y.Item ? s.left.content.getContent()[0] : undefined;
      const id = parent.getAttribute('id');
      if (now === true && was === false && typeof id === 'string') out.set(id, { quoteId: id, speaker: String(parent.getAttribute('speaker') ?? '') });
    }
  }
  return Array.from(out.values());
}

/** True for an added item that could confirm a quote: a quote format, or a blockquote's `confirmed` attribute. */
function mayConfirm(s: Y.Item): boolean {
  if (s.content instanceof Y.ContentFormat && s.content.key === MarkName.quote) return true;
  return s.parentSub === 'confirmed' && s.parent instanceof Y.XmlElement && s.parent.nodeName === NodeName.blockquote;
}

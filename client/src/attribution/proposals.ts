/**
 * Proposals in the document: quotes whose speaker the finder proposed (`confirmed: false`) and
 * phrases it proposed. They live in the document, so every editor sees them, after reloads too.
 * A person confirms one, all of them, or settles words as a phrase ("Not a quote").
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { articleSchema, NodeName } from '../../../shared/article/schema';
import type { PhraseKind } from '../../../shared/attribution/phrase-kinds';
import type { Range } from '../threads/anchors';
import { newQuoteId } from './quote-marks';

const { quote, phrase } = articleSchema.marks;

function isProposal(mark: Mark): boolean {
  return (mark.type === quote || mark.type === phrase) && mark.attrs.confirmed === false;
}

/**
 * Confirms the proposals with an id in `ids` (every proposal when null): quote marks, block quotes
 * and phrase marks get `confirmed: true`. Null when there is nothing to confirm.
 */
export function confirmProposals(state: EditorState, ids: ReadonlySet<string> | null): Transaction | null {
  const tr = state.tr;
  const wanted = (id: unknown) => ids === null || (typeof id === 'string' && ids.has(id));
  state.doc.descendants((node: PMNode, pos: number) => {
    if (node.type.name === NodeName.blockquote && node.attrs.confirmed === false && wanted(node.attrs.id)) {
      tr.setNodeMarkup(pos, null, { ...node.attrs, confirmed: true });
    }
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (isProposal(mark) && wanted(mark.attrs.id)) tr.addMark(pos, pos + node.nodeSize, mark.type.create({ ...mark.attrs, confirmed: true }));
    }
    return false;
  });
  return tr.docChanged ? tr : null;
}

/** How many proposals (distinct ids) the document holds. */
export function countProposals(doc: PMNode): number {
  const ids = new Set<string>();
  doc.descendants((node, pos) => {
    if (node.type.name === NodeName.blockquote && node.attrs.confirmed === false) ids.add(String(node.attrs.id || `@${pos}`));
    if (node.isText) for (const m of node.marks) if (isProposal(m)) ids.add(String(m.attrs.id || `@${pos}`));
    return true;
  });
  return ids.size;
}

/** "Not a quote": `range` becomes a confirmed phrase of `kind` (a person settled it). */
export function markPhrase(state: EditorState, range: Range, kind: PhraseKind): Transaction | null {
  if (range.from >= range.to) return null;
  return state.tr.removeMark(range.from, range.to, quote).addMark(range.from, range.to, phrase.create({ id: newQuoteId(), kind, confirmed: true }));
}

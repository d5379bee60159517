/**
 * Unwrapping an attributed blockquote keeps its attribution as inline quote marks, in the same
 * transaction (the server's guard does the same for any other client: server/attribution/unwrap.ts).
 * After a local change, the words of a paragraph that left an attributed blockquote (lifted out,
 * or joined by Backspace to the paragraph before it) and now stand outside any blockquote get a
 * `quote` mark over them: the blockquote's speaker, role, source and `confirmed`; the blockquote's
 * id for its first paragraph when the blockquote is gone, a fresh id otherwise; `said` = the
 * paragraph's words, or the blockquote's `said` when it was already altered. Remote changes
 * (y-prosemirror's own transactions) are left to their author and the server.
 */
import { Plugin, type EditorState, type Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { ySyncPluginKey } from 'y-prosemirror';
import { articleSchema, NodeName } from '../../../shared/article/schema';
import { blockquoteWords, normalise } from '../../../shared/attribution/checker';
import { isAttributed, quoteAttrsOf, type QuoteAttrs } from '../../../shared/attribution/quote-attrs';
import { newQuoteId } from './quote-marks';

const quoteMark = articleSchema.marks.quote;

type Inside = { words: string; attrs: QuoteAttrs; blockWords: string; first: boolean };
type Outside = { pos: number; node: PMNode; words: string };

const wordsOf = (block: PMNode) => block.textBetween(0, block.content.size, '\n', '\n');

/** Paragraphs of attributed blockquotes, and textblocks outside any blockquote (with their positions). */
function survey(doc: PMNode): { inside: Inside[]; outside: Outside[] } {
  const inside: Inside[] = [];
  const outside: Outside[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === NodeName.blockquote) {
      const attrs = quoteAttrsOf(node.attrs);
      if (isAttributed(attrs)) {
        const blockWords = blockquoteWords(node);
        node.forEach((child, _offset, i) => inside.push({ words: wordsOf(child), attrs, blockWords, first: i === 0 }));
      }
      return false;
    }
    if (node.isTextblock) {
      outside.push({ pos, node, words: wordsOf(node) });
      return false;
    }
    return true;
  });
  return { inside, outside };
}

/** The transaction that marks the unwrapped paragraphs, or null when nothing left a blockquote. */
export function markUnwrapped(before: PMNode, state: EditorState): Transaction | null {
  const was = survey(before);
  if (was.inside.length === 0) return null;
  const now = survey(state.doc);
  const stillInside = new Set(now.inside.map((p) => `${p.attrs.id}\u0000${p.words}`));
  const idsNow = new Set(now.inside.map((p) => p.attrs.id));
  const occurrences = (list: Outside[], words: string) => list.reduce((n, o) => n + o.words.split(words).length - 1, 0);
  let tr: Transaction | null = null;
  for (const p of was.inside) {
    if (p.words.trim() === '' || stillInside.has(`${p.attrs.id}\u0000${p.words}`)) continue;
    // The words must have arrived outside (more occurrences than before), on words not quoted yet.
    if (occurrences(now.outside, p.words) <= occurrences(was.outside, p.words)) continue;
    const doc = (tr ?? state.tr).doc;
    const range = unquotedOccurrence(doc, now.outside, p.words);
    if (!range) continue;
    const altered = p.attrs.said !== '' && normalise(p.attrs.said) !== normalise(p.blockWords);
    const id = p.first && !idsNow.has(p.attrs.id) ? p.attrs.id : newQuoteId();
    const attrs: QuoteAttrs = { ...p.attrs, id, said: altered ? p.attrs.said : p.words };
    tr = (tr ?? state.tr).addMark(range.from, range.to, quoteMark.create(attrs));
  }
  return tr;
}

/**
 * The first place `words` stand in a textblock outside blockquotes with no quote mark on them.
 * A block's words map one to one onto its positions: a character or a hard break ('\n') is 1.
 */
function unquotedOccurrence(doc: PMNode, outside: Outside[], words: string): { from: number; to: number } | null {
  for (const o of outside) {
    for (let i = o.words.indexOf(words); i >= 0; i = o.words.indexOf(words, i + 1)) {
      const from = o.pos + 1 + i;
      const to = from + words.length;
      if (!doc.rangeHasMark(from, to, quoteMark)) return { from, to };
    }
  }
  return null;
}

export function unwrapQuotesPlugin(): Plugin {
  return new Plugin({
    appendTransaction: (trs, oldState, newState) => {
      if (!trs.some((tr) => tr.docChanged)) return null;
      if (trs.some((tr) => (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin)) return null;
      return markUnwrapped(oldState.doc, newState);
    },
  });
}

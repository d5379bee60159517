/**
 * Quotes in the editor's document: finding them, and the transactions that attribute words,
 * change a quote's speaker and re-confirm its wording. Attribution is the `quote` mark (inline)
 * or a `blockquote` node's attrs, `{ id, speaker, role, source, said }` (see shared/schema.ts).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { findWrapping } from 'prosemirror-transform';
import { quoteAttrsOf, type QuoteAttrs } from '../../../shared/attribution/quote-attrs';
import { blockquoteWords } from '../../../shared/attribution/checker';
import { articleSchema, NodeName } from '../../../shared/article/schema';
import type { Range } from '../threads/anchors';
import { markApplies } from '../editor/commands';
import { newId } from '../app/ids';

const quoteMark = articleSchema.marks.quote;
const blockquoteNode = articleSchema.nodes.blockquote;

/** What a person types in the Quote dialog. */
export type Attribution = { speaker: string; role: string; source: string };

/** One quote: all the text carrying its id (inline), or one blockquote. */
export type QuoteEntry = {
  id: string;
  kind: 'mark' | 'blockquote';
  attrs: QuoteAttrs;
  /** The span from its first to its last character (or the blockquote node). */
  from: number;
  to: number;
  /** Its words now. */
  text: string;
  /** Every range carrying the id (inline quotes split by other marks have several). */
  ranges: Range[];
};

/** A fresh quote id. */
export function newQuoteId(): string {
  return newId();
}

/** The words in a range as the checker reads them (a hard break is a newline). */
export function textOf(doc: PMNode, range: Range): string {
  return doc.textBetween(range.from, range.to, '\n', '\n');
}

/**
 * Why `range` cannot become a quote, or null when it can: it must be non-empty words inside one
 * body text block (a quote never spans paragraphs; the headline takes no marks).
 */
export function quoteRefusal(state: EditorState, range: Range): string | null {
  if (range.to <= range.from) return 'Select the quoted words first.';
  const $from = state.doc.resolve(range.from);
  const $to = state.doc.resolve(range.to);
  if ($from.parent !== $to.parent || !$from.parent.isTextblock) return 'A quote must be inside one paragraph: select words in a single paragraph.';
  if (!$from.parent.type.allowsMarkType(quoteMark)) return 'The headline cannot carry a quote: attribute the quote in the article body.';
  if (textOf(state.doc, range).trim() === '') return 'Select the quoted words first.';
  return null;
}

/** Whether the current selection can be made a quote (for the toolbar button). */
export function selectionQuotable(state: EditorState): boolean {
  const { from, to } = state.selection;
  return markApplies(state, quoteMark) && quoteRefusal(state, { from, to }) === null;
}

/** Marks `range` as a new quote; `said` is its words now. Null when `quoteRefusal` objects. */
export function attributeRange(state: EditorState, range: Range, who: Attribution): Transaction | null {
  if (quoteRefusal(state, range) !== null || who.speaker.trim() === '') return null;
  // Made by a person in the Quote dialog: confirmed.
  const attrs: QuoteAttrs = { id: newQuoteId(), ...clean(who), said: textOf(state.doc, range), confirmed: true };
  return state.tr.addMark(range.from, range.to, quoteMark.create(attrs)).scrollIntoView();
}

/**
 * Wraps the body paragraphs `range` touches in a block quote attributed to `who`; `said` is its
 * words. Null when they cannot be wrapped (a heading, a list, the headline or standfirst).
 */
export function blockquoteRange(state: EditorState, range: Range, who: Attribution): Transaction | null {
  if (who.speaker.trim() === '') return null;
  const blocks = state.doc.resolve(range.from).blockRange(state.doc.resolve(range.to));
  const wrapping = blocks && findWrapping(blocks, blockquoteNode);
  if (!blocks || !wrapping) return null;
  const tr = state.tr.wrap(blocks, wrapping);
  const node = tr.doc.nodeAt(blocks.start);
  if (node?.type !== blockquoteNode) return null;
  const attrs: QuoteAttrs = { id: newQuoteId(), ...clean(who), said: blockquoteWords(node), confirmed: true };
  return tr.setNodeMarkup(blocks.start, null, attrs).scrollIntoView();
}

/** Every quote in the document, in reading order. */
export function listQuotes(doc: PMNode): QuoteEntry[] {
  const byId = new Map<string, QuoteEntry>();
  const out: QuoteEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === NodeName.blockquote) {
      const attrs = quoteAttrsOf(node.attrs);
      const range = { from: pos, to: pos + node.nodeSize };
      out.push({ id: attrs.id, kind: 'blockquote', attrs, ...range, text: blockquoteWords(node), ranges: [range] });
      return true;
    }
    if (!node.isText) return true;
    const mark = quoteMark.isInSet(node.marks);
    if (!mark) return false;
    const attrs = quoteAttrsOf(mark.attrs);
    const range = { from: pos, to: pos + node.nodeSize };
    const key = attrs.id || `@${pos}`;
    const entry = byId.get(key);
    // Runs of one id join across hard breaks only, as the checker reads them.
    if (entry && doc.textBetween(entry.to, range.from, '\n', '\n').replace(/\n/g, '') === '' && doc.resolve(entry.to).parent === doc.resolve(range.from).parent) {
      entry.text += doc.textBetween(entry.to, range.to, '\n', '\n');
      entry.to = range.to;
      entry.ranges.push(range);
    } else {
      const created: QuoteEntry = { id: attrs.id, kind: 'mark', attrs, ...range, text: node.text ?? '', ranges: [range] };
      byId.set(key, created);
      out.push(created);
    }
    return false;
  });
  return out;
}

export function findQuote(doc: PMNode, quoteId: string): QuoteEntry | null {
  return listQuotes(doc).find((q) => q.id === quoteId) ?? null;
}

/** Every stretch carrying `quoteId` (normally one). */
function quoteParts(doc: PMNode, quoteId: string): QuoteEntry[] {
  return listQuotes(doc).filter((q) => q.id === quoteId);
}

/**
 * Sets the speaker, role and source of quote `quoteId`; `said` becomes its words now (naming who
 * said them is attributing them). Null when the quote is gone.
 */
export function setAttribution(state: EditorState, quoteId: string, who: Attribution): Transaction | null {
  if (who.speaker.trim() === '') return null;
  // A person naming the speaker confirms it.
  return rewrite(state, quoteId, (q) => ({ ...q.attrs, ...clean(who), said: q.text, confirmed: true }));
}

/** Re-confirms an altered quote: `said` becomes its words now. Null when the quote is gone. */
export function reconfirmQuote(state: EditorState, quoteId: string): Transaction | null {
  return rewrite(state, quoteId, (q) => ({ ...q.attrs, said: q.text }));
}

function rewrite(state: EditorState, quoteId: string, next: (q: QuoteEntry) => QuoteAttrs): Transaction | null {
  const parts = quoteParts(state.doc, quoteId);
  if (parts.length === 0) return null;
  // The first stretch's words are the quote's wording; the others keep the same attribution.
  const attrs = next(parts[0]);
  const tr = state.tr;
  for (const part of parts) {
    if (part.kind === 'blockquote') tr.setNodeMarkup(part.from, null, attrs);
    else for (const r of part.ranges) tr.addMark(r.from, r.to, quoteMark.create(attrs));
  }
  return tr;
}

function clean(who: Attribution): Attribution {
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  return { speaker: one(who.speaker), role: one(who.role), source: one(who.source) };
}

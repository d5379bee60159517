/**
 * Paste keeps attribution. A copy/cut inside Copydesk (same or another article) carries ProseMirror's
 * clipboard HTML (`data-pm-slice`), whose `<q data-quote-id data-speaker …>` and phrase spans parse
 * back into the same marks with every attr: the finder does not run. A copy gets fresh ids when it
 * is copied (`copyQuotesPlugin`), so it is a new quote in this article or another; a cut keeps its
 * ids. On paste, a quote or phrase whose id is still in the document (the same clipboard pasted
 * twice, or copied from a read-only view before this) gets a fresh id too.
 *
 * Only text from outside runs the quote finder: plain text with quotation marks is pasted as
 * paragraphs with every quote and phrase marked as an unconfirmed proposal, and a notice says what
 * was found. Pastes into the headline or standfirst, and pastes with no quotation marks, behave as
 * usual.
 */
import { Plugin } from 'prosemirror-state';
import { Fragment, Slice, type Mark, type Node as PMNode } from 'prosemirror-model';
import { findQuotationSpans, paragraphsWithQuotes, splitParagraphs, type MarkedQuote } from '../../../shared/attribution/finder';
import { articleSchema } from '../../../shared/article/schema';
import { newId } from '../app/ids';

const { quote, phrase } = articleSchema.marks;

/** Whether the clipboard holds a ProseMirror slice (copied from a Copydesk editor). */
export function isCopydeskClipboard(html: string): boolean {
  return html.includes('data-pm-slice');
}

/** Ids of the quote and phrase marks and block quotes in `doc`. */
function idsIn(doc: PMNode): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name === 'blockquote' && typeof node.attrs.id === 'string') ids.add(node.attrs.id);
    for (const m of node.marks) if ((m.type === quote || m.type === phrase) && typeof m.attrs.id === 'string') ids.add(m.attrs.id);
    return true;
  });
  return ids;
}

/** `slice` with every quote, phrase and block quote id for which `rename` holds replaced by a fresh one (the same fresh id wherever the slice repeats it). */
function renameIds(slice: Slice, rename: (id: string) => boolean): Slice {
  const renamed = new Map<string, string>();
  const fresh = (id: unknown): unknown => {
    if (typeof id !== 'string' || id === '' || !rename(id)) return id;
    if (!renamed.has(id)) renamed.set(id, newId());
    return renamed.get(id);
  };
  const remark = (m: Mark): Mark => (m.type === quote || m.type === phrase ? m.type.create({ ...m.attrs, id: fresh(m.attrs.id) }) : m);
  const mapNode = (node: PMNode): PMNode => {
    if (node.isText) return node.mark(node.marks.map(remark));
    const attrs = node.type.name === 'blockquote' ? { ...node.attrs, id: fresh(node.attrs.id) } : node.attrs;
    const children: PMNode[] = [];
    node.forEach((child) => children.push(mapNode(child)));
    return node.type.create(attrs, Fragment.from(children), node.marks.map(remark));
  };
  const content: PMNode[] = [];
  slice.content.forEach((child) => content.push(mapNode(child)));
  return new Slice(Fragment.from(content), slice.openStart, slice.openEnd);
}

/** The pasted slice with a fresh id for every quote/phrase whose id the document still holds. */
export function freshIdsForCopies(slice: Slice, doc: PMNode): Slice {
  const present = idsIn(doc);
  return renameIds(slice, (id) => present.has(id));
}

/** A copied slice with a fresh id for every quote, phrase and block quote: a copy is a new quote wherever it is pasted. */
export function freshIdsForCopy(slice: Slice): Slice {
  return renameIds(slice, () => true);
}

/**
 * Copy (not cut, not drag) puts fresh quote/phrase ids on the clipboard, so a copy pasted into
 * another article is a new quote there too; a cut keeps its ids. Every role may copy, so this is
 * apart from the paste plugin (editors only).
 */
export function copyQuotesPlugin(): Plugin {
  // Set by the DOM event that starts a serialization (copy, cut, dragstart); read by transformCopied.
  let copying = false;
  return new Plugin({
    props: {
      handleDOMEvents: {
        copy(view) {
          copying = !view.state.selection.empty;
          return false;
        },
        cut() {
          copying = false;
          return false;
        },
        dragstart() {
          copying = false;
          return false;
        },
      },
      transformCopied(slice) {
        if (!copying) return slice;
        copying = false;
        return freshIdsForCopy(slice);
      },
    },
  });
}

export function pasteQuotesPlugin(onFound: (quotes: MarkedQuote[]) => void): Plugin {
  return new Plugin({
    props: {
      transformPasted(slice, view) {
        return freshIdsForCopies(slice, view.state.doc);
      },
      handlePaste(view, event) {
        if (isCopydeskClipboard(event.clipboardData?.getData('text/html') ?? '')) return false;
        const text = event.clipboardData?.getData('text/plain') ?? '';
        const parent = view.state.selection.$from.parent.type.name;
        if (text === '' || parent === 'headline' || parent === 'standfirst') return false;
        if (findQuotationSpans(text).length === 0) return false;
        const { paragraphs, quotes } = paragraphsWithQuotes(splitParagraphs(text, true), newId);
        if (paragraphs.length === 0) return false;
        // Open on both sides: the first and last pasted paragraphs join the paragraph pasted into.
        view.dispatch(view.state.tr.replaceSelection(new Slice(Fragment.from(paragraphs), 1, 1)).scrollIntoView());
        onFound(quotes);
        return true;
      },
    },
  });
}

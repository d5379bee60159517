/**
 * Where the attributed quotes of a Y.Doc are, read straight from the Yjs types (no ProseMirror):
 * `quote` formatting on Y.XmlText runs (y-prosemirror stores a mark as the formatting attribute
 * `quote` whose value is the attrs object) and `blockquote` elements' attributes.
 * Only attributed quotes (non-blank speaker) are indexed: they are what the guard protects.
 */
import Y = require('yjs');
import { isAttributed, type StoredQuoteAttrs } from '../../shared/attribution/quote-attrs';

/** One run of an attributed quote inside one Y.XmlText, anchored so it survives concurrent edits. */
export type QuoteRun = {
  attrs: StoredQuoteAttrs;
  /** The run's first character. */
  start: Y.RelativePosition;
  /** The run's last character. */
  last: Y.RelativePosition;
};

type DeltaOp = { insert?: string | object; attributes?: Record<string, unknown> };

/** The attributed quote runs of one text node; adjacent ops with the same quote id form one run. */
export function quoteRuns(text: Y.XmlText): QuoteRun[] {
  const runs: QuoteRun[] = [];
  let index = 0;
  let open: { attrs: StoredQuoteAttrs; from: number; to: number } | null = null;
  const close = () => {
    if (!open) return;
    runs.push({
      attrs: open.attrs,
      start: Y.createRelativePositionFromTypeIndex(text, open.from),
      last: Y.createRelativePositionFromTypeIndex(text, open.to - 1),
    });
    open = null;
  };
  for (const op of text.toDelta() as DeltaOp[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    const quote = op.attributes?.quote;
    if (isAttributed(quote)) {
      if (open && open.attrs.id === quote.id && open.to === index) open.to += length;
      else {
        close();
        open = { attrs: quote, from: index, to: index + length };
      }
    } else close();
    index += length;
  }
  close();
  return runs;
}

/**
 * Resolves a run against the current document: the [from, to) range its surviving characters
 * span now, or null when all of its characters are gone.
 */
export function resolveRun(doc: Y.Doc, text: Y.XmlText, run: QuoteRun): { from: number; to: number } | null {
  const start = Y.createAbsolutePositionFromRelativePosition(run.start, doc);
  const last = Y.createAbsolutePositionFromRelativePosition(run.last, doc);
  if (!start || !last || start.type !== text || last.type !== text) return null;
  // A deleted last character resolves to the position after it; a surviving one to itself.
  const lastSurvives = isLiveCharAt(run.last, doc);
  const to = lastSurvives ? last.index + 1 : last.index;
  return to > start.index ? { from: start.index, to } : null;
}

function isLiveCharAt(rel: Y.RelativePosition, doc: Y.Doc): boolean {
  if (!rel.item) return false;
  const item = Y.getItem(doc.store, rel.item) as Y.Item | undefined;
  return item !== undefined && !item.deleted;
}

/**
 * Characters of [from, to) in `text` whose quote formatting is missing or has a blank speaker
 * (what stripping an attribution leaves behind). Embeds count as one character and are ignored.
 */
export function strippedIn(text: Y.XmlText, from: number, to: number): boolean {
  let index = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    const overlaps = index < to && index + length > from;
    if (overlaps && typeof op.insert === 'string' && op.insert.trim() !== '' && !isAttributed(op.attributes?.quote)) {
      return true;
    }
    index += length;
    if (index >= to) break;
  }
  return false;
}

/** Calls `visit` for every Y.XmlText and Y.XmlElement under `root`, depth first. */
export function walk(root: Y.XmlFragment | Y.XmlElement, visit: (node: Y.XmlText | Y.XmlElement) => void): void {
  for (const child of root.toArray()) {
    if (child instanceof Y.XmlText) visit(child);
    else if (child instanceof Y.XmlElement) {
      visit(child);
      walk(child, visit);
    }
  }
}

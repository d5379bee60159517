/**
 * Unwrapping an attributed blockquote keeps its attribution as inline quote marks. An unwrap is a
 * client transaction that takes paragraphs out of an attributed blockquote (the blockquote deleted
 * whole, or one of its paragraphs deleted from it) and, in the same transaction, adds paragraphs
 * outside any blockquote with exactly those words (y-prosemirror writes a lift that way: new
 * elements, new items), or inserts those words into a paragraph that was there (Backspace at a
 * blockquote's start joins its first paragraph to the one before). Each such paragraph (or run) gets a `quote` mark over all its text with the
 * blockquote's speaker, role, source and confirmation; a fresh id (the blockquote's own id when the
 * blockquote is gone, for its first paragraph); `said` = the paragraph's words, or the blockquote's
 * `said` when the blockquote was already `altered` (so the unwrap never clears that issue).
 * A paragraph that already carries a quote mark (the editor marked it itself) is left alone.
 */
import { randomUUID } from 'node:crypto';
import Y = require('yjs');
import { normalise } from '../../shared/attribution/checker';
import { QUOTE_ATTR_KEYS, type StoredQuoteAttrs } from '../../shared/attribution/quote-attrs';

/** What to mark: whole paragraphs (`length` null: all of each text) or one inserted run of a text. */
export type UnwrapPlan = { parts: { text: Y.XmlText; index: number; length: number | null }[]; attrs: StoredQuoteAttrs };

type Run = { text: Y.XmlText; index: number; str: string };

/** A paragraph taken out of an attributed blockquote; `blockWords`: the blockquote's words before. */
type Removed = { words: string; blockWords: string; attrs: StoredQuoteAttrs; keepsId: boolean };

/**
 * The paragraphs to mark, read from the events of one client transaction (call from the observer:
 * the deleted items still hold their text). `attributed` gives the indexed attrs of a blockquote.
 */
export function planUnwraps(
  txn: Y.Transaction,
  events: Y.YEvent<Y.AbstractType<unknown>>[],
  attributed: (el: Y.XmlElement) => StoredQuoteAttrs | undefined,
): UnwrapPlan[] {
  const removed: Removed[] = [];
  const added: Y.XmlElement[] = [];
  const runs: Run[] = [];
  for (const event of events) {
    const target = event.target;
    if (target instanceof Y.XmlText) {
      if (!(target.parent instanceof Y.XmlElement && insideBlockquote(target.parent))) runs.push(...insertedRuns(target, event as Y.YTextEvent));
      continue;
    }
    if (!(target instanceof Y.XmlElement || target instanceof Y.XmlFragment)) continue;
    const parentAttrs = target instanceof Y.XmlElement && target.nodeName === 'blockquote' ? attributed(target) : undefined;
    for (const item of event.changes.deleted) {
      const el = elementOf(item);
      if (!el) continue;
      const own = el.nodeName === 'blockquote' ? attributed(el) : undefined;
      if (own) {
        const paragraphs = paragraphsOf(el, txn);
        const blockWords = paragraphs.join('\n');
        removed.push(...paragraphs.map((words, i) => ({ words, blockWords, attrs: own, keepsId: i === 0 })));
      } else if (parentAttrs) {
        removed.push({ words: textOf(el, txn), blockWords: paragraphsOf(target as Y.XmlElement, txn).join('\n'), attrs: parentAttrs, keepsId: false });
      }
    }
    for (const item of event.changes.added) {
      const el = elementOf(item);
      if (el && el.nodeName !== 'blockquote' && !insideBlockquote(el)) added.push(el);
    }
  }
  const plans: UnwrapPlan[] = [];
  for (const r of removed) {
    if (r.words.trim() === '') continue;
    const at = added.findIndex((el) => textOf(el, null) === r.words && !quoteMarked(el));
    if (at >= 0) {
      const [paragraph] = added.splice(at, 1);
      const parts = paragraph.toArray().flatMap((c) => (c instanceof Y.XmlText ? [{ text: c, index: 0, length: null }] : []));
      plans.push({ parts, attrs: inlineAttrs(r) });
      continue;
    }
    // Joined into a paragraph that was there (Backspace at a blockquote's start): the inserted run.
    const run = runs.find((x) => x.str.includes(r.words));
    if (run) {
      const index = run.index + run.str.indexOf(r.words);
      run.str = run.str.replace(r.words, '\u0000'.repeat(r.words.length));
      plans.push({ parts: [{ text: run.text, index, length: r.words.length }], attrs: inlineAttrs(r) });
    }
  }
  return plans;
}

/** Formats the planned words with the quote mark (inside the guard's transaction); their words, or null. */
export function applyUnwrap(plan: UnwrapPlan): string | null {
  let words = '';
  for (const { text, index, length } of plan.parts) {
    if (text._item?.deleted) return null;
    const n = length ?? text.length - index;
    if (n > 0) text.format(index, n, { quote: { ...plan.attrs } });
    words += plainOf(text).slice(index, index + n);
  }
  return words;
}

/** The strings a text event inserted, with their index in the text now (embeds count 1). */
function insertedRuns(text: Y.XmlText, event: Y.YTextEvent): Run[] {
  const out: Run[] = [];
  let index = 0;
  for (const op of event.delta as { insert?: unknown; retain?: number; attributes?: Record<string, unknown> }[]) {
    if (op.retain !== undefined) index += op.retain;
    else if (typeof op.insert === 'string') {
      if (!op.attributes?.quote) out.push({ text, index, str: op.insert });
      index += op.insert.length;
    } else if (op.insert !== undefined) index += 1;
  }
  return out;
}

function plainOf(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '\uFFFC')).join('');
}

function inlineAttrs(r: Removed): StoredQuoteAttrs {
  const picked: Record<string, unknown> = {};
  for (const key of QUOTE_ATTR_KEYS) if (r.attrs[key] !== undefined) picked[key] = r.attrs[key];
  const said = typeof r.attrs.said === 'string' ? r.attrs.said : '';
  const altered = said !== '' && normalise(said) !== normalise(r.blockWords);
  return { ...(picked as StoredQuoteAttrs), id: r.keepsId ? r.attrs.id : randomUUID(), said: altered ? said : r.words };
}

function elementOf(item: Y.Item): Y.XmlElement | null {
  return item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement ? item.content.type : null;
}

function insideBlockquote(el: Y.XmlElement): boolean {
  for (let p = el.parent; p instanceof Y.XmlElement; p = p.parent) if (p.nodeName === 'blockquote') return true;
  return false;
}

function paragraphsOf(blockquote: Y.XmlElement, txn: Y.Transaction): string[] {
  const out: string[] = [];
  for (const item of items(blockquote, txn)) {
    const el = elementOf(item);
    if (el) out.push(textOf(el, txn));
  }
  return out;
}

/**
 * A paragraph's words, hard breaks as '\n'. With `txn`: as they were when the transaction began
 * (live items and items it deleted); without: as they are now.
 */
function textOf(el: Y.XmlElement, txn: Y.Transaction | null): string {
  let out = '';
  for (const item of items(el, txn)) {
    const content = item.content;
    if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
      for (const inner of items(content.type, txn)) if (inner.content instanceof Y.ContentString) out += inner.content.str;
    } else if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement && content.type.nodeName === 'hard_break') out += '\n';
  }
  return out;
}

function* items(type: { _start: Y.Item | null }, txn: Y.Transaction | null): Generator<Y.Item> {
  for (let n = type._start; n !== null; n = n.right) {
    if (!n.deleted || (txn !== null && Y.isDeleted(txn.deleteSet, n.id))) yield n;
  }
}

function quoteMarked(el: Y.XmlElement): boolean {
  return el.toArray().some((c) => c instanceof Y.XmlText && (c.toDelta() as { attributes?: Record<string, unknown> }[]).some((op) => op.attributes?.quote));
}

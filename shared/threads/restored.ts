/**
 * Deleted words that came back. Yjs never revives a deleted item: an undo (or a redo, or another
 * client's merged undo) inserts a copy with new ids, and only the document that ran the undo knows
 * the link (`Item.redone`, never sent; yjs issue 638). Every other copy of the document can still
 * read it from the copy itself: `Y.UndoManager` inserts the copy of a deleted run right before the
 * run, in the same parent, with `rightOrigin` = the id of the run's first character, and the copy's
 * characters in the run's order (one clock each). Typing at the same place never produces that:
 * Yjs skips deleted items to the right before it inserts text, so typed text's `rightOrigin` is the
 * next live item.
 *
 * `followRestored` maps a relative position on a deleted character to the same character in its
 * live copy (following copies of copies: undo, redo, undo), so a thread anchored on words that were
 * deleted and then restored resolves to the restored words, for every client and the server alike.
 * A followed passage counts only when it reads exactly like the thread's `quote` (`sameWords`).
 * Limits: a copy is found only inside the same parent (the paragraph's text), so words restored
 * with a paragraph that was deleted whole are not followed; words edited after the thread was
 * made, then deleted and restored, no longer read like its `quote` and stay "on deleted text".
 */
import * as Y from 'yjs';
import { MAX_QUOTE_CHARS } from './threads';

/** Copies followed at most (undo, redo, undo, …); bounds the walk on a malicious chain. */
const MAX_HOPS = 32;

type ID = { client: number; clock: number };

/** The position itself when it is not on a deleted character with a restored copy; else the copy's. */
export function followRestored(doc: Y.Doc, rel: Y.RelativePosition): Y.RelativePosition {
  if (rel.item === null) return rel;
  let id: ID = rel.item;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const item = liveStruct(doc, id);
    if (!item || !item.deleted) break;
    const copy = restoredCopy(doc, item, id);
    if (!copy) break;
    id = copy;
  }
  if (id === rel.item) return rel;
  return Y.createRelativePositionFromJSON({ type: null, tname: null, item: id, assoc: rel.assoc });
}

/** The Item holding `id`, or null when `id` is unknown here or garbage-collected. */
function liveStruct(doc: Y.Doc, id: ID): Y.Item | null {
  if (Y.getState(doc.store, id.client) <= id.clock) return null;
  const struct = Y.getItem(doc.store, Y.createID(id.client, id.clock));
  return struct instanceof Y.Item ? struct : null;
}

/**
 * The id of the character that copies `id` (inside deleted `item`), or null. Candidates are the
 * first pieces of copies in the same parent whose `rightOrigin` is a character of the same client at
 * or before `id`; the character at the same offset in the copy must belong to a piece with that
 * same `rightOrigin` and parent (so an offset past the copy's end is refused).
 */
function restoredCopy(doc: Y.Doc, item: Y.Item, id: ID): ID | null {
  const parent = item.parent as Y.AbstractType<unknown>;
  if (parent._item?.deleted) return null;
  let best: ID | null = null;
  let bestOrigin = -1;
  for (let r = parent._start; r !== null; r = r.right) {
    const origin = r.rightOrigin;
    if (r === item || !origin || origin.client !== id.client || origin.clock > id.clock || origin.clock <= bestOrigin) continue;
    if (isContinuation(doc, r)) continue;
    const target = { client: r.id.client, clock: r.id.clock + (id.clock - origin.clock) };
    const holder = liveStruct(doc, target);
    if (!holder || holder.parent !== parent || !holder.rightOrigin || !Y.compareIDs(holder.rightOrigin, origin)) continue;
    best = target;
    bestOrigin = origin.clock;
  }
  return best;
}

/** True when `r` is a later piece of a copy split in two (its left piece: previous clock, same rightOrigin). */
function isContinuation(doc: Y.Doc, r: Y.Item): boolean {
  const o = r.origin;
  if (!o || o.client !== r.id.client || o.clock !== r.id.clock - 1) return false;
  const left = liveStruct(doc, o);
  return left !== null && left.rightOrigin !== null && r.rightOrigin !== null && Y.compareIDs(left.rightOrigin, r.rightOrigin);
}

/**
 * True when `passage` (the words a followed anchor covers) are the thread's words at creation
 * (`quote`, which clients shorten past MAX_QUOTE_CHARS with a final "…"). A restored passage must
 * read exactly so: a structural match alone could land on words typed before the passage.
 */
export function sameWords(passage: string, quote: string): boolean {
  if (passage === quote) return true;
  return quote.length === MAX_QUOTE_CHARS && quote.endsWith('…') && passage.startsWith(quote.slice(0, -1));
}

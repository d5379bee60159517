/**
 * Thread anchors between ProseMirror and Yjs. A new thread's anchor is made from the selection as
 * the wire contract asks (`start`: assoc 0 at the passage's first character; `end`: assoc -1 after
 * its last, so words typed right outside the passage stay outside); a stored anchor is resolved
 * to where its passage is in this editor now, or found to be on deleted text.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition } from 'y-prosemirror';
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../../shared/article/layout';
import { decodeAnchor, encodeAnchorPosition, type DecodedAnchor } from '../../../shared/threads/anchor';
import { followRestored, sameWords } from '../../../shared/threads/restored';
import { MAX_QUOTE_CHARS, type ThreadAnchor } from '../../../shared/threads/threads';
import { bindingOf, type Range } from './anchors';

export type NewAnchor = { anchor: ThreadAnchor; quote: string; range: Range };

/**
 * Where a thread's passage is now: `located` (a non-empty range), `orphaned` (its text was
 * deleted; the thread is kept and listed apart), or `pending` (it names text this browser has not
 * received yet, e.g. typed a moment ago by someone else).
 */
export type Placement = { kind: 'located'; from: number; to: number } | { kind: 'orphaned' } | { kind: 'pending' };

/** The part of `[from, to)` that is text: from its first character to the end of its last; null when none. */
export function textRange(doc: PMNode, from: number, to: number): Range | null {
  let first = -1;
  let last = -1;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const start = Math.max(from, pos);
    const end = Math.min(to, pos + node.nodeSize);
    if (end > start) {
      if (first < 0) first = start;
      last = end;
    }
    return false;
  });
  return first < 0 ? null : { from: first, to: last };
}

/** The passage's words as the server stores them (blocks on their own lines), shortened to the limit. */
export function quoteOf(doc: PMNode, range: Range): string {
  const text = doc.textBetween(range.from, range.to, '\n', '\n');
  return text.length <= MAX_QUOTE_CHARS ? text : `${text.slice(0, MAX_QUOTE_CHARS - 1)}…`;
}

/** The anchor and quote of the selected words, or null when the selection holds no text. */
export function anchorSelection(state: EditorState): NewAnchor | null {
  const binding = bindingOf(state);
  const range = textRange(state.doc, state.selection.from, state.selection.to);
  if (!binding || !range) return null;
  const { doc, type, mapping } = binding;
  const absolute = (pos: number) => {
    const rel = absolutePositionToRelativePosition(pos, type, mapping as never) as Y.RelativePosition;
    return Y.createAbsolutePositionFromRelativePosition(rel, doc);
  };
  // Both ends are characters of the passage: the first, and the last (its end is index + 1).
  const first = absolute(range.from);
  const last = absolute(range.to - 1);
  if (!first || !last) return null;
  return {
    anchor: {
      start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(first.type, first.index, 0)),
      end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(last.type, last.index + 1, -1)),
    },
    quote: quoteOf(state.doc, range),
    range,
  };
}

const decodedCache = new Map<string, DecodedAnchor | null>();

function decoded(anchor: ThreadAnchor): DecodedAnchor | null {
  const key = `${anchor.start} ${anchor.end}`;
  let value = decodedCache.get(key);
  if (value === undefined) {
    const result = decodeAnchor(anchor);
    value = result.ok ? result.value : null;
    decodedCache.set(key, value);
  }
  return value;
}

/** True when `rel` names an item this document has not received yet. */
function unseen(doc: Y.Doc, rel: Y.RelativePosition): boolean {
  const id = rel.item ?? rel.type;
  return id !== null && Y.getState(doc.store, id.client) <= id.clock;
}

/**
 * Where `anchor` is in this editor now. With the thread's `quote`, an anchor on deleted words that
 * came back (undo, redo, someone else's undo) is followed to the restored words when they read
 * exactly like `quote` (`followRestored`), as the server does for `GET …/threads`.
 */
export function placeAnchor(state: EditorState, anchor: ThreadAnchor, quote?: string): Placement {
  const binding = bindingOf(state);
  const rel = decoded(anchor);
  if (!binding || !rel) return { kind: rel ? 'pending' : 'orphaned' };
  const { doc } = binding;
  if (unseen(doc, rel.start) || unseen(doc, rel.end)) return { kind: 'pending' };
  // A position in another root type would create that type when resolved: it is not in the article.
  if ((rel.start.tname ?? ARTICLE_FRAGMENT) !== ARTICLE_FRAGMENT || (rel.end.tname ?? ARTICLE_FRAGMENT) !== ARTICLE_FRAGMENT) {
    return { kind: 'orphaned' };
  }
  const now = locate(state, rel);
  if (now.kind !== 'orphaned' || quote === undefined) return now;
  const back = locate(state, { start: followRestored(doc, rel.start), end: followRestored(doc, rel.end) });
  return back.kind === 'located' && sameWords(state.doc.textBetween(back.from, back.to, '\n', '\n'), quote) ? back : now;
}

function locate(state: EditorState, rel: DecodedAnchor): Placement {
  const { doc, type, mapping } = bindingOf(state)!;
  try {
    const from = relativePositionToAbsolutePosition(doc, type, rel.start, mapping as never);
    const to = relativePositionToAbsolutePosition(doc, type, rel.end, mapping as never);
    if (from === null || to === null || to <= from || to > state.doc.content.size) return { kind: 'orphaned' };
    // Deleted words leave both ends where they were: nothing, or only block boundaries, between them.
    if (state.doc.textBetween(from, to, '\n', '\n').replace(/\n/g, '') === '') return { kind: 'orphaned' };
    return { kind: 'located', from, to };
  } catch {
    // The binding has not rendered a type the anchor walks through yet.
    return { kind: 'pending' };
  }
}

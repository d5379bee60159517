/**
 * Ranges that survive concurrent edits. A dialog opened on some words may be answered seconds
 * later, after other people's changes have moved every position; y-prosemirror replaces the whole
 * document on a remote change, so ProseMirror's own position mapping cannot follow them. A Yjs
 * relative position is anchored to the characters themselves instead.
 */
import type { EditorState } from 'prosemirror-state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from 'y-prosemirror';
import type * as Y from 'yjs';

export type Range = { from: number; to: number };

/** Resolves to where the words are now, or null when they were deleted. */
export type Anchor = { resolve(state: EditorState): Range | null };

/** y-prosemirror's binding of the editor to the `article` fragment (from the sync plugin's state). */
export type Binding = { doc: Y.Doc; type: Y.XmlFragment; mapping: Map<unknown, unknown> };

export function bindingOf(state: EditorState): Binding | null {
  const sync = ySyncPluginKey.getState(state) as { binding?: Binding } | undefined;
  return sync?.binding ?? null;
}

export function anchorRange(state: EditorState, range: Range): Anchor {
  const binding = bindingOf(state);
  if (!binding) return { resolve: (s) => (range.to <= s.doc.content.size ? range : null) };
  const { doc, type, mapping } = binding;
  const start = absolutePositionToRelativePosition(range.from, type, mapping as never) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(range.to, type, mapping as never) as Y.RelativePosition;
  return {
    resolve(now) {
      const current = bindingOf(now) ?? binding;
      const from = relativePositionToAbsolutePosition(doc, type, start, current.mapping as never);
      const to = relativePositionToAbsolutePosition(doc, type, end, current.mapping as never);
      if (from === null || to === null || to <= from || to > now.doc.content.size) return null;
      return { from, to };
    },
  };
}

/**
 * Editing commands for the article schema: prosemirror-commands and prosemirror-schema-list,
 * guarded by the article's fixed frame — exactly one headline, then one standfirst, then the body.
 * Enter, Backspace and Delete never split, join or remove those two; at their edges the cursor
 * moves instead. The guards run first and answer only at the frame; everywhere else the library
 * commands do the work.
 */
import { chainCommands, createParagraphNear, deleteSelection, joinBackward, joinForward, liftEmptyBlock, selectNodeBackward, selectNodeForward, splitBlock } from 'prosemirror-commands';
import { liftListItem, splitListItem } from 'prosemirror-schema-list';
import { Selection, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import type { MarkType, ResolvedPos } from 'prosemirror-model';
import { articleSchema, NodeName } from '../../../shared/article/schema';

const { headline, standfirst, list_item: listItem, hard_break: hardBreak } = articleSchema.nodes;

/** Index of the first body block among the document's children (after headline and standfirst). */
const FIRST_BODY = 2;

/** True for the headline and the standfirst, the fixed frame above the body. */
function isFrame($pos: ResolvedPos): boolean {
  return $pos.parent.type === headline || $pos.parent.type === standfirst;
}

export function markActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

/** Whether `type` may be applied somewhere in the selection (e.g. not inside the headline). */
export function markApplies(state: EditorState, type: MarkType): boolean {
  const { ranges, empty, $from } = state.selection;
  if (empty) return $from.parent.inlineContent && $from.parent.type.allowsMarkType(type);
  let applies = false;
  for (const { $from: a, $to: b } of ranges) {
    state.doc.nodesBetween(a.pos, b.pos, (node) => {
      if (applies) return false;
      if (node.inlineContent && node.type.allowsMarkType(type)) applies = true;
      return !applies;
    });
  }
  return applies;
}

function cursorOf(state: EditorState): ResolvedPos | null {
  return state.selection instanceof TextSelection ? state.selection.$cursor : null;
}

/** Moves the cursor to the nearest text position from `pos` in direction `dir`. */
function moveTo(state: EditorState, pos: number, dir: -1 | 1): ReturnType<EditorState['tr']['setSelection']> | null {
  const next = Selection.findFrom(state.doc.resolve(pos), dir, true);
  return next ? state.tr.setSelection(next).scrollIntoView() : null;
}

/** Enter in the headline or standfirst: on to the start of the next text block (never a split). */
const frameEnter: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if (!isFrame($from)) return false;
  const tr = moveTo(state, $from.after(1), 1);
  if (dispatch && tr) dispatch(tr);
  return true;
};

/** Enter: list items split (an empty one leaves its list), empty nested blocks lift, blocks split. */
export const enter: Command = chainCommands(frameEnter, splitListItem(listItem), createParagraphNear, liftEmptyBlock, splitBlock);

/** Shift-Enter: a hard break where the block allows one (not in the headline or standfirst). */
export const insertHardBreak: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if (!$from.parent.canReplaceWith($from.index(), $from.indexAfter(), hardBreak)) return false;
  if (dispatch) dispatch(state.tr.replaceSelectionWith(hardBreak.create()).scrollIntoView());
  return true;
};

/**
 * Backspace at the start of a text block, where the frame is concerned: nothing in the headline;
 * to the end of the headline from the standfirst; at the very start of the body, to the end of
 * the standfirst (an empty first paragraph is dropped when more body follows; a list item leaves
 * its list). Elsewhere it answers false and the library joins blocks as usual.
 */
export const frameBackspace: Command = (state, dispatch) => {
  const $cursor = cursorOf(state);
  if (!$cursor || $cursor.parentOffset > 0) return false;
  if ($cursor.parent.type === headline) return true;
  if ($cursor.parent.type === standfirst) {
    const tr = moveTo(state, $cursor.before(), -1);
    if (dispatch && tr) dispatch(tr);
    return true;
  }
  // Only the first text position of the first body block borders the standfirst.
  if ($cursor.index(0) !== FIRST_BODY || $cursor.pos !== (Selection.findFrom(state.doc.resolve($cursor.before(1)), 1, true)?.from ?? -1)) return false;
  if ($cursor.depth > 1) {
    if ($cursor.node(-1).type === listItem) return liftListItem(listItem)(state, dispatch);
    const tr = moveTo(state, $cursor.before(1), -1);
    if (dispatch && tr) dispatch(tr);
    return true;
  }
  const blockStart = $cursor.before();
  const bodyBlocks = state.doc.childCount - FIRST_BODY;
  if ($cursor.parent.content.size === 0 && bodyBlocks > 1) {
    const tr = state.tr.delete(blockStart, $cursor.after());
    const back = Selection.findFrom(tr.doc.resolve(blockStart), -1, true);
    if (back) tr.setSelection(back);
    if (dispatch) dispatch(tr.scrollIntoView());
    return true;
  }
  const tr = moveTo(state, blockStart, -1);
  if (dispatch && tr) dispatch(tr);
  return true;
};

/** Delete at the end of the headline or standfirst: nothing (they never take the next block in). */
export const frameDelete: Command = (state) => {
  const $cursor = cursorOf(state);
  return !!$cursor && $cursor.parentOffset === $cursor.parent.content.size && isFrame($cursor);
};

export const backspace: Command = chainCommands(frameBackspace, deleteSelection, joinBackward, selectNodeBackward);
export const del: Command = chainCommands(frameDelete, deleteSelection, joinForward, selectNodeForward);

/** Node names the undo manager must never delete on undo (see y-prosemirror `protectedNodes`). */
export const PROTECTED_NODES = new Set<string>([NodeName.headline, NodeName.standfirst, NodeName.paragraph]);

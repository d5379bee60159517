/**
 * Editing commands for the article schema, in ProseMirror's `Command` shape: with no `dispatch`
 * they only answer "would this apply?". A small stand-in for prosemirror-commands (not installed),
 * shaped by the article's fixed frame: exactly one headline, then one standfirst, then the body.
 * Those two are never split, joined or removed by Enter, Backspace or Delete.
 */
import { Selection, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { canJoin, canSplit } from 'prosemirror-transform';
import type { MarkType, ResolvedPos } from 'prosemirror-model';
import { articleSchema, NodeName } from '../../shared/schema';

const { headline, standfirst, heading, paragraph, list_item: listItem, hard_break: hardBreak } = articleSchema.nodes;

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

/** Adds the mark to the selection, or removes it when the selection already has it. */
export function toggleMark(type: MarkType): Command {
  return (state, dispatch) => {
    if (!markApplies(state, type)) return false;
    if (!dispatch) return true;
    const { from, to, empty } = state.selection;
    if (empty) {
      const marks = state.storedMarks ?? state.selection.$from.marks();
      dispatch(state.tr.setStoredMarks(type.isInSet(marks) ? type.removeFromSet(marks) : type.create().addToSet(marks)));
      return true;
    }
    const tr = state.tr;
    if (state.doc.rangeHasMark(from, to, type)) tr.removeMark(from, to, type);
    else tr.addMark(from, to, type.create());
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/**
 * Enter. In the headline or standfirst: move to the start of the next text block (never split).
 * In the body: split the block; a heading split at its end continues as a paragraph; a paragraph
 * in a list item splits the item.
 */
export const splitBlock: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  if (!$from.parent.isTextblock || $from.parent !== $to.parent) return false;
  if (isFrame($from)) {
    const next = Selection.findFrom(state.doc.resolve($from.after(1)), 1, true);
    if (dispatch && next) dispatch(state.tr.setSelection(next).scrollIntoView());
    return true;
  }
  const tr = state.tr.deleteSelection();
  const $pos = tr.selection.$from;
  const inItem = $pos.depth >= 2 && $pos.node(-1).type === listItem && $pos.index(-1) === 0;
  const depth = inItem ? 2 : 1;
  const atEnd = $pos.parentOffset === $pos.parent.content.size;
  const types = $pos.parent.type === heading && atEnd ? [{ type: paragraph }] : undefined;
  if (!canSplit(tr.doc, $pos.pos, depth, types)) return false;
  if (dispatch) dispatch(tr.split($pos.pos, depth, types).scrollIntoView());
  return true;
};

/** Shift-Enter: a hard break where the block allows one (not in the headline or standfirst). */
export const insertHardBreak: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if (!$from.parent.canReplaceWith($from.index(), $from.indexAfter(), hardBreak)) return false;
  if (dispatch) dispatch(state.tr.replaceSelectionWith(hardBreak.create()).scrollIntoView());
  return true;
};

/** Backspace/Delete over a selection. */
export const deleteSelection: Command = (state, dispatch) => {
  if (state.selection.empty) return false;
  if (dispatch) dispatch(state.tr.deleteSelection().scrollIntoView());
  return true;
};

/**
 * Backspace at the start of a text block: join it onto the previous body block when they fit;
 * otherwise just move the cursor to the end of the previous text block. Handled (returns true)
 * at every block start so the browser never restructures the document on its own.
 */
export const joinBackward: Command = (state, dispatch) => {
  const $cursor = cursorOf(state);
  if (!$cursor || $cursor.parentOffset > 0) return false;
  if ($cursor.parent.type === headline) return true;
  const before = $cursor.before();
  const prev = state.doc.resolve(before).nodeBefore;
  const tr = state.tr;
  if (!isFrame($cursor) && prev?.isTextblock && !isFrame(state.doc.resolve(before - 1)) && canJoin(state.doc, before)) {
    tr.join(before);
  } else if (!isFrame($cursor) && $cursor.parent.content.size === 0 && $cursor.depth === 1 && bodyBlockCount(state) > 1) {
    // An empty body block after the standfirst or a list: drop it.
    tr.delete(before, $cursor.after());
    const back = Selection.findFrom(tr.doc.resolve(before), -1, true);
    if (back) tr.setSelection(back);
  } else {
    const back = Selection.findFrom(state.doc.resolve(before), -1, true);
    if (!back) return true;
    tr.setSelection(back);
  }
  if (dispatch) dispatch(tr.scrollIntoView());
  return true;
};

/** Delete at the end of a text block: join the next body block onto this one when they fit. */
export const joinForward: Command = (state, dispatch) => {
  const $cursor = cursorOf(state);
  if (!$cursor || $cursor.parentOffset < $cursor.parent.content.size) return false;
  if (isFrame($cursor)) return true;
  const after = $cursor.after();
  const next = state.doc.resolve(after).nodeAfter;
  if (next?.isTextblock && canJoin(state.doc, after)) {
    if (dispatch) dispatch(state.tr.join(after).scrollIntoView());
  }
  return true;
};

function cursorOf(state: EditorState): ResolvedPos | null {
  return state.selection instanceof TextSelection ? state.selection.$cursor : null;
}

function bodyBlockCount(state: EditorState): number {
  return state.doc.childCount - 2;
}

/** Node names the undo manager must never delete on undo (see y-prosemirror `protectedNodes`). */
export const PROTECTED_NODES = new Set<string>([NodeName.headline, NodeName.standfirst, NodeName.paragraph]);

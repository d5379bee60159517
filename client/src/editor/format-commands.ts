/**
 * The toolbar's block and link commands: headings (H2, H3), bullet and numbered lists
 * (prosemirror-schema-list), links (through the Link dialog) and block quotes. A block quote is
 * a quote like any other: it needs a speaker, so wrapping opens the Quote dialog (see
 * attribution-actions.ts) and a block quote is never unwrapped here, which would strip its
 * attribution. Each command, called without `dispatch`, answers whether it applies.
 */
import { setBlockType } from 'prosemirror-commands';
import type { Node as PMNode, NodeType } from 'prosemirror-model';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import type { Command, EditorState } from 'prosemirror-state';
import { findWrapping } from 'prosemirror-transform';
import type { EditorView } from 'prosemirror-view';
import { articleSchema } from '../../../shared/article/schema';
import { anchorRange, type Range } from '../threads/anchors';
import { markApplies } from './commands';
import { openLinkDialog } from './link-dialog';
import type { Overlays } from '../app/overlays';

const { heading, paragraph, bullet_list: bulletList, ordered_list: orderedList, list_item: listItem, blockquote } = articleSchema.nodes;
const { link } = articleSchema.marks;

export function headingActive(level: number): (state: EditorState) => boolean {
  return (state) => {
    const { $from, $to } = state.selection;
    return $from.parent === $to.parent && $from.parent.type === heading && $from.parent.attrs.level === level;
  };
}

/** The block becomes a heading of `level`, or back a paragraph when it already is one. */
export function toggleHeading(level: number): Command {
  const active = headingActive(level);
  return (state, dispatch) => (active(state) ? setBlockType(paragraph)(state, dispatch) : setBlockType(heading, { level })(state, dispatch));
}

/** The closest list around the selection's start, with its position. */
function closestList(state: EditorState): { node: PMNode; pos: number } | null {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.type === bulletList || node.type === orderedList) return { node, pos: $from.before(d) };
  }
  return null;
}

export function listActive(type: NodeType): (state: EditorState) => boolean {
  return (state) => closestList(state)?.node.type === type;
}

/** Wraps the blocks in a list of `type`; in such a list, lifts the items out; in the other kind, switches kind. */
export function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    const list = closestList(state);
    if (list?.node.type === type) return liftListItem(listItem)(state, dispatch);
    if (list) {
      if (dispatch) dispatch(state.tr.setNodeMarkup(list.pos, type).scrollIntoView());
      return true;
    }
    return wrapInList(type)(state, dispatch);
  };
}

/** The words a link command acts on: the selection, or the whole link around the cursor. */
export function linkRange(state: EditorState): Range | null {
  const { from, to, empty, $from } = state.selection;
  if (!empty) return { from, to };
  const mark = link.isInSet($from.marks()) ?? ($from.nodeAfter && link.isInSet($from.nodeAfter.marks));
  if (!mark) return null;
  // The run of neighbouring text carrying the same link, around the cursor.
  const start = $from.start();
  let run = null as Range | null;
  let found = null as Range | null;
  $from.parent.forEach((child, offset) => {
    const a = start + offset;
    const b = a + child.nodeSize;
    run = mark.isInSet(child.marks) ? (run && run.to === a ? { from: run.from, to: b } : { from: a, to: b }) : null;
    if (run && run.from <= from && run.to >= from) found = run;
  });
  return found;
}

export function linkActive(state: EditorState): boolean {
  const range = linkRange(state);
  return !!range && state.doc.rangeHasMark(range.from, range.to, link);
}

/** Opens the Link dialog on the selected words (or the link at the cursor). */
/** Opens the Link dialog (in `overlays`) on the selected words. */
export function linkCommand(overlays: Overlays): Command {
  return (state, dispatch, view) => {
    const range = linkRange(state);
    if (!range || !markApplies(state, link)) return false;
    if (dispatch && view) editLink(overlays, view, range);
    return true;
  };
}

function editLink(overlays: Overlays, view: EditorView, range: Range): void {
  const { doc } = view.state;
  let current: string | undefined;
  doc.nodesBetween(range.from, range.to, (node) => {
    current ??= link.isInSet(node.marks)?.attrs.href as string | undefined;
  });
  const anchor = anchorRange(view.state, range);
  const apply = (href: string | null) => {
    const now = anchor.resolve(view.state);
    if (!now) return;
    const tr = view.state.tr.removeMark(now.from, now.to, link);
    if (href) tr.addMark(now.from, now.to, link.create({ href }));
    view.dispatch(tr.scrollIntoView());
  };
  openLinkDialog(overlays, {
    words: doc.textBetween(range.from, range.to, ' '),
    initial: current,
    onSubmit: (href) => apply(href),
    onRemove: current ? () => apply(null) : undefined,
    onClose: () => view.focus(),
  });
}

/** The block quote around the selection, if any. */
export function blockquoteAround(state: EditorState): { node: PMNode; pos: number } | null {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    if ($from.node(d).type === blockquote) return { node: $from.node(d), pos: $from.before(d) };
  }
  return null;
}

/** Whether the selected blocks can become a block quote (whole paragraphs of the body). */
export function canWrapInBlockquote(state: EditorState, range: Range = state.selection): boolean {
  const blocks = state.doc.resolve(range.from).blockRange(state.doc.resolve(range.to));
  return !!blocks && !!findWrapping(blocks, blockquote);
}

/** The Blockquote button: applies inside a block quote (to change its speaker) or on wrappable blocks. */
export function blockquoteCommand(onRun: () => void): Command {
  return (state, dispatch) => {
    if (!blockquoteAround(state) && !canWrapInBlockquote(state)) return false;
    if (dispatch) onRun();
    return true;
  };
}

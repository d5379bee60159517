/**
 * What an editor can do from the keyboard and the formatting toolbar, in one place so a button
 * and its shortcut always run the same command. Undo and redo are y-prosemirror's: they take back
 * only this user's changes, never a colleague's.
 */
import { setBlockType, toggleMark } from 'prosemirror-commands';
import { liftListItem, sinkListItem } from 'prosemirror-schema-list';
import { chainCommands } from 'prosemirror-commands';
import type { Command } from 'prosemirror-state';
import { redo, redoCommand, undo, undoCommand } from 'y-prosemirror';
import { articleSchema } from '../../../shared/article/schema';
import { backspace, del, enter, frameBackspace, frameDelete, insertHardBreak, markActive } from './commands';
import type { Overlays } from '../app/overlays';
import { blockquoteAround, blockquoteCommand, headingActive, linkActive, linkCommand, listActive, toggleHeading, toggleList } from './format-commands';
import { selectionQuotable } from '../attribution/quote-marks';
import type { ToolbarItem } from './toolbar';

const { strong, em } = articleSchema.marks;
const { paragraph, bullet_list: bulletList, ordered_list: orderedList, list_item: listItem } = articleSchema.nodes;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.platform);
export const modName = isMac ? '⌘' : 'Ctrl+';
const shiftName = isMac ? '⇧' : 'Shift+';
const altName = isMac ? '⌥' : 'Alt+';

export type FormatHooks = {
  /** Opens the Quote dialog on the selection. */
  onQuote(): void;
  /** Opens the Quote dialog to make the selected paragraphs a block quote (or change its speaker). */
  onBlockquote(): void;
  /** Where the Link dialog opens (the screen's layer). */
  overlays: Overlays;
};

/**
 * Consumes the key even when the command does not apply, so the browser's own contenteditable
 * behaviour (its bold, undo, paragraph split) never edits the DOM behind ProseMirror's back.
 */
const consume =
  (command: Command): Command =>
  (state, dispatch, view) => {
    command(state, dispatch, view);
    return true;
  };

const undoOnce: Command = (state, dispatch) => (dispatch ? undo(state) : (undoCommand(state) ?? false));
const redoOnce: Command = (state, dispatch) => (dispatch ? redo(state) : (redoCommand(state) ?? false));

function quote(hooks: FormatHooks): Command {
  return (state, dispatch) => {
    if (!selectionQuotable(state)) return false;
    if (dispatch) hooks.onQuote();
    return true;
  };
}

export function formattingItems(hooks: FormatHooks): ToolbarItem[] {
  const item = (id: string, text: string, label: string, shortcut: string, group: string, command: Command, active?: ToolbarItem['active']): ToolbarItem => ({
    id,
    text,
    label,
    shortcut,
    group,
    command,
    active,
  });
  return [
    item('bold', 'B', 'Bold', `${modName}B`, 'text', toggleMark(strong), (s) => markActive(s, strong)),
    item('italic', 'I', 'Italic', `${modName}I`, 'text', toggleMark(em), (s) => markActive(s, em)),
    item('link', 'Link', 'Link', `${modName}K`, 'text', linkCommand(hooks.overlays), linkActive),
    item('h2', 'H2', 'Heading 2', `${modName}${altName}2`, 'block', toggleHeading(2), headingActive(2)),
    item('h3', 'H3', 'Heading 3', `${modName}${altName}3`, 'block', toggleHeading(3), headingActive(3)),
    item('bullets', '•', 'Bulleted list', `${modName}${shiftName}8`, 'block', toggleList(bulletList), listActive(bulletList)),
    item('numbers', '1.', 'Numbered list', `${modName}${shiftName}7`, 'block', toggleList(orderedList), listActive(orderedList)),
    item('blockquote', '❝', 'Block quote', `${modName}${shiftName}9`, 'block', blockquoteCommand(hooks.onBlockquote), (s) => !!blockquoteAround(s)),
    item('quote', 'Quote', 'Quote', `${modName}${shiftName}Q`, 'review', quote(hooks)),
    item('undo', 'Undo', 'Undo', `${modName}Z`, 'history', undoOnce),
    item('redo', 'Redo', 'Redo', `${modName}${shiftName}Z`, 'history', redoOnce),
  ];
}

export function editingKeys(hooks: FormatHooks): Record<string, Command> {
  return {
    'Mod-b': consume(toggleMark(strong)),
    'Mod-i': consume(toggleMark(em)),
    'Mod-k': consume(linkCommand(hooks.overlays)),
    'Mod-Alt-2': toggleHeading(2),
    'Mod-Alt-3': toggleHeading(3),
    'Mod-Alt-0': setBlockType(paragraph),
    'Mod-Shift-8': toggleList(bulletList),
    'Mod-Shift-7': toggleList(orderedList),
    'Mod-Shift-9': blockquoteCommand(hooks.onBlockquote),
    'Mod-]': sinkListItem(listItem),
    'Mod-[': liftListItem(listItem),
    // Always answers (a refusal is explained), unlike the button, which is disabled.
    'Mod-Shift-q': () => {
      hooks.onQuote();
      return true;
    },
    'Mod-z': consume(undoOnce),
    'Mod-Shift-z': consume(redoOnce),
    'Mod-y': consume(redoOnce),
    Enter: consume(enter),
    'Shift-Enter': consume(chainCommands(insertHardBreak, enter)),
    Backspace: backspace,
    Delete: del,
    // Word and line deletion stay the browser's, except where they would break the frame.
    'Mod-Backspace': frameBackspace,
    'Alt-Backspace': frameBackspace,
    'Mod-Delete': frameDelete,
    'Alt-Delete': frameDelete,
  };
}

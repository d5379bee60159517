/**
 * The ProseMirror editor bound to an article's Y.Doc: y-prosemirror sync, remote cursors and
 * undo (which only undoes this user's changes), plus keys and the toolbar.
 *
 * Create it only after the provider's first sync: an editor bound to an empty fragment would
 * write a blank headline and standfirst into it, which would then merge with the server's.
 */
import { EditorState, type Command } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { redo, redoCommand, undo, undoCommand, yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../shared/layout';
import { articleSchema } from '../../shared/schema';
import {
  deleteSelection,
  insertHardBreak,
  joinBackward,
  joinForward,
  markActive,
  PROTECTED_NODES,
  splitBlock,
  toggleMark,
} from './commands';
import { keymapPlugin } from './keymap';
import { placeholderPlugin } from './placeholder';
import { createToolbar } from './toolbar';

const { strong, em } = articleSchema.marks;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.platform);
const modName = isMac ? '⌘' : 'Ctrl+';

/**
 * Consumes the key even when the command does not apply, so the browser's own contenteditable
 * behaviour (its bold, undo, paragraph split) never edits the DOM behind ProseMirror's back.
 */
const consume =
  (...commands: Command[]): Command =>
  (state, dispatch, view) => {
    commands.some((c) => c(state, dispatch, view));
    return true;
  };

const undoOnce: Command = (state, dispatch) => (dispatch ? undo(state) : (undoCommand(state) ?? false));
const redoOnce: Command = (state, dispatch) => (dispatch ? redo(state) : (redoCommand(state) ?? false));

export type ArticleEditor = { view: EditorView; toolbar: HTMLElement; destroy(): void };

export function createArticleEditor(
  mount: HTMLElement,
  doc: Y.Doc,
  provider: WebsocketProvider,
  onHeadline: (text: string) => void,
): ArticleEditor {
  const toolbar = createToolbar([
    { id: 'bold', text: 'B', label: 'Bold', shortcut: `${modName}B`, command: toggleMark(strong), active: (s) => markActive(s, strong) },
    { id: 'italic', text: 'I', label: 'Italic', shortcut: `${modName}I`, command: toggleMark(em), active: (s) => markActive(s, em) },
    { id: 'undo', text: 'Undo', label: 'Undo', shortcut: `${modName}Z`, command: undoOnce },
    { id: 'redo', text: 'Redo', label: 'Redo', shortcut: isMac ? '⌘⇧Z' : 'Ctrl+Shift+Z', command: redoOnce },
  ]);

  let headline: string | null = null;
  const state = EditorState.create({
    schema: articleSchema,
    plugins: [
      ySyncPlugin(doc.getXmlFragment(ARTICLE_FRAGMENT)),
      yCursorPlugin(provider.awareness),
      yUndoPlugin({ protectedNodes: PROTECTED_NODES }),
      keymapPlugin({
        'Mod-b': consume(toggleMark(strong)),
        'Mod-i': consume(toggleMark(em)),
        'Mod-z': consume(undoOnce),
        'Mod-Shift-z': consume(redoOnce),
        'Mod-y': consume(redoOnce),
        Enter: consume(splitBlock),
        'Shift-Enter': consume(insertHardBreak, splitBlock),
        Backspace: [deleteSelection, joinBackward],
        Delete: [deleteSelection, joinForward],
      }),
      placeholderPlugin(),
      toolbar.plugin,
    ],
  });

  const view = new EditorView(mount, {
    state,
    attributes: { 'aria-label': 'Article text', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true' },
    // `this`, not `view`: y-prosemirror dispatches its first render from inside the constructor.
    dispatchTransaction(this: EditorView, tr) {
      this.updateState(this.state.apply(tr));
      const text = this.state.doc.firstChild?.textContent ?? '';
      if (text !== headline) onHeadline((headline = text));
    },
  });
  if (headline === null) onHeadline((headline = view.state.doc.firstChild?.textContent ?? ''));

  return {
    view,
    toolbar: toolbar.element,
    destroy: () => view.destroy(),
  };
}

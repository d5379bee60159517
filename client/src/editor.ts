/**
 * The ProseMirror editor bound to an article's Y.Doc: y-prosemirror sync, remote cursors and
 * undo (which only undoes this user's changes), plus keys, the toolbar, quotes shown with their
 * attribution and attribution issues underlined. Read-only for roles without `edit` (the server
 * drops their updates anyway): no toolbar, no keys, `editable: () => false`.
 *
 * Create it only after the provider's first sync: an editor bound to an empty fragment would
 * write a blank headline and standfirst into it, which would then merge with the server's.
 */
import { EditorState, type Command } from 'prosemirror-state';
import { EditorView, type MarkViewConstructor } from 'prosemirror-view';
import { redo, redoCommand, undo, undoCommand, yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../shared/layout';
import { attributionText, quoteAttrsOf } from '../../shared/quote-attrs';
import { articleSchema, QuoteDataAttr } from '../../shared/schema';
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
import { issueDecorationsPlugin } from './issue-decorations';
import { selectionQuotable } from './quote-marks';
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

export type ArticleEditor = { view: EditorView; toolbar: HTMLElement | null; destroy(): void };

export type EditorOptions = {
  /** False for reviewers and viewers. */
  editable: boolean;
  onHeadline(text: string): void;
  /** The document changed (any author); also called once with the first document. */
  onDocChange(doc: EditorState['doc']): void;
  /** Opens the Quote dialog on the selection (toolbar "Quote", Mod-Shift-q). */
  onQuote(): void;
};

/** A quote shows its attribution as a tooltip; one without a speaker says so. */
const quoteMarkView: MarkViewConstructor = (mark) => {
  const attrs = quoteAttrsOf(mark.attrs);
  const dom = document.createElement('q');
  for (const [key, name] of Object.entries(QuoteDataAttr)) dom.setAttribute(name, attrs[key as keyof typeof QuoteDataAttr]);
  dom.className = attrs.speaker.trim() ? 'cd-quote' : 'cd-quote cd-quote-unattributed';
  dom.title = attributionText(attrs) || 'Quote with no speaker';
  return { dom };
};

export function createArticleEditor(mount: HTMLElement, doc: Y.Doc, provider: WebsocketProvider, opts: EditorOptions): ArticleEditor {
  const quote: Command = (state, dispatch) => {
    if (!selectionQuotable(state)) return false;
    if (dispatch) opts.onQuote();
    return true;
  };
  const toolbar = opts.editable
    ? createToolbar([
        { id: 'bold', text: 'B', label: 'Bold', shortcut: `${modName}B`, command: toggleMark(strong), active: (s) => markActive(s, strong) },
        { id: 'italic', text: 'I', label: 'Italic', shortcut: `${modName}I`, command: toggleMark(em), active: (s) => markActive(s, em) },
        { id: 'quote', text: 'Quote', label: 'Quote', shortcut: isMac ? '⌘⇧Q' : 'Ctrl+Shift+Q', command: quote },
        { id: 'undo', text: 'Undo', label: 'Undo', shortcut: `${modName}Z`, command: undoOnce },
        { id: 'redo', text: 'Redo', label: 'Redo', shortcut: isMac ? '⌘⇧Z' : 'Ctrl+Shift+Z', command: redoOnce },
      ])
    : null;
  // Mod-Shift-q always answers (a refusal is explained), unlike the button, which is disabled.
  const quoteKey: Command = () => {
    opts.onQuote();
    return true;
  };

  let headline: string | null = null;
  const state = EditorState.create({
    schema: articleSchema,
    plugins: [
      ySyncPlugin(doc.getXmlFragment(ARTICLE_FRAGMENT)),
      yCursorPlugin(provider.awareness),
      yUndoPlugin({ protectedNodes: PROTECTED_NODES }),
      ...(opts.editable
        ? [
            keymapPlugin({
              'Mod-b': consume(toggleMark(strong)),
              'Mod-i': consume(toggleMark(em)),
              'Mod-Shift-q': quoteKey,
              'Mod-z': consume(undoOnce),
              'Mod-Shift-z': consume(redoOnce),
              'Mod-y': consume(redoOnce),
              Enter: consume(splitBlock),
              'Shift-Enter': consume(insertHardBreak, splitBlock),
              Backspace: [deleteSelection, joinBackward],
              Delete: [deleteSelection, joinForward],
            }),
            placeholderPlugin(),
          ]
        : []),
      issueDecorationsPlugin(),
      ...(toolbar ? [toolbar.plugin] : []),
    ],
  });

  const view = new EditorView(mount, {
    state,
    editable: () => opts.editable,
    markViews: { quote: quoteMarkView },
    attributes: {
      'aria-label': opts.editable ? 'Article text' : 'Article text (read only)',
      'aria-multiline': 'true',
      'aria-readonly': String(!opts.editable),
      role: 'textbox',
      spellcheck: String(opts.editable),
    },
    // `this`, not `view`: y-prosemirror dispatches its first render from inside the constructor.
    dispatchTransaction(this: EditorView, tr) {
      this.updateState(this.state.apply(tr));
      const text = this.state.doc.firstChild?.textContent ?? '';
      if (text !== headline) opts.onHeadline((headline = text));
      if (tr.docChanged) opts.onDocChange(this.state.doc);
    },
  });
  if (headline === null) opts.onHeadline((headline = view.state.doc.firstChild?.textContent ?? ''));
  opts.onDocChange(view.state.doc);

  return {
    view,
    toolbar: toolbar?.element ?? null,
    destroy: () => view.destroy(),
  };
}

/**
 * The ProseMirror editor bound to an article's Y.Doc: y-prosemirror sync, remote cursors and
 * undo (which only undoes this user's changes), plus keys, the toolbar, quotes shown with their
 * attribution, attribution issues underlined and comment threads highlighted. Read-only for roles
 * without `edit` (the server drops their updates anyway): no formatting, `editable: () => false`;
 * those who may comment still get the Comment button and Mod-Alt-m.
 *
 * Create it only after the document is loaded (from the server or this browser's copy): an editor
 * bound to an empty fragment would write a blank headline and standfirst into it, which would
 * then merge with the real ones.
 */
import { keydownHandler, keymap } from 'prosemirror-keymap';
import { EditorState, Plugin, type Command } from 'prosemirror-state';
import { EditorView, type MarkViewConstructor } from 'prosemirror-view';
import { yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../../shared/article/layout';
import { attributionText, QUOTE_ATTR_KEYS, quoteAttrsOf, QuoteDataAttr } from '../../../shared/attribution/quote-attrs';
import { articleSchema } from '../../../shared/article/schema';
import { PROTECTED_NODES } from './commands';
import { editingKeys, formattingItems, modName } from './editor-keys';
import { issueDecorationsPlugin } from '../attribution/issue-decorations';
import { placeholderPlugin } from './placeholder';
import { createToolbar, type ToolbarItem } from './toolbar';
import type { Overlays } from '../app/overlays';

export type ArticleEditor = { view: EditorView; toolbar: HTMLElement | null; destroy(): void };

export type EditorOptions = {
  /** False for reviewers and viewers. */
  editable: boolean;
  onHeadline(text: string): void;
  /** The document changed (any author); also called once with the first document. */
  onDocChange(doc: EditorState['doc']): void;
  /** Opens the Quote dialog on the selection (toolbar "Quote", Mod-Shift-q). */
  onQuote(): void;
  /** Opens the Quote dialog to make the selected paragraphs a block quote. */
  onBlockquote(): void;
  /** The screen's overlay layer (the Link dialog opens there). */
  overlays: Overlays;
  /** The threads sidebar's Comment command, or null for roles that cannot comment. */
  comment: { command: Command; start(): void } | null;
  /** More plugins (the thread highlights). */
  plugins: Plugin[];
};

/** A quote shows its attribution as a tooltip; one without a speaker says so. */
const quoteMarkView: MarkViewConstructor = (mark) => {
  const attrs = quoteAttrsOf(mark.attrs);
  const dom = document.createElement('q');
  for (const key of QUOTE_ATTR_KEYS) dom.setAttribute(QuoteDataAttr[key], String(attrs[key]));
  dom.className = attrs.speaker.trim() ? 'cd-quote' : 'cd-quote cd-quote-unattributed';
  dom.title = attributionText(attrs) || 'Quote with no speaker';
  return { dom };
};

/**
 * Mod-Alt-m from a DOM keydown handler: ProseMirror runs `handleKeyDown` only in an editable
 * view, and a reviewer's view is read-only but must still open the comment box.
 */
function commentKeyPlugin(start: () => void): Plugin {
  const handle = keydownHandler({
    'Mod-Alt-m': () => {
      start();
      return true;
    },
  });
  return new Plugin({
    props: {
      handleDOMEvents: {
        keydown: (view, event) => {
          if (!handle(view, event)) return false;
          event.preventDefault();
          return true;
        },
      },
    },
  });
}

export function createArticleEditor(mount: HTMLElement, doc: Y.Doc, provider: WebsocketProvider, opts: EditorOptions): ArticleEditor {
  const commentItem: ToolbarItem[] = opts.comment
    ? [{ id: 'comment', text: 'Comment', label: 'Comment', shortcut: `${modName}Alt+M`, group: 'review', command: opts.comment.command }]
    : [];
  const items = opts.editable ? [...formattingItems(opts), ...commentItem] : commentItem;
  const toolbar = items.length > 0 ? createToolbar(items, opts.editable ? 'Formatting' : 'Comments') : null;

  let headline: string | null = null;
  const state = EditorState.create({
    schema: articleSchema,
    plugins: [
      ySyncPlugin(doc.getXmlFragment(ARTICLE_FRAGMENT)),
      yCursorPlugin(provider.awareness),
      yUndoPlugin({ protectedNodes: PROTECTED_NODES }),
      ...(opts.comment ? [commentKeyPlugin(opts.comment.start)] : []),
      ...(opts.editable ? [keymap(editingKeys(opts)), placeholderPlugin()] : []),
      issueDecorationsPlugin(),
      ...opts.plugins,
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
      // A read-only view is not focusable by itself; Tab should still reach the text (and Mod-Alt-m).
      ...(opts.editable ? {} : { tabindex: '0' }),
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

/**
 * The editor pane: the toolbar and the article. It makes the ProseMirror editor once the session's
 * document has loaded (never before: see editor.ts), publishes its view, document and headline on
 * the session, and replaces the article with the refusal when the server refused it.
 */
import type { MarkedQuote } from '../../../shared/attribution/finder';
import { h, replaceChildren } from '../app/dom';
import type { Overlays } from '../app/overlays';
import { createScope, type Component } from '../app/scope';
import type { AttributionActions } from '../attribution/attribution-actions';
import { copyQuotesPlugin, pasteQuotesPlugin } from '../attribution/paste-quotes';
import { retypeQuotePlugin } from '../attribution/retype-quote';
import { unwrapQuotesPlugin } from '../attribution/unwrap-quotes';
import type { Refusal } from '../collab/connection';
import type { ThreadsSidebar } from '../threads/threads-sidebar';
import type { ArticleSession } from './article-session';
import { createArticleEditor, type ArticleEditor } from './editor';

export type PaneDeps = {
  overlays: Overlays;
  actions: AttributionActions;
  /** The sidebar's highlight plugin and Comment command. */
  sidebar: Pick<ThreadsSidebar, 'plugin' | 'comment' | 'startComment'>;
};

/** The pane's parts; `editor` is null until the document loaded, and again after a refusal. */
type Pane = { session: ArticleSession; deps: PaneDeps; toolbarSlot: HTMLElement; page: HTMLElement; editor: ArticleEditor | null };

export function createEditorPane(session: ArticleSession, deps: PaneDeps): Component {
  const scope = createScope();
  const toolbarSlot = h('div', { class: 'toolbar-slot' });
  const page = h('article', { class: 'paper', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading article…'));
  const pane: Pane = { session, deps, toolbarSlot, page, editor: null };
  scope.add(
    session.loaded.subscribe((source) => {
      if (source && !pane.editor && !session.refusal.get()) showEditor(pane);
    }),
  );
  scope.add(
    session.refusal.subscribe((refusal) => {
      if (refusal) showRefusal(pane, refusal);
    }),
  );
  scope.add(() => destroyEditor(pane));
  return { element: h('div', { class: 'editor-main' }, toolbarSlot, page), dispose: scope.dispose };
}

function showEditor(pane: Pane): void {
  const { session, deps, page } = pane;
  const { may } = session;
  page.removeAttribute('aria-busy');
  replaceChildren(page);
  const plugins = may.edit
    ? [deps.sidebar.plugin, copyQuotesPlugin(), pasteQuotesPlugin((quotes) => announcePastedQuotes(deps.overlays, quotes)), retypeQuotePlugin(), unwrapQuotesPlugin()]
    : [deps.sidebar.plugin, copyQuotesPlugin()];
  pane.editor = createArticleEditor(page, session.doc, session.provider, {
    editable: may.edit,
    onHeadline: (headline) => session.headline.set(headline),
    onDocChange: (doc) => session.document.set(doc),
    onQuote: () => deps.actions.quoteSelection(),
    onBlockquote: () => deps.actions.blockquoteSelection(),
    overlays: deps.overlays,
    comment: may.comment ? { command: deps.sidebar.comment, start: deps.sidebar.startComment } : null,
    plugins,
  });
  session.view.set(pane.editor.view);
  replaceChildren(pane.toolbarSlot, pane.editor.toolbar);
}

function destroyEditor(pane: Pane): void {
  if (!pane.editor) return;
  pane.session.view.set(null);
  pane.editor.destroy();
  pane.editor = null;
}

function showRefusal(pane: Pane, refusal: Refusal): void {
  const { page } = pane;
  destroyEditor(pane);
  replaceChildren(pane.toolbarSlot);
  page.classList.add('refused');
  page.removeAttribute('aria-busy');
  replaceChildren(
    page,
    h(
      'div',
      { class: 'refusal', role: 'alert', 'data-code': refusal.code },
      h('h1', {}, refusal.title),
      h('p', {}, refusal.detail),
      h('p', {}, h('a', { href: '#/' }, 'Back to all articles')),
    ),
  );
}

/** After a paste the finder marked quotes in: what it found, pointing at the panel. */
function announcePastedQuotes(overlays: Overlays, quotes: MarkedQuote[]): void {
  const open = quotes.filter((q) => q.speaker === null).length;
  const named = quotes.length - open;
  const found = `${quotes.length} quote${quotes.length === 1 ? '' : 's'} found in the pasted text`;
  const detail = [named > 0 ? `${named} with a proposed speaker — check it` : '', open > 0 ? `${open} need${open === 1 ? 's' : ''} a speaker` : '']
    .filter((part) => part !== '')
    .join('; ');
  overlays.toast(found, `${detail}. See the attribution panel.`, open > 0 ? 'warning' : 'info');
}

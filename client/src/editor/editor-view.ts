/**
 * The editor screen (`#/a/<id>`): top bar (back link, workflow, read-only badge, connection,
 * presence), toolbar, the article, the threads sidebar and the attribution panel. The document
 * arrives over the collab socket (or from this browser's copy when offline); attribution reports,
 * guard notices and threads over `/desk`; the status badge from the HTTP API (workflow status is
 * the server's, not the document's). All of it reaches the panels through the article session
 * (article-session.ts); each panel is a component the screen disposes.
 */
import type { Identity as Account } from '../../../shared/contract/roles';
import { h, replaceChildren } from '../app/dom';
import { createOverlays, type Overlays } from '../app/overlays';
import { createScope, type Component, type Scope } from '../app/scope';
import { createAttributionActions } from '../attribution/attribution-actions';
import { mountAttributionPanel } from '../attribution/mount-attribution-panel';
import { createMetadataPanel } from '../workflow/metadata-panel';
import { createHistoryPanel } from '../workflow/history-panel';
import { createThreadActions } from '../threads/thread-actions';
import { createThreadsSidebar } from '../threads/threads-sidebar';
import { openArticleSession, type ArticleSession } from './article-session';
import { createEditorBar } from './editor-bar';
import { createEditorPane } from './editor-pane';

/** Renders into `root`; returns the function that tears the screen down and closes the sockets. */
export function mountEditorView(root: HTMLElement, articleId: string, user: Account): () => void {
  const session = openArticleSession(articleId, user);
  const screen = createEditorScreen(session);
  replaceChildren(root, screen.element);
  return () => {
    screen.dispose();
    session.dispose();
  };
}

/** The screen's components over an open session; disposing it disposes them (the overlays first). */
export function createEditorScreen(session: ArticleSession): Component {
  const scope = createScope();
  const overlays = createOverlays();
  const actions = createAttributionActions(() => session.view.get(), overlays);
  const sidebar = scope.own(createThreadsSidebar(session, { actions: createThreadActions(session.articleId, session.desk, session.threads), overlays }));
  const pane = scope.own(createEditorPane(session, { overlays, actions, sidebar }));
  const panel = scope.own(mountAttributionPanel(session, actions));
  const bar = scope.own(createEditorBar(session));
  const metadata = scope.own(createMetadataPanel(session));
  const history = scope.own(createHistoryPanel(session));
  followTitle(session, scope);
  tellReverts(session, overlays, scope);
  scope.own(overlays);
  const element = h('div', { class: 'editor-screen' }, bar.element, h('div', { class: 'editor-layout' }, pane.element, sidebar.element, h('div', { class: 'side-stack' }, metadata.element, history.element, panel.element)), overlays.element);
  return { element, dispose: scope.dispose };
}

/** The window title: the headline, or why there is none. */
function followTitle(session: ArticleSession, scope: Scope): void {
  document.title = 'Loading… — Copydesk';
  scope.add(
    session.headline.subscribe((headline) => {
      if (headline !== null) document.title = `${headline.trim() || 'Untitled'} — Copydesk`;
    }),
  );
  scope.add(
    session.refusal.subscribe((refusal) => {
      if (refusal) document.title = 'Article unavailable — Copydesk';
    }),
  );
}

/** Everyone on the article hears of a guard revert; only the author whose change was undone is told. */
function tellReverts(session: ArticleSession, overlays: Overlays, scope: Scope): void {
  scope.add(
    session.reverted.subscribe((notice) => {
      if (!notice.clientIds.includes(session.doc.clientID)) return;
      for (const revert of notice.reverts) overlays.toast('Attribution restored', revert.message);
    }),
  );
}

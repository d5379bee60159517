/**
 * The editor screen (`#/a/<id>`): top bar (back link, workflow, read-only badge, connection,
 * presence), toolbar, the article, and the attribution panel beside it. The document arrives over
 * the collab socket; attribution reports and guard notices over `/desk`; the status badge from
 * the HTTP API (workflow status is the server's, not the document's).
 */
import type { Identity as Account } from '../../shared/roles';
import { can } from '../../shared/roles';
import { getArticle } from './api';
import { createAttributionActions } from './attribution-actions';
import { createAttributionPanel } from './attribution-panel';
import { openCollab, type ConnectionState } from './connection';
import { openDesk } from './desk-client';
import { h, replaceChildren } from './dom';
import { createArticleEditor, type ArticleEditor } from './editor';
import { roleLabel } from './format';
import { identityOf } from './identity';
import { importNote, proposedQuoteIds } from './imports';
import { bindPresenceBar, setLocalUser } from './presence';
import { closeQuoteDialog } from './quote-dialog';
import { listQuotes } from './quote-marks';
import { sessionExpired } from './session';
import { clearToasts, showToast } from './toast';
import { CloseCode } from '../../shared/errors';
import { createWorkflowBar } from './workflow-bar';

const connectionText: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline: reconnecting…',
};

/** Renders into `root`; returns a function that closes both sockets and tears the screen down. */
export function mountEditorView(root: HTMLElement, articleId: string, user: Account): () => void {
  const canEdit = can(user.role, 'edit');
  let editor: ArticleEditor | null = null;
  let disposed = false;
  document.title = 'Loading… — Copydesk';

  const connection = h(
    'p',
    { class: 'connection', id: 'connection', role: 'status', 'data-state': 'connecting' },
    h('span', { class: 'connection-dot', 'aria-hidden': 'true' }),
    h('span', { class: 'connection-text' }, connectionText.connecting),
  );
  const presence = h('ul', { class: 'presence', id: 'presence' });
  const presenceWrap = h('div', { class: 'presence-wrap' }, h('span', { class: 'visually-hidden' }, 'Here now:'), presence);
  const readOnly = canEdit
    ? null
    : h(
        'span',
        { class: 'badge readonly-badge', id: 'read-only', title: `As a ${roleLabel(user.role).toLowerCase()} you can read this article but not change it.` },
        'Read only',
      );
  const toolbarSlot = h('div', { class: 'toolbar-slot' });
  const page = h('article', { class: 'paper', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading article…'));

  const actions = createAttributionActions(() => editor?.view ?? null);
  const panel = createAttributionPanel({ canEdit, proposed: proposedQuoteIds(articleId), note: importNote(articleId), actions });
  const workflow = createWorkflowBar({
    articleId,
    canPublish: can(user.role, 'publish'),
    onRefused: (issues) => panel.setRefusal(issues),
    onAttempt: () => panel.setRefusal(null),
  });

  replaceChildren(
    root,
    h(
      'div',
      { class: 'editor-screen' },
      h(
        'div',
        { class: 'editor-bar' },
        h('a', { class: 'back', href: '#/' }, h('span', { 'aria-hidden': 'true' }, '← '), 'All articles'),
        workflow.element,
        readOnly,
        connection,
        presenceWrap,
      ),
      h('div', { class: 'editor-layout' }, h('div', { class: 'editor-main' }, toolbarSlot, page), panel.element),
    ),
  );

  const setConnection = (state: ConnectionState) => {
    connection.dataset.state = state;
    connection.querySelector('.connection-text')!.textContent = connectionText[state];
  };

  const collab = openCollab(articleId, {
    onState: setConnection,
    onFirstSync: () => {
      if (editor) return;
      page.removeAttribute('aria-busy');
      replaceChildren(page);
      editor = createArticleEditor(page, collab.doc, collab.provider, {
        editable: canEdit,
        onHeadline: (headline) => {
          document.title = `${headline.trim() || 'Untitled'} — Copydesk`;
        },
        onDocChange: (doc) => panel.setQuotes(listQuotes(doc)),
        onQuote: () => actions.quoteSelection(),
      });
      replaceChildren(toolbarSlot, editor.toolbar);
    },
    onRefused: (refusal) => {
      if (refusal.code === CloseCode.unauthorized) return sessionExpired();
      connection.dataset.state = 'refused';
      connection.querySelector('.connection-text')!.textContent = 'Not connected';
      presenceWrap.hidden = true;
      panel.element.hidden = true;
      page.classList.add('refused');
      document.title = 'Article unavailable — Copydesk';
      closeQuoteDialog();
      editor?.destroy();
      editor = null;
      replaceChildren(toolbarSlot);
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
    },
  });
  const awareness = collab.provider.awareness;
  setLocalUser(awareness, identityOf(user));
  const unbindPresence = bindPresenceBar(awareness, presence);

  const desk = openDesk(articleId, {
    onReport: (report) => panel.setIssues(report.issues),
    onState: (state, detail) => panel.setLive(state, detail),
    onUnauthorized: sessionExpired,
    onReverted: (notice) => {
      // Everyone on the article hears of it; only the author whose change was undone is told.
      if (!notice.clientIds.includes(collab.doc.clientID)) return;
      for (const revert of notice.reverts) showToast('Attribution restored', revert.message);
    },
  });

  getArticle(articleId)
    .then((article) => {
      if (!disposed) workflow.setStatus(article.status);
    })
    // A missing article is reported by the collab socket (4404); the badge just stays hidden.
    .catch(() => undefined);

  return () => {
    disposed = true;
    closeQuoteDialog();
    clearToasts();
    desk.close();
    unbindPresence();
    editor?.destroy();
    collab.destroy();
  };
}

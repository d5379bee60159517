/**
 * The editor screen (`#/a/<id>`): top bar (back link, workflow, read-only badge, connection,
 * presence), toolbar, the article, the threads sidebar and the attribution panel. The document
 * arrives over the collab socket (or from this browser's copy when offline); attribution reports,
 * guard notices and threads over `/desk`; the status badge from the HTTP API (workflow status is
 * the server's, not the document's).
 */
import type { Identity as Account } from '../../../shared/contract/roles';
import { can } from '../../../shared/contract/roles';
import { getArticle } from '../app/api';
import { createAttributionActions } from '../attribution/attribution-actions';
import { createAttributionPanel } from '../attribution/attribution-panel';
import { openCollab, type ConnectionState } from '../collab/connection';
import { openDesk } from '../app/desk-client';
import { deskSocket } from '../app/desk-socket';
import { h, replaceChildren } from '../app/dom';
import { createArticleEditor, type ArticleEditor } from './editor';
import { roleLabel } from '../app/format';
import { identityOf } from '../app/identity';
import { importNote, proposedQuoteIds } from '../screens/imports';
import { bindPresenceBar, presentNames, setLocalUser } from '../collab/presence';
import { closeQuoteDialog } from '../attribution/quote-dialog';
import { listQuotes } from '../attribution/quote-marks';
import { closeLinkDialog } from './link-dialog';
import { sessionExpired } from '../app/session';
import { createThreadActions } from '../threads/thread-actions';
import { handleThreadLinks, takePendingThread } from '../threads/thread-links';
import { createThreadsSidebar } from '../threads/threads-sidebar';
import { createThreadsStore } from '../threads/threads-store';
import { clearToasts, showToast } from '../app/toast';
import { pasteQuotesPlugin } from '../attribution/paste-quotes';
import type { MarkedQuote } from '../../../shared/attribution/finder';
import { CloseCode } from '../../../shared/contract/errors';
import { createWorkflowBar } from '../workflow/workflow-bar';

function connectionText(state: ConnectionState, canEdit: boolean): string {
  switch (state) {
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return 'Connected';
    case 'offline':
      return canEdit ? 'Offline — changes saved in this browser' : 'Offline — reconnecting…';
    default: {
      const unreachable: never = state;
      throw new Error(`unknown connection state ${String(unreachable)}`);
    }
  }
}

/** Renders into `root`; returns a function that closes the sockets and tears the screen down. */
export function mountEditorView(root: HTMLElement, articleId: string, user: Account): () => void {
  const canEdit = can(user.role, 'edit');
  const canComment = can(user.role, 'comment');
  let editor: ArticleEditor | null = null;
  let disposed = false;
  document.title = 'Loading… — Copydesk';

  const connection = h(
    'p',
    { class: 'connection', id: 'connection', role: 'status', 'data-state': 'connecting' },
    h('span', { class: 'connection-dot', 'aria-hidden': 'true' }),
    h('span', { class: 'connection-text' }, connectionText('connecting', canEdit)),
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

  const collab = openCollab(articleId, {
    onState: (state) => setConnection(state),
    onFirstSync: () => showEditor(),
    onRefused: (refusal) => {
      if (refusal.code === CloseCode.unauthorized) return sessionExpired();
      connection.dataset.state = 'refused';
      connection.querySelector('.connection-text')!.textContent = 'Not connected';
      presenceWrap.hidden = true;
      panel.element.hidden = true;
      sidebar.element.hidden = true;
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

  const store = createThreadsStore(() => desk.rejoin());
  const desk = openDesk(deskSocket(user.id), articleId, {
    onReport: (report) => panel.setIssues(report.issues),
    onState: (state, detail) => panel.setLive(state, detail),
    onUnauthorized: sessionExpired,
    onThreads: (sync) => {
      store.applySync(sync);
      const asked = takePendingThread(articleId);
      if (asked) sidebar.focusThread(asked);
    },
    onThreadChange: (change) => store.applyChange(change),
    lastSeq: () => store.seq(),
    onReverted: (notice) => {
      // Everyone on the article hears of it; only the author whose change was undone is told.
      if (!notice.clientIds.includes(collab.doc.clientID)) return;
      for (const revert of notice.reverts) showToast('Attribution restored', revert.message);
    },
  });
  const sidebar = createThreadsSidebar({
    me: user,
    canComment,
    canSetBlocking: can(user.role, 'publish'),
    isAdmin: can(user.role, 'administer'),
    store,
    actions: createThreadActions(articleId, desk, store),
    presentNames: () => presentNames(awareness),
  });
  const unlink = handleThreadLinks(articleId, (threadId) => sidebar.focusThread(threadId));

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
      h('div', { class: 'editor-layout' }, h('div', { class: 'editor-main' }, toolbarSlot, page), sidebar.element, panel.element),
    ),
  );

  function setConnection(state: ConnectionState): void {
    connection.dataset.state = state;
    connection.querySelector('.connection-text')!.textContent = connectionText(state, canEdit);
  }

  /** After a paste the finder marked quotes in: what it found, pointing at the panel. */
  function announcePastedQuotes(quotes: MarkedQuote[]): void {
    const open = quotes.filter((q) => q.speaker === null).length;
    const named = quotes.length - open;
    const found = `${quotes.length} quote${quotes.length === 1 ? '' : 's'} found in the pasted text`;
    const detail = [named > 0 ? `${named} with a proposed speaker — check it` : '', open > 0 ? `${open} need${open === 1 ? 's' : ''} a speaker` : '']
      .filter((part) => part !== '')
      .join('; ');
    showToast(found, `${detail}. See the attribution panel.`, open > 0 ? 'warning' : 'info');
  }

  function showEditor(): void {
    if (editor || disposed) return;
    page.removeAttribute('aria-busy');
    replaceChildren(page);
    editor = createArticleEditor(page, collab.doc, collab.provider, {
      editable: canEdit,
      onHeadline: (headline) => {
        document.title = `${headline.trim() || 'Untitled'} — Copydesk`;
      },
      onDocChange: (doc) => {
        panel.setQuotes(listQuotes(doc));
        sidebar.refresh();
      },
      onQuote: () => actions.quoteSelection(),
      onBlockquote: () => actions.blockquoteSelection(),
      comment: canComment ? { command: sidebar.comment, start: sidebar.startComment } : null,
      plugins: canEdit ? [sidebar.plugin, pasteQuotesPlugin(announcePastedQuotes)] : [sidebar.plugin],
    });
    sidebar.attach(editor.view);
    replaceChildren(toolbarSlot, editor.toolbar);
  }

  setLocalUser(awareness, identityOf(user));
  const unbindPresence = bindPresenceBar(awareness, presence);

  getArticle(articleId)
    .then((article) => {
      if (!disposed) workflow.setStatus(article.status);
    })
    // A missing article is reported by the collab socket (4404); offline, the badge just stays hidden.
    .catch(() => undefined);

  return () => {
    disposed = true;
    closeQuoteDialog();
    closeLinkDialog();
    clearToasts();
    unlink();
    desk.close();
    sidebar.destroy();
    unbindPresence();
    editor?.destroy();
    collab.destroy();
  };
}

/**
 * The editor screen (`#/a/<id>`): top bar (back link, status, connection, presence, your name),
 * toolbar, and the article. The document arrives over the collab socket; the status badge comes
 * from the HTTP API (workflow status is the server's, not the document's).
 */
import { getArticle } from './api';
import { openCollab, type ConnectionState } from './connection';
import { h, replaceChildren } from './dom';
import { createArticleEditor, type ArticleEditor } from './editor';
import { labelOfStatus } from './format';
import { cleanName, loadIdentity, MAX_NAME_CHARS, saveIdentity, type Identity } from './identity';
import { bindPresenceBar, setLocalUser } from './presence';

const connectionText: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline: reconnecting…',
};

/** Renders into `root`; returns a function that closes the socket and tears the screen down. */
export function mountEditorView(root: HTMLElement, articleId: string): () => void {
  let identity: Identity = loadIdentity();
  let editor: ArticleEditor | null = null;
  document.title = 'Loading… — Copydesk';

  const status = h('span', { class: 'badge', id: 'article-status', hidden: true });
  const connection = h(
    'p',
    { class: 'connection', id: 'connection', role: 'status', 'data-state': 'connecting' },
    h('span', { class: 'connection-dot', 'aria-hidden': 'true' }),
    h('span', { class: 'connection-text' }, connectionText.connecting),
  );
  const presence = h('ul', { class: 'presence', id: 'presence' });
  const nameInput = h('input', {
    id: 'your-name',
    type: 'text',
    value: identity.name,
    maxlength: MAX_NAME_CHARS,
    autocomplete: 'nickname',
  });
  const presenceWrap = h('div', { class: 'presence-wrap' }, h('span', { class: 'visually-hidden' }, 'Here now:'), presence);
  const nameField = h('div', { class: 'name-field' }, h('label', { for: 'your-name' }, 'Your name'), nameInput);
  const toolbarSlot = h('div', { class: 'toolbar-slot' });
  const page = h('article', { class: 'paper', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading article…'));

  replaceChildren(
    root,
    h(
      'div',
      { class: 'editor-screen' },
      h(
        'div',
        { class: 'editor-bar' },
        h('a', { class: 'back', href: '#/' }, h('span', { 'aria-hidden': 'true' }, '← '), 'All articles'),
        status,
        connection,
        presenceWrap,
        nameField,
      ),
      toolbarSlot,
      page,
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
      editor = createArticleEditor(page, collab.doc, collab.provider, (headline) => {
        document.title = `${headline.trim() || 'Untitled'} — Copydesk`;
      });
      replaceChildren(toolbarSlot, editor.toolbar);
    },
    onRefused: (refusal) => {
      connection.dataset.state = 'refused';
      connection.querySelector('.connection-text')!.textContent = 'Not connected';
      presenceWrap.hidden = true;
      nameField.hidden = true;
      page.classList.add('refused');
      document.title = 'Article unavailable — Copydesk';
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
  setLocalUser(awareness, identity);
  const unbindPresence = bindPresenceBar(awareness, presence);

  nameInput.addEventListener('input', () => {
    const name = cleanName(nameInput.value);
    if (!name || name === identity.name) return;
    identity = { ...identity, name };
    saveIdentity(identity);
    setLocalUser(awareness, identity);
  });
  nameInput.addEventListener('change', () => {
    nameInput.value = identity.name;
  });

  let disposed = false;
  getArticle(articleId)
    .then((article) => {
      if (disposed) return;
      status.textContent = labelOfStatus(article.status);
      status.className = `badge status-${article.status}`;
      status.hidden = false;
    })
    // A missing article is reported by the collab socket (4404); the badge just stays hidden.
    .catch(() => undefined);

  return () => {
    disposed = true;
    unbindPresence();
    editor?.destroy();
    collab.destroy();
  };
}

/**
 * The article's Y.Doc, its stock y-websocket provider on `/collab/<articleId>` and its copy in
 * this browser (y-indexeddb, database `copydesk-<articleId>`), plus the connection state the UI
 * shows. Edits made while offline are kept in IndexedDB, survive a reload, and reach the server
 * when the provider reconnects (Yjs merges them with everyone else's).
 *
 * The browser's `offline` event disconnects the provider at once and `online` reconnects it: an
 * open WebSocket may outlive the network for a long time (until y-websocket's 30 s watchdog), and
 * meanwhile the indicator would claim a connection that carries nothing.
 *
 * The server closes the socket with a catalogued code (see `shared/contract/errors.ts`); codes 4400–4499
 * are final and the provider stops reconnecting.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../../../shared/contract/errors';
import { ARTICLE_FRAGMENT } from '../../../shared/article/layout';

/**
 * What the connection indicator shows. `offline`: no connection (the network is down, or the
 * last attempt failed) and the provider is retrying; edits go to this browser's copy meanwhile.
 */
export type ConnectionState = 'connecting' | 'connected' | 'offline';

/** Why the server refused the article for good: the close code and what to tell the user. */
export type Refusal = { code: number; title: string; detail: string };

/** `ws(s)://<host of this page>`: the same origin the page came from (or the dev-server proxy). */
export function wsBase(loc: Location = location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}`;
}

export type Collab = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
};

/** The IndexedDB database holding this browser's copy of an article. */
export const localCopyName = (articleId: string) => `copydesk-${articleId}`;

export type CollabEvents = {
  onState(state: ConnectionState): void;
  /**
   * The document is loaded: from the server's first sync, or from this browser's copy when that
   * holds the article (offline). Called once.
   */
  onFirstSync(source: 'server' | 'browser'): void;
  /** The server closed the socket with a final code; the provider has stopped. */
  onRefused(refusal: Refusal): void;
};

export function openCollab(articleId: string, events: CollabEvents): Collab {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(localCopyName(articleId), doc);
  const provider = new WebsocketProvider(`${wsBase()}/collab`, articleId, doc, { connect: navigator.onLine });
  let loaded = false;
  let refused = false;
  /** An attempt failed since the last connection: the indicator says offline, not connecting. */
  let failed = !navigator.onLine;

  const report = (status: 'connected' | 'connecting' | 'disconnected') => {
    // After a final close the provider reports `disconnected`; the refusal is what the user sees.
    if (refused) return;
    if (status === 'connected') failed = false;
    events.onState(status === 'connected' ? 'connected' : status === 'connecting' && !failed ? 'connecting' : 'offline');
  };
  const load = (source: 'server' | 'browser') => {
    if (loaded || refused) return;
    loaded = true;
    events.onFirstSync(source);
  };

  provider.on('status', ({ status }) => report(status));
  provider.on('sync', (isSynced) => {
    if (isSynced) load('server');
  });
  // An empty copy (never opened here) must not stand in for the article: wait for the server.
  void local.whenSynced.then(() => {
    if (doc.getXmlFragment(ARTICLE_FRAGMENT).length > 0) load('browser');
  });
  // Emitted before `status`. For 4400–4499 the provider's default `shouldReconnect` already stops.
  provider.on('connection-close', (event) => {
    if (!event) return; // closed by us (offline, or destroy)
    failed = true;
    if (refused || event.code < 4400 || event.code >= 4500) return;
    refused = true;
    events.onRefused(refusalOf(event.code));
  });
  provider.on('connection-error', () => {
    failed = true;
  });

  const goOffline = () => {
    failed = true;
    provider.disconnect();
    report('disconnected');
  };
  const goOnline = () => {
    if (!refused) provider.connect();
  };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  if (!navigator.onLine) report('disconnected');

  return {
    doc,
    provider,
    destroy() {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      provider.destroy();
      // The provider leaves its awareness (and that awareness's 3 s timer) to its owner.
      provider.awareness.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}

export function refusalOf(code: number): Refusal {
  const r = (title: string, detail: string): Refusal => ({ code, title, detail });
  switch (code) {
    case CloseCode.unknownArticle:
      return r('This article does not exist', 'It may have been deleted, or the link is wrong.');
    case CloseCode.unauthorized:
      return r('Sign in to open this article', 'The server needs to know who you are first.');
    case CloseCode.forbidden:
      return r('You do not have access to this article', 'Ask an editor to share it with you.');
    case CloseCode.malformed:
      return r('The connection was refused', 'The server could not understand this editor. Reload the page to try again.');
    case CloseCode.rateLimited:
      return r('Too many changes too quickly', 'Reload the page to continue editing.');
    default:
      return r('The server closed this article', `Close code ${code}. Reload the page to try again.`);
  }
}

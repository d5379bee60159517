/**
 * The article's Y.Doc and its stock y-websocket provider on `/collab/<articleId>`, plus the
 * connection state the UI shows. The server closes the socket with a catalogued code (see
 * `shared/errors.ts`); codes 4400–4499 are final and the provider stops reconnecting.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../../shared/errors';

/** What the connection indicator shows. `offline`: the provider lost the socket and is retrying. */
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

export type CollabEvents = {
  onState(state: ConnectionState): void;
  /** The first complete sync with the server (the document is loaded). */
  onFirstSync(): void;
  /** The server closed the socket with a final code; the provider has stopped. */
  onRefused(refusal: Refusal): void;
};

export function openCollab(articleId: string, events: CollabEvents): Collab {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${wsBase()}/collab`, articleId, doc);
  let synced = false;
  let refused = false;

  provider.on('status', ({ status }) => {
    // After a final close the provider reports `disconnected`; the refusal is what the user sees.
    if (refused) return;
    events.onState(status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline');
  });
  provider.on('sync', (isSynced) => {
    if (!isSynced || synced) return;
    synced = true;
    events.onFirstSync();
  });
  // Emitted before `status`. For 4400–4499 the provider's default `shouldReconnect` already stops.
  provider.on('connection-close', (event) => {
    if (refused || !event || event.code < 4400 || event.code >= 4500) return;
    refused = true;
    events.onRefused(refusalOf(event.code));
  });

  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      // The provider leaves its awareness (and that awareness's 3 s timer) to its owner.
      provider.awareness.destroy();
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

/** Real clients for tests: the stock y-websocket provider over `ws`, plus bounded waits. */
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { ARTICLE_FRAGMENT } from '../../shared/article/layout';
import type { Target } from './server';

export type Client = { doc: Y.Doc; provider: WebsocketProvider };

/**
 * A stock WebsocketProvider on `/collab/<articleId>` signed in with `?token=`; resolves once synced.
 * On a timeout the provider is torn down, so a failed connect leaves nothing running.
 */
export async function connectClient(target: Target, articleId: string, timeoutMs = 10_000): Promise<Client> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.collabUrl, articleId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true, // Node's BroadcastChannel would keep the process alive; there are no other tabs
    params: { token: target.token },
  });
  let onSync = (_synced: boolean): void => undefined;
  try {
    await withTimeout(
      new Promise<void>((resolve) => {
        if (provider.synced) return resolve();
        onSync = (synced) => {
          if (synced) resolve();
        };
        provider.on('sync', onSync);
      }),
      timeoutMs,
      `client on ${articleId} did not sync`,
    );
  } catch (e) {
    disconnect({ doc, provider });
    throw e;
  } finally {
    provider.off('sync', onSync);
  }
  return { doc, provider };
}

export function disconnect(...clients: Client[]): void {
  for (const c of clients) {
    c.provider.destroy();
    c.provider.awareness.destroy(); // not done by the provider; its 3 s timer would outlive the test
    c.doc.destroy();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}

/** Resolves once `check()` holds, re-checking on every update of `doc`; bounded by `ms` (the listener goes either way). */
export function untilDoc(doc: Y.Doc, check: () => boolean, ms = 10_000, what = 'document condition'): Promise<void> {
  let onUpdate = (): void => undefined;
  return withTimeout(
    new Promise<void>((resolve) => {
      if (check()) return resolve();
      onUpdate = () => {
        if (check()) resolve();
      };
      doc.on('update', onUpdate);
    }),
    ms,
    what,
  ).finally(() => doc.off('update', onUpdate));
}

/**
 * Resolves once every client has the same state vector and the same deletions (everyone has
 * everything: a delete-only update changes no state vector); bounded by `ms`.
 */
export function untilConverged(...args: [...Client[]] | [...Client[], number]): Promise<void> {
  const ms = typeof args[args.length - 1] === 'number' ? (args.pop() as number) : 10_000;
  const clients = args as Client[];
  const same = () => {
    const first = Y.snapshot(clients[0].doc);
    return clients.every((c) => Y.equalSnapshots(first, Y.snapshot(c.doc)));
  };
  return withTimeout(
    new Promise<void>((resolve) => {
      const check = () => {
        if (!same()) return;
        for (const c of clients) c.doc.off('update', check);
        resolve();
      };
      for (const c of clients) c.doc.on('update', check);
      check();
    }),
    ms,
    'state vectors and deletions converge',
  );
}

/** The body paragraphs' text: every top-level element after headline and standfirst. */
export function bodyText(doc: Y.Doc): string {
  return doc
    .getXmlFragment(ARTICLE_FRAGMENT)
    .toArray()
    .slice(2)
    .map((n) => (n instanceof Y.XmlElement ? n.toArray().map((t) => (t instanceof Y.XmlText ? t.toString() : '')).join('') : ''))
    .join('\n');
}

/** The first body paragraph's Y.XmlText (created by createArticleYDoc for every new article). */
export function firstParagraphText(doc: Y.Doc): Y.XmlText {
  const p = doc.getXmlFragment(ARTICLE_FRAGMENT).get(2);
  if (!(p instanceof Y.XmlElement)) throw new Error('article has no body paragraph');
  let text = p.get(0);
  if (!(text instanceof Y.XmlText)) {
    text = new Y.XmlText();
    p.insert(0, [text]);
  }
  return text as Y.XmlText;
}

/** `fetch` on the target's API with its bearer token, bounded by `ms`. */
export function api(target: Target, path: string, init: RequestInit = {}, ms = 30_000): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${target.token}`);
  return fetch(`${target.url}${path}`, { ...init, headers, signal: init.signal ?? AbortSignal.timeout(ms) });
}

/** `POST /api/articles {"headline"}`: a new article (headline, empty standfirst, one empty paragraph). */
export async function createArticle(target: Target, headline: string): Promise<{ id: string }> {
  const res = await api(target, '/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ headline }),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

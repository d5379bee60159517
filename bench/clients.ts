/**
 * The benchmark's own client helpers: the stock y-websocket `WebsocketProvider` on `ws`, the HTTP
 * API with the server's token, and bounded waits. Kept here (not tests/helpers) so the benchmarks
 * depend only on the wire contract and on `startServer` / `startServerProcess`.
 */
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';

/** How to reach a server: its URLs and, when the server requires sign-in, an editor's token. */
export type Target = { url: string; collabUrl: string; token?: string };

export type Client = { doc: Y.Doc; provider: WebsocketProvider };

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}

/** Resolves once `check()` holds, re-checking on every update of `doc`; bounded by `ms`. */
export function untilDoc(doc: Y.Doc, check: () => boolean, ms: number, what: string): Promise<void> {
  let onUpdate = () => undefined as void;
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

/** A stock WebsocketProvider on `/collab/<articleId>`; resolves once it has synced. */
export async function connectClient(target: Target, articleId: string, timeoutMs = 10_000): Promise<Client> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.collabUrl, articleId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true, // Node's BroadcastChannel would keep the process alive; there are no other tabs
    ...(target.token ? { params: { token: target.token } } : {}),
  });
  let onSync = (_synced: boolean) => undefined as void;
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
      `client on ${articleId} to sync`,
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
    c.provider.awareness.destroy(); // not done by the provider; its timer would outlive the benchmark
    c.doc.destroy();
  }
}

/** `fetch` on the server's API with its token (if any), bounded by `ms`. */
export function api(target: Target, path: string, init: RequestInit = {}, ms = 30_000): Promise<Response> {
  const headers = new Headers(init.headers);
  if (target.token && !headers.has('authorization')) headers.set('authorization', `Bearer ${target.token}`);
  return fetch(`${target.url}${path}`, { ...init, headers, signal: AbortSignal.timeout(ms) });
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

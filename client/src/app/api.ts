/**
 * The HTTP JSON API (`/api/...`) as typed functions. Failures reject with `ApiError`, carrying the
 * server's `{ error: { code, message, ... } }` when it sent one. The session cookie travels with
 * every same-origin request; a 401 from any route but sign-in tells `onUnauthorized` listeners.
 */
import type { AttributionIssue } from '../../../shared/attribution/checker';
import type { ArticleStatus } from '../../../shared/article/layout';
import type { Identity } from '../../../shared/contract/roles';
import type { Notification, Thread } from '../../../shared/threads/threads';

export type ArticleSummary = {
  id: string;
  headline: string;
  status: ArticleStatus;
  /** ISO 8601 */
  createdAt: string;
  /** ISO 8601 */
  updatedAt: string;
};

export type ArticlePage = { articles: ArticleSummary[]; nextCursor: string | null };

export type ArticleView = ArticleSummary & { standfirst: string; text: string };

export type SignedIn = { user: Identity; expiresAt: string };

export type PublishedRevision = { articleId: string; revision: number; publishedAt: string; html: string };

export type PublishReply = { article: ArticleSummary; revision: { revision: number; publishedAt: string } };

/** A quote the import found; `speaker` is null when no speaker could be proposed with confidence. */
export type ImportedQuote = { id: string; text: string; speaker: string | null; source: string; confidence: number };

export type ImportReply = { id: string; headline: string; status: ArticleStatus; quotes: ImportedQuote[]; issues: AttributionIssue[] };

export class ApiError extends Error {
  constructor(
    /** The server's error code (`validation`, `unauthorized`, ...), or `network` when no answer came. */
    readonly code: string,
    message: string,
    readonly status: number,
    /** The attribution issues of a refused publish (409 `attribution`); empty otherwise. */
    readonly issues: AttributionIssue[] = [],
    /** The open blocking threads of a refused publish (409 `attribution` or `blocked`); empty otherwise. */
    readonly threads: Thread[] = [],
  ) {
    super(message);
  }
}

const unauthorizedListeners = new Set<() => void>();

/** Called whenever a request other than sign-in is answered 401 (the session is gone). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function signIn(name: string, password: string): Promise<SignedIn> {
  return request<SignedIn>('/api/login', jsonBody('POST', { name, password }), { signingIn: true });
}

export function signOut(): Promise<unknown> {
  return request('/api/logout', { method: 'POST' }, { signingIn: true });
}

/** The signed-in user; rejects with a 401 `ApiError` when nobody is (without notifying listeners). */
export async function me(): Promise<Identity> {
  const { user } = await request<{ user: Identity }>('/api/me', undefined, { signingIn: true });
  return user;
}

export function listArticles(limit = 20, cursor?: string): Promise<ArticlePage> {
  const q = new URLSearchParams({ limit: String(limit) });
  if (cursor) q.set('cursor', cursor);
  return request<ArticlePage>(`/api/articles?${q.toString()}`);
}

export function createArticle(headline: string): Promise<ArticleSummary> {
  return request<ArticleSummary>('/api/articles', jsonBody('POST', { headline }));
}

export function getArticle(id: string): Promise<ArticleView> {
  return request<ArticleView>(articlePath(id));
}

/** Wire copy as plain text: headline on the first line, paragraphs separated by blank lines. */
export function importWireCopy(text: string): Promise<ImportReply> {
  return request<ImportReply>('/api/articles/import', {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: text,
  });
}

/** Rejects with `ApiError` code `attribution` (and its `issues`) when the checker refuses. */
export function publishArticle(id: string): Promise<PublishReply> {
  return request<PublishReply>(`${articlePath(id)}/publish`, { method: 'POST' });
}

export function getPublished(id: string): Promise<PublishedRevision> {
  return request<PublishedRevision>(`${articlePath(id)}/published`);
}

/** The signed-in user's notifications (mentions), newest first. */
export function listNotifications(unreadOnly: boolean): Promise<{ notifications: Notification[] }> {
  return request(`/api/notifications${unreadOnly ? '?unread=1' : ''}`);
}

/** Marks the given notifications (or all of them) read; answers how many changed. */
export function markNotificationsRead(which: { ids: string[] } | { all: true }): Promise<{ marked: number }> {
  return request('/api/notifications/read', jsonBody('POST', which));
}

/** What to tell the user about a failed call, in one sentence. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

function articlePath(id: string): string {
  return `/api/articles/${encodeURIComponent(id)}`;
}

function jsonBody(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** `signingIn`: a 401 is an answer about credentials, not a lost session, so nobody is notified. */
async function request<T>(url: string, init?: RequestInit, opts: { signingIn?: boolean } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, credentials: 'same-origin', headers: { accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiError('network', 'Could not reach the server. Check your connection and try again.', 0);
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  if (res.status === 401 && !opts.signingIn) unauthorizedListeners.forEach((l) => l());
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown; threads?: unknown } } | null)?.error;
  if (error && typeof error.message === 'string') {
    const issues = Array.isArray(error.issues) ? (error.issues as AttributionIssue[]) : [];
    const threads = Array.isArray(error.threads) ? (error.threads as Thread[]) : [];
    throw new ApiError(typeof error.code === 'string' ? error.code : 'unknown', error.message, res.status, issues, threads);
  }
  throw new ApiError('unknown', `The server answered ${res.status} ${res.statusText}.`, res.status);
}

/**
 * The HTTP JSON API (`/api/...`) as typed functions. Failures reject with `ApiError`, carrying the
 * server's `{ error: { code, message, ... } }` when it sent one. The session cookie travels with
 * every same-origin request; a 401 from any route but sign-in tells `onUnauthorized` listeners.
 */
import type { AttributionIssue } from '../../../shared/attribution/checker';
import type { ArticlePage, ArticleSummary, ArticleView, ImportReply, PublishedReply, PublishReply, TransitionReply } from '../../../shared/contract/http/articles';
import type { ArticleStatus } from '../../../shared/article/layout';
import type { MeReply, SignedIn, SignedOut } from '../../../shared/contract/http/auth';
import type { MarkedReply, NotificationsReply, ReadNotificationsBody } from '../../../shared/contract/http/notifications';
import { errorBodySchema } from '../../../shared/contract/http/errors';
import type { Identity } from '../../../shared/contract/roles';
import type { Thread } from '../../../shared/threads/threads';
import type { ActivityReply, RestoreReply, VersionReply, VersionsReply, VersionSummary } from '../../../shared/contract/http/versions';
import type { ArticleDiff } from '../../../shared/article/diff';

// The replies are the contract's (shared/contract/http/); named here for the screens that show them.
export type { ArticlePage, ArticleSummary, ArticleView, ImportReply, PublishedReply, PublishReply, SignedIn };

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
    /** The metadata fields a refused publish named (409 `metadata`); empty otherwise. */
    readonly fields: { field: string; message: string }[] = [],
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

export function signOut(): Promise<SignedOut> {
  return request<SignedOut>('/api/logout', { method: 'POST' }, { signingIn: true });
}

/** The signed-in user; rejects with a 401 `ApiError` when nobody is (without notifying listeners). */
export async function me(): Promise<Identity> {
  const { user } = await request<MeReply>('/api/me', undefined, { signingIn: true });
  return user;
}

/** `GET /api/articles` filters (docs/desk.md); empty values are left out. */
export type ArticleFilters = { q?: string; section?: string; author?: string; from?: string; to?: string };

export function listArticles(limit = 20, cursor?: string, filters: ArticleFilters = {}): Promise<ArticlePage> {
  const q = new URLSearchParams({ limit: String(limit) });
  if (cursor) q.set('cursor', cursor);
  for (const [key, value] of Object.entries(filters)) if (value && value.trim()) q.set(key, value.trim());
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

/** A workflow move (POST …/transition); rejects with `ApiError` (`forbidden`, `transition`, `metadata`, `attribution`, `blocked`). */
export function transitionArticle(id: string, to: ArticleStatus, reason?: string): Promise<TransitionReply> {
  return request<TransitionReply>(`${articlePath(id)}/transition`, jsonBody('POST', reason === undefined ? { to } : { to, reason }));
}

export function getPublished(id: string): Promise<PublishedReply> {
  return request<PublishedReply>(`${articlePath(id)}/published`);
}

/** The signed-in user's notifications (mentions), newest first. */
export function listNotifications(unreadOnly: boolean): Promise<NotificationsReply> {
  return request<NotificationsReply>(`/api/notifications${unreadOnly ? '?unread=1' : ''}`);
}

/** Marks the given notifications (or all of them) read; answers how many changed. */
export function markNotificationsRead(which: ReadNotificationsBody): Promise<MarkedReply> {
  return request<MarkedReply>('/api/notifications/read', jsonBody('POST', which));
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
  const failed = errorBodySchema.safeParse(body);
  if (failed.success) {
    const { code, message, issues = [], threads = [] } = failed.data.error;
    const raw = (body as { error?: { fields?: unknown } }).error?.fields;
    const fields = Array.isArray(raw) ? (raw as { field: string; message: string }[]) : [];
    throw new ApiError(code, message, res.status, issues, threads, fields);
  }
  throw new ApiError('unknown', `The server answered ${res.status} ${res.statusText}.`, res.status);
}

/** `?before=` for a page after the first: the previous page's `next`. */
const pageAfter = (before: string | null | undefined): string => (before ? `?before=${encodeURIComponent(before)}` : '');

/**
 * Version history and activity (docs/desk.md "Version history and activity"). The two lists come a
 * page at a time (the server's default size), newest first; `before` is the previous page's `next`.
 */
export function listVersions(id: string, before?: string | null): Promise<VersionsReply> {
  return request<VersionsReply>(`${articlePath(id)}/versions${pageAfter(before)}`);
}
export function saveVersion(id: string, name: string): Promise<{ version: VersionSummary }> {
  return request<{ version: VersionSummary }>(`${articlePath(id)}/versions`, jsonBody('POST', { name }));
}
export function getVersion(id: string, v: number): Promise<VersionReply> {
  return request<VersionReply>(`${articlePath(id)}/versions/${v}`);
}
export function diffVersions(id: string, a: number, b: number): Promise<{ diff: ArticleDiff }> {
  return request<{ diff: ArticleDiff }>(`${articlePath(id)}/versions/${a}/diff/${b}`);
}
export function restoreVersion(id: string, v: number): Promise<RestoreReply> {
  return request<RestoreReply>(`${articlePath(id)}/versions/${v}/restore`, { method: 'POST' });
}
export function getActivity(id: string, before?: string | null): Promise<ActivityReply> {
  return request<ActivityReply>(`${articlePath(id)}/activity${pageAfter(before)}`);
}

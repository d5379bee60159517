/**
 * The HTTP JSON API (`/api/...`) as typed functions. Failures reject with `ApiError`, carrying the
 * server's `{ error: { code, message } }` when it sent one.
 */
import type { ArticleStatus } from '../../shared/layout';

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

export class ApiError extends Error {
  constructor(
    /** The server's error code (`validation`, `not_found`, ...), or `network` when no answer came. */
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function listArticles(limit = 20, cursor?: string): Promise<ArticlePage> {
  const q = new URLSearchParams({ limit: String(limit) });
  if (cursor) q.set('cursor', cursor);
  return request<ArticlePage>(`/api/articles?${q.toString()}`);
}

export function createArticle(headline: string): Promise<ArticleSummary> {
  return request<ArticleSummary>('/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ headline }),
  });
}

export function getArticle(id: string): Promise<ArticleView> {
  return request<ArticleView>(`/api/articles/${encodeURIComponent(id)}`);
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiError('network', 'Could not reach the server. Check your connection and try again.', 0);
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (error && typeof error.message === 'string') {
    throw new ApiError(typeof error.code === 'string' ? error.code : 'unknown', error.message, res.status);
  }
  throw new ApiError('unknown', `The server answered ${res.status} ${res.statusText}.`, res.status);
}

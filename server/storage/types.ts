/**
 * Storage interfaces. Every implementation (SQLite now, Postgres next) passes the same suite in
 * tests/server/storage.test.ts. All methods are async so a networked database fits the same shape.
 */
import type { ArticleStatus } from '../../shared/layout';

/** An article's row. Timestamps are ISO-8601 UTC strings with millisecond precision. */
export type ArticleRecord = {
  id: string;
  headline: string;
  status: ArticleStatus;
  createdAt: string;
  updatedAt: string;
};

/** Keyset cursor for `listArticles`: the last item of the previous page. */
export type ArticleCursor = { createdAt: string; id: string };

export type ArticlePage = { items: ArticleRecord[]; next: ArticleCursor | null };

export interface ArticleStore {
  /** Inserts the article and its first document update in one transaction. */
  createArticle(record: ArticleRecord, initialUpdate: Uint8Array): Promise<void>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  /** Newest first (createdAt, then id, both descending). */
  listArticles(opts: { limit: number; after?: ArticleCursor }): Promise<ArticlePage>;
  /** Refreshes the denormalised headline and `updatedAt` after document edits. */
  touchArticle(id: string, headline: string, updatedAt: string): Promise<void>;
}

export interface UpdateLogStore {
  /**
   * Appends one Yjs update (v1 encoding) to the article's log and resolves once it is durable.
   * Resolves with the number of entries now in the log, so the caller can decide to compact.
   */
  appendUpdate(articleId: string, update: Uint8Array): Promise<number>;
  /** Every stored update of the article, oldest first. Empty for an unknown article. */
  loadUpdates(articleId: string): Promise<Uint8Array[]>;
  /**
   * Replaces the entries present when the call starts with one merged update (Y.mergeUpdates),
   * in one transaction: a crash leaves either the old entries or the merged one, never neither.
   * Entries appended concurrently are kept.
   */
  compactUpdates(articleId: string): Promise<void>;
}

export interface Storage extends ArticleStore, UpdateLogStore {
  /** Which implementation this is, for logs and health. */
  readonly kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

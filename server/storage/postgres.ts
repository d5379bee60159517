/**
 * Postgres storage (node-postgres Pool): the same contract and semantics as sqlite.ts, for a newsroom
 * running several instances on one database. A method resolves once its transaction has committed.
 * The schema is the first of the connection's search_path (set it with the URL's
 * `?options=-c%20search_path%3D<schema>` or `poolConfig.options`).
 */
import pg from 'pg';
import * as Y from 'yjs';
import type { ArticleCursor, ArticlePage, ArticleRecord, PublishedRevision, Storage } from './types';
import type { ArticleStatus } from '../../shared/article/layout';
import { migrate } from './migrations/migrate';
import { postgresMigrations } from './migrations/postgres';
import { openPostgresPort } from './sql/postgres-port';
import { inTransaction, pgText } from './postgres-tx';
import { postgresUserStore } from './postgres-users';
import { postgresThreadStore } from './postgres-threads';
import { sessionStore } from './sessions-store';
import { loginThrottleStore } from './login-throttle-store';
import { deskStore } from './desk-store';
import { workflowStore } from './workflow-store';

type ArticleRow = { id: string; headline: string; status: string; created_at: string; updated_at: string };
type RevisionRow = { article_id: string; revision: number; published_at: string; html: string; doc_json: string };

const ARTICLE_COLUMNS = 'id, headline, status, created_at, updated_at';

const toRecord = (row: ArticleRow): ArticleRecord => ({
  id: row.id,
  headline: row.headline,
  status: row.status as ArticleStatus,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRevision = (row: RevisionRow): PublishedRevision => ({
  articleId: row.article_id,
  revision: row.revision,
  publishedAt: row.published_at,
  html: row.html,
  docJson: row.doc_json,
});

/** Connects, applies pending migrations and returns the store; rejects if either fails (the pool is closed). */
export async function openPostgresStorage(
  url: string,
  poolConfig: Omit<pg.PoolConfig, 'connectionString'> = {},
): Promise<Storage> {
  const port = openPostgresPort(url, poolConfig);
  const pool = port.pool;
  try {
    await migrate(port, postgresMigrations);
  } catch (e) {
    await pool.end();
    throw e;
  }

  let closed: Promise<void> | null = null;
  return {
    kind: 'postgres',
    ...postgresUserStore(pool),
    ...postgresThreadStore(pool),
    ...sessionStore(port),
    ...loginThrottleStore(port),
    ...deskStore(port),
    ...workflowStore(port),
    async createArticle(r, initialUpdate) {
      await inTransaction(pool, async (c) => {
        await c.query(`INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES ($1, $2, $3, $4, $5)`, [
          r.id,
          pgText(r.headline),
          r.status,
          r.createdAt,
          r.updatedAt,
        ]);
        await c.query('INSERT INTO doc_updates (article_id, data) VALUES ($1, $2)', [r.id, Buffer.from(initialUpdate)]);
      });
    },
    async getArticle(id) {
      const { rows } = await pool.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async listArticles({ limit, after, status }: { limit: number; after?: ArticleCursor; status?: ArticleStatus }): Promise<ArticlePage> {
      const where: string[] = [];
      const params: unknown[] = [];
      if (status !== undefined) where.push(`status = $${params.push(status)}`);
      if (after) where.push(`(created_at, id) < ($${params.push(after.createdAt)}, $${params.push(after.id)})`);
      // One extra row tells whether another page exists.
      const { rows } = await pool.query<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY created_at DESC, id DESC LIMIT $${params.push(limit + 1)}`,
        params,
      );
      const items = rows.slice(0, limit).map(toRecord);
      const last = items[items.length - 1];
      return { items, next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
    },
    async touchArticle(id, headline, updatedAt) {
      await pool.query('UPDATE articles SET headline = $1, updated_at = $2 WHERE id = $3', [pgText(headline), updatedAt, id]);
    },
    async appendUpdate(articleId, update) {
      await pool.query('INSERT INTO doc_updates (article_id, data) VALUES ($1, $2)', [articleId, Buffer.from(update)]);
    },
    async loadUpdates(articleId) {
      const { rows } = await pool.query<{ data: Buffer }>('SELECT data FROM doc_updates WHERE article_id = $1 ORDER BY seq', [
        articleId,
      ]);
      return rows.map((r) => new Uint8Array(r.data));
    },
    async compactUpdates(articleId) {
      await inTransaction(pool, async (c) => {
        // Locks exactly the entries present now (in seq order, so two compactions cannot deadlock);
        // appends committed later are neither read nor deleted. A concurrent compaction waits here and
        // then sees the merged entry (FOR UPDATE re-reads a row that changed while it waited).
        const { rows } = await c.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM doc_updates WHERE article_id = $1 ORDER BY seq FOR UPDATE',
          [articleId],
        );
        if (rows.length < 2) return;
        // Sorted again: after waiting for a lock, FOR UPDATE may return rows out of ORDER BY order.
        rows.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
        const merged = Y.mergeUpdates(rows.map((r) => new Uint8Array(r.data)));
        const last = rows[rows.length - 1];
        // The merged update takes the place of the newest entry it contains, so anything appended
        // concurrently (a higher seq) stays behind it; the others are deleted by seq, never by range.
        await c.query('UPDATE doc_updates SET data = $1 WHERE seq = $2', [Buffer.from(merged), last.seq]);
        await c.query('DELETE FROM doc_updates WHERE seq = ANY($1::bigint[])', [rows.slice(0, -1).map((r) => r.seq)]);
      });
    },
    async publishRevision(articleId, publishedAt, rawHtml, rawDocJson) {
      const [html, docJson] = [pgText(rawHtml), pgText(rawDocJson)];
      return inTransaction(pool, async (c) => {
        // The article's row lock serialises publications, so revision numbers never collide.
        const article = await c.query('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
        if (article.rowCount !== 1) throw new Error(`no article ${articleId}`);
        const { rows } = await c.query<{ revision: number }>(
          'SELECT COALESCE(MAX(revision), 0) + 1 AS revision FROM published_revisions WHERE article_id = $1',
          [articleId],
        );
        const revision = rows[0].revision;
        await c.query(
          'INSERT INTO published_revisions (article_id, revision, published_at, html, doc_json) VALUES ($1, $2, $3, $4, $5)',
          [articleId, revision, publishedAt, html, docJson],
        );
        await c.query("UPDATE articles SET status = 'published', updated_at = $1 WHERE id = $2", [publishedAt, articleId]);
        return { articleId, revision, publishedAt, html, docJson };
      });
    },
    async latestPublished(articleId) {
      const { rows } = await pool.query<RevisionRow>(
        'SELECT * FROM published_revisions WHERE article_id = $1 ORDER BY revision DESC LIMIT 1',
        [articleId],
      );
      return rows[0] ? toRevision(rows[0]) : null;
    },
    close: () => (closed ??= pool.end()),
  };
}

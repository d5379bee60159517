/**
 * Articles, their document update log and their published revisions over the SQL port (tables from
 * migrations 1 and 2), the same code on SQLite and Postgres. Where several connections may race
 * (Postgres), rows are locked with `FOR UPDATE`; SQLite has one writer and no such clause.
 */
import Y = require('yjs');
import type { ArticleStatus } from '../../shared/article/layout';
import type { SqlExecutor, SqlPort, SqlValue } from './sql/port';
import type { ArticleRecord, ArticleStore, PublishedRevision, PublishStore, UpdateLogStore } from './types';
import { appendBatchPostgres } from './append-batch-postgres';
import { APPEND_UPDATE_SQL, appendBatchSqlite, appendBatchSqliteNow } from './append-batch-sqlite';

/** The article row's refresh after document edits (`touchArticle`, `touchArticles`). */
const TOUCH_SQL = 'UPDATE articles SET headline = ?, updated_at = ? WHERE id = ?';
/**
 * Postgres: many rows' TOUCH_SQL in one statement (the rows as one JSON parameter). The rows
 * are locked in id order first (`locked`: Postgres locks after sorting), so two instances refreshing
 * the same articles at once wait for each other instead of deadlocking; the UPDATE then reads
 * `locked` whole before it writes any row.
 */
const TOUCH_MANY_POSTGRES = `WITH v AS (
    SELECT * FROM json_to_recordset(?::json) AS v(id text, headline text, updated_at text)
  ), locked AS (
    SELECT a.id FROM articles a WHERE a.id IN (SELECT id FROM v) ORDER BY a.id FOR UPDATE
  )
  UPDATE articles a SET headline = v.headline, updated_at = v.updated_at
  FROM v WHERE a.id = v.id AND a.id IN (SELECT id FROM locked)`;

type ArticleRow = { id: string; headline: string; status: string; created_at: string; updated_at: string };
type RevisionRow = { article_id: string; revision: number; published_at: string; html: string; doc_json: string };

const ARTICLE_COLUMNS = 'id, headline, status, created_at, updated_at';
const REVISION_COLUMNS = 'article_id, revision, published_at, html, doc_json';

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

/** Row locks for the rest of the transaction where another connection could write meanwhile. */
const forUpdate = (tx: SqlExecutor) => (tx.dialect === 'postgres' ? ' FOR UPDATE' : '');

/** Ids per `IN (…)` list: far below either database's parameter limit. */
const CHUNK = 500;

/**
 * Replaces the article's entries present now with one merged update. The merged update takes the
 * place of the newest entry it contains, so anything appended concurrently (a higher seq, or on
 * Postgres a lower seq not yet committed when read) stays; the others are deleted by seq, never by range.
 */
async function compact(tx: SqlExecutor, articleId: string): Promise<void> {
  // Postgres: locks exactly the entries present now, in seq order so two compactions cannot deadlock;
  // a concurrent compaction waits here and then sees the merged entry (FOR UPDATE re-reads the row).
  const rows = await tx.all<{ seq: number; data: Uint8Array }>(
    `SELECT seq, data FROM doc_updates WHERE article_id = ? ORDER BY seq${forUpdate(tx)}`,
    [articleId],
  );
  if (rows.length < 2) return;
  // Sorted again: after waiting for a lock, FOR UPDATE may return rows out of ORDER BY order.
  rows.sort((a, b) => a.seq - b.seq);
  const merged = Y.mergeUpdates(rows.map((r) => new Uint8Array(r.data)));
  const last = rows[rows.length - 1];
  await tx.run('UPDATE doc_updates SET data = ? WHERE seq = ?', [merged, last.seq]);
  const older = rows.slice(0, -1).map((r) => r.seq);
  for (let i = 0; i < older.length; i += CHUNK) {
    const chunk = older.slice(i, i + CHUNK);
    await tx.run(`DELETE FROM doc_updates WHERE seq IN (${chunk.map(() => '?').join(', ')})`, chunk);
  }
}

async function publish(tx: SqlExecutor, articleId: string, at: string, html: string, docJson: string): Promise<PublishedRevision> {
  // On Postgres the article's row lock serialises publications, so revision numbers never collide.
  if (!(await tx.get(`SELECT 1 AS found FROM articles WHERE id = ?${forUpdate(tx)}`, [articleId]))) throw new Error(`no article ${articleId}`);
  const next = await tx.get<{ revision: number }>(
    'SELECT COALESCE(MAX(revision), 0) + 1 AS revision FROM published_revisions WHERE article_id = ?',
    [articleId],
  );
  // RETURNING gives the text as stored (Postgres drops U+0000).
  const row = await tx.get<RevisionRow>(
    `INSERT INTO published_revisions (${REVISION_COLUMNS}) VALUES (?, ?, ?, ?, ?) RETURNING ${REVISION_COLUMNS}`,
    [articleId, next!.revision, at, html, docJson],
  );
  await tx.run("UPDATE articles SET status = 'published', updated_at = ? WHERE id = ?", [at, articleId]);
  return toRevision(row!);
}

export function articlesStore(port: SqlPort): ArticleStore & UpdateLogStore & PublishStore {
  return {
    createArticle: (r, initialUpdate) =>
      port.transaction(async (tx) => {
        await tx.run(`INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?)`, [r.id, r.headline, r.status, r.createdAt, r.updatedAt]);
        await tx.run(APPEND_UPDATE_SQL, [r.id, initialUpdate]);
      }),
    async getArticle(id) {
      const row = await port.get<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [id]);
      return row ? toRecord(row) : null;
    },
    async listArticles({ limit, after, status }) {
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (status !== undefined) {
        where.push('status = ?');
        params.push(status);
      }
      if (after) {
        // Row values compare (created_at, id) in ORDER BY order (both dialects; uses articles_by_created).
        where.push('(created_at, id) < (?, ?)');
        params.push(after.createdAt, after.id);
      }
      // One extra row tells whether another page exists.
      const rows = await port.all<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY created_at DESC, id DESC LIMIT ?`,
        [...params, limit + 1],
      );
      const items = rows.slice(0, limit).map(toRecord);
      const last = items[items.length - 1];
      return { items, next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
    },
    async touchArticle(id, headline, updatedAt) {
      await port.run(TOUCH_SQL, [headline, updatedAt, id]);
    },
    // SQLite: one synchronous transaction for all of them (a write transaction each cost ~15-30 us
    // of CPU, the UPDATE ~2 us). Postgres: one statement for all of them (TOUCH_MANY_POSTGRES), one
    // round trip where a statement per row was one each.
    async touchArticles(rows) {
      if (rows.length === 0) return;
      if (port.transactionSync) {
        await port.transactionSync((tx) => {
          for (const r of rows) tx.run(TOUCH_SQL, [r.headline, r.updatedAt, r.id]);
        });
        return;
      }
      if (rows.length === 1) return void (await port.run(TOUCH_SQL, [rows[0].headline, rows[0].updatedAt, rows[0].id]));
      // U+0000 dropped as the port drops it from a string parameter (Postgres TEXT cannot hold it).
      const json = JSON.stringify(rows.map((r) => ({ id: r.id, headline: r.headline.replace(/\0/g, ''), updated_at: r.updatedAt })));
      await port.run(TOUCH_MANY_POSTGRES, [json]);
    },
    async appendUpdate(articleId, update) {
      // The hot path: one prepared INSERT, no transaction.
      await port.run(APPEND_UPDATE_SQL, [articleId, update]);
    },
    // Postgres: one statement, one round trip (append-batch-postgres.ts). SQLite, in process with no
    // round trips: one synchronous transaction of single-row statements (append-batch-sqlite.ts).
    appendBatch: (batch) => (port.dialect === 'postgres' ? appendBatchPostgres(port, batch) : appendBatchSqlite(port, batch)),
    // SQLite only: the same batch now, synchronously (the group commit's path: no promise per update).
    ...(port.syncNow ? { appendBatchNow: (batch: Parameters<typeof appendBatchSqliteNow>[1]) => appendBatchSqliteNow(port, batch) } : {}),
    async loadUpdates(articleId) {
      const rows = await port.all<{ data: Uint8Array }>('SELECT data FROM doc_updates WHERE article_id = ? ORDER BY seq', [articleId]);
      return rows.map((r) => new Uint8Array(r.data));
    },
    compactUpdates: (articleId) => port.transaction((tx) => compact(tx, articleId)),
    publishRevision: (articleId, publishedAt, html, docJson) => port.transaction((tx) => publish(tx, articleId, publishedAt, html, docJson)),
    async latestPublished(articleId) {
      const row = await port.get<RevisionRow>(
        `SELECT ${REVISION_COLUMNS} FROM published_revisions WHERE article_id = ? ORDER BY revision DESC LIMIT 1`,
        [articleId],
      );
      return row ? toRevision(row) : null;
    },
  };
}

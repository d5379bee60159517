/**
 * SQLite storage (better-sqlite3): one file, WAL journal. A committed transaction survives a
 * process crash (`kill -9`): WAL with synchronous=NORMAL only risks the last commits on power loss.
 */
import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import type { ArticleCursor, ArticlePage, ArticleRecord, PublishedRevision, Storage } from './types';
import { sqliteMigrations } from './migrations/sqlite';
import { sqliteUserStore } from './sqlite-users';
import { sqliteThreadStore } from './sqlite-threads';
import { openSqlitePort } from './sql/sqlite-port';
import { sessionStore } from './sessions-store';
import { loginThrottleStore } from './login-throttle-store';
import { deskStore } from './desk-store';
import { workflowStore } from './workflow-store';
import type { ArticleStatus } from '../../shared/article/layout';

type RevisionRow = { article_id: string; revision: number; published_at: string; html: string; doc_json: string };

function toRevision(row: RevisionRow): PublishedRevision {
  return {
    articleId: row.article_id,
    revision: row.revision,
    publishedAt: row.published_at,
    html: row.html,
    docJson: row.doc_json,
  };
}

type ArticleRow = { id: string; headline: string; status: string; created_at: string; updated_at: string };

function toRecord(row: ArticleRow): ArticleRecord {
  return {
    id: row.id,
    headline: row.headline,
    status: row.status as ArticleStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Opens (creating if needed) the database file and applies pending migrations. */
export function openSqliteStorage(file: string): Storage {
  // The port's connection (WAL, synchronous=NORMAL, foreign keys, busy timeout) serves both the
  // stores written over the port and the statements prepared here.
  const port = openSqlitePort(file);
  const db = port.db;
  migrate(db);

  const insertArticle = db.prepare(
    'INSERT INTO articles (id, headline, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertUpdate = db.prepare('INSERT INTO doc_updates (article_id, data) VALUES (?, ?)');
  const selectUpdates = db.prepare('SELECT seq, data FROM doc_updates WHERE article_id = ? ORDER BY seq');
  const deleteUpTo = db.prepare('DELETE FROM doc_updates WHERE article_id = ? AND seq <= ?');
  const selectArticle = db.prepare('SELECT * FROM articles WHERE id = ?');
  // One statement serves every filter: a NULL parameter switches its condition off.
  const listPage = db.prepare(
    `SELECT * FROM articles
     WHERE (@status IS NULL OR status = @status)
       AND (@createdAt IS NULL OR created_at < @createdAt OR (created_at = @createdAt AND id < @id))
     ORDER BY created_at DESC, id DESC LIMIT @limit`,
  );
  const touch = db.prepare('UPDATE articles SET headline = ?, updated_at = ? WHERE id = ?');

  const latestRevision = db.prepare(
    'SELECT * FROM published_revisions WHERE article_id = ? ORDER BY revision DESC LIMIT 1',
  );
  const insertRevision = db.prepare(
    'INSERT INTO published_revisions (article_id, revision, published_at, html, doc_json) VALUES (?, ?, ?, ?, ?)',
  );
  const setPublished = db.prepare("UPDATE articles SET status = 'published', updated_at = ? WHERE id = ?");
  const publishTx = db.transaction((articleId: string, at: string, html: string, docJson: string): PublishedRevision => {
    const last = latestRevision.get(articleId) as RevisionRow | undefined;
    const revision = (last?.revision ?? 0) + 1;
    insertRevision.run(articleId, revision, at, html, docJson);
    if (setPublished.run(at, articleId).changes !== 1) throw new Error(`no article ${articleId}`);
    return { articleId, revision, publishedAt: at, html, docJson };
  });

  const createTx = db.transaction((r: ArticleRecord, update: Uint8Array) => {
    insertArticle.run(r.id, r.headline, r.status, r.createdAt, r.updatedAt);
    insertUpdate.run(r.id, Buffer.from(update));
  });
  const compactTx = db.transaction((articleId: string) => {
    const rows = selectUpdates.all(articleId) as { seq: number; data: Buffer }[];
    if (rows.length < 2) return;
    const merged = Y.mergeUpdates(rows.map((r) => new Uint8Array(r.data)));
    deleteUpTo.run(articleId, rows[rows.length - 1].seq);
    insertUpdate.run(articleId, Buffer.from(merged));
  });

  return {
    kind: 'sqlite',
    ...sqliteUserStore(db),
    ...sqliteThreadStore(db),
    ...sessionStore(port),
    ...loginThrottleStore(port),
    ...deskStore(port),
    ...workflowStore(port),
    async createArticle(record, initialUpdate) {
      createTx(record, initialUpdate);
    },
    async getArticle(id) {
      const row = selectArticle.get(id) as ArticleRow | undefined;
      return row ? toRecord(row) : null;
    },
    async listArticles({ limit, after, status }: { limit: number; after?: ArticleCursor; status?: ArticleStatus }): Promise<ArticlePage> {
      // One extra row tells whether another page exists.
      const rows = listPage.all({
        status: status ?? null,
        createdAt: after?.createdAt ?? null,
        id: after?.id ?? null,
        limit: limit + 1,
      }) as ArticleRow[];
      const items = rows.slice(0, limit).map(toRecord);
      const last = items[items.length - 1];
      return { items, next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
    },
    async touchArticle(id, headline, updatedAt) {
      touch.run(headline, updatedAt, id);
    },
    async appendUpdate(articleId, update) {
      insertUpdate.run(articleId, Buffer.from(update));
    },
    async loadUpdates(articleId) {
      return (selectUpdates.all(articleId) as { data: Buffer }[]).map((r) => new Uint8Array(r.data));
    },
    async compactUpdates(articleId) {
      compactTx(articleId);
    },
    async publishRevision(articleId, publishedAt, html, docJson) {
      return publishTx(articleId, publishedAt, html, docJson);
    },
    async latestPublished(articleId) {
      const row = latestRevision.get(articleId) as RevisionRow | undefined;
      return row ? toRevision(row) : null;
    },
    close: () => port.close(),
  };
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  for (const m of sqliteMigrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        m.version,
        new Date().toISOString(),
      );
    })();
  }
}

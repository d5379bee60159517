/**
 * Article versions over the SQL port (migration 7, table `article_versions`). Rows are written once
 * and never updated; the number is the article's previous highest plus one, in a write transaction.
 */
import type { SqlExecutor, SqlPort } from './sql/port';
import type { NewVersion, VersionKind, VersionRecord, VersionStore, VersionSummary } from './types';

type VersionRow = {
  article_id: string;
  version: number;
  kind: string;
  name: string | null;
  created_at: string;
  author_id: string | null;
  author_name: string | null;
  words: number;
  words_added: number;
  words_removed: number;
  content?: string;
};

const SUMMARY_COLUMNS = 'article_id, version, kind, name, created_at, author_id, author_name, words, words_added, words_removed';

const toSummary = (r: VersionRow): VersionSummary => ({
  articleId: r.article_id,
  version: Number(r.version),
  kind: r.kind as VersionKind,
  name: r.name,
  createdAt: r.created_at,
  author: r.author_id !== null && r.author_name !== null ? { id: r.author_id, name: r.author_name } : null,
  words: Number(r.words),
  wordsAdded: Number(r.words_added),
  wordsRemoved: Number(r.words_removed),
});

const toRecord = (r: VersionRow): VersionRecord => ({ ...toSummary(r), content: r.content ?? '' });

async function insert(tx: SqlExecutor, v: NewVersion): Promise<VersionRecord> {
  // Postgres: the article row is locked so two concurrent inserts cannot pick the same number.
  if (tx.dialect === 'postgres') await tx.get('SELECT id FROM articles WHERE id = ? FOR UPDATE', [v.articleId]);
  const last = await tx.get<{ n: number | null }>('SELECT MAX(version) AS n FROM article_versions WHERE article_id = ?', [v.articleId]);
  const version = (last?.n === null || last?.n === undefined ? 0 : Number(last.n)) + 1;
  await tx.run(
    `INSERT INTO article_versions (article_id, version, kind, name, created_at, author_id, author_name, content, words, words_added, words_removed)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [v.articleId, version, v.kind, v.name, v.createdAt, v.author?.id ?? null, v.author?.name ?? null, v.content, v.words, v.wordsAdded, v.wordsRemoved],
  );
  return { ...v, version };
}

export function versionsStore(port: SqlPort): VersionStore {
  return {
    addVersion(v) {
      return port.transaction((tx) => insert(tx, v), 'write');
    },
    async listVersions(articleId, { limit, before }) {
      const rows = await port.all<VersionRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM article_versions WHERE article_id = ?${before === undefined ? '' : ' AND version < ?'} ORDER BY version DESC LIMIT ?`,
        before === undefined ? [articleId, limit] : [articleId, before, limit],
      );
      return rows.map(toSummary);
    },
    async getVersion(articleId, version) {
      const row = await port.get<VersionRow>(`SELECT ${SUMMARY_COLUMNS}, content FROM article_versions WHERE article_id = ? AND version = ?`, [articleId, version]);
      return row ? toRecord(row) : null;
    },
    async latestVersion(articleId) {
      const row = await port.get<VersionRow>(`SELECT ${SUMMARY_COLUMNS}, content FROM article_versions WHERE article_id = ? ORDER BY version DESC LIMIT 1`, [articleId]);
      return row ? toRecord(row) : null;
    },
  };
}

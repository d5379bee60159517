/**
 * The group commit's usual W1 shape on SQLite, shared by bench/wal-pages.ts and bench/commit-stalls.ts:
 * `seedCommitShape` creates `articles` articles, each with one edit-activity row; `commitShape` then
 * runs one group commit's statements (one update appended, the writer's activity row extended).
 */
import type { SqlPort } from '../server/storage/sql/port';

/** Inserts `articles` articles a0… and one activity row each (the rows `commitShape` extends). */
export async function seedCommitShape(port: SqlPort, articles: number): Promise<void> {
  const now = new Date().toISOString();
  for (let a = 0; a < articles; a++) {
    await port.run("INSERT INTO articles (id, headline, status, created_at, updated_at) VALUES (?, 'h', 'draft', ?, ?)", [`a${a}`, now, now]);
    await port.run(
      "INSERT INTO article_activity (article_id, kind, user_id, user_name, started_at, ended_at, updates, inserted, deleted, detail) VALUES (?, 'edit', 'u', 'U', ?, ?, 0, 0, 0, '{}')",
      [`a${a}`, now, now],
    );
  }
}

/** One group commit of the W1 shape: `update` appended to `article`'s log, its activity row extended to `at`. */
export async function commitShape(port: SqlPort, article: string, at: string, update: Uint8Array): Promise<void> {
  await port.transaction(async (tx) => {
    await tx.run('INSERT INTO doc_updates (article_id, data) VALUES (?, ?)', [article, update]);
    await tx.run('UPDATE article_activity SET ended_at = ?, updates = updates + 1, inserted = inserted + 1 WHERE article_id = ?', [at, article]);
  });
}

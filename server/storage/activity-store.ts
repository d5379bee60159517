/**
 * Who changed what, over the SQL port (migration 7, table `article_activity`): edit sessions per
 * user (grown in place while the same user keeps storing within the gap) and quote confirmations.
 * The update log is compacted (rows merged), so authorship lives here, never in `doc_updates`.
 */
import type { SqlExecutor, SqlPort } from './sql/port';
import type { ActivityRow, ActivityStore, AuditEntry, EditRecord } from './types';

type Row = {
  id: number;
  article_id: string;
  kind: string;
  user_id: string;
  user_name: string;
  started_at: string;
  ended_at: string;
  updates: number;
  inserted: number;
  deleted: number;
  detail: string;
};
type AuditRow = { seq: number; at: string; actor: string | null; action: string; article_id: string | null; detail: string };

const toRow = (r: Row): ActivityRow => ({
  id: Number(r.id),
  articleId: r.article_id,
  kind: r.kind as ActivityRow['kind'],
  user: { id: r.user_id, name: r.user_name },
  startedAt: r.started_at,
  endedAt: r.ended_at,
  updates: Number(r.updates),
  inserted: Number(r.inserted),
  deleted: Number(r.deleted),
  detail: JSON.parse(r.detail) as Record<string, unknown>,
});

/**
 * Adds the edit to the user's latest edit session of the article when that ended at most `gapMs`
 * before `at`, else opens a new session — inside the caller's write transaction (`appendBatch`).
 */
export async function addEdit(tx: SqlExecutor, e: EditRecord, gapMs: number): Promise<void> {
  const since = new Date(Date.parse(e.at) - gapMs).toISOString();
  const open = await tx.get<{ id: number }>(
    `SELECT id FROM article_activity WHERE article_id = ? AND kind = 'edit' AND user_id = ? AND ended_at >= ? ORDER BY ended_at DESC LIMIT 1`,
    [e.articleId, e.user.id, since],
  );
  if (open) {
    await tx.run(
      `UPDATE article_activity SET ended_at = CASE WHEN ended_at < ? THEN ? ELSE ended_at END, updates = updates + ?, inserted = inserted + ?, deleted = deleted + ?, user_name = ? WHERE id = ?`,
      [e.at, e.at, e.updates, e.inserted, e.deleted, e.user.name, open.id],
    );
    return;
  }
  await tx.run(
    `INSERT INTO article_activity (article_id, kind, user_id, user_name, started_at, ended_at, updates, inserted, deleted, detail) VALUES (?, 'edit', ?, ?, ?, ?, ?, ?, ?, '{}')`,
    [e.articleId, e.user.id, e.user.name, e.at, e.at, e.updates, e.inserted, e.deleted],
  );
}

/**
 * One record per (article, user) — counts summed, the latest time and name kept — in (article,
 * user) order. A transaction that grows several sessions must lock their rows in one global order:
 * two instances storing the same articles in opposite orders otherwise deadlock on Postgres.
 */
export function editsInLockOrder(edits: readonly EditRecord[]): EditRecord[] {
  const merged = new Map<string, EditRecord>();
  for (const e of edits) {
    const key = `${e.articleId}\u0000${e.user.id}`;
    const seen = merged.get(key);
    merged.set(
      key,
      seen
        ? {
            ...seen,
            user: e.user,
            at: e.at > seen.at ? e.at : seen.at,
            updates: seen.updates + e.updates,
            inserted: seen.inserted + e.inserted,
            deleted: seen.deleted + e.deleted,
          }
        : { ...e },
    );
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
}

export function activityStore(port: SqlPort): ActivityStore {
  return {
    async recordQuoteConfirmed(articleId, user, at, detail) {
      await port.run(
        `INSERT INTO article_activity (article_id, kind, user_id, user_name, started_at, ended_at, updates, inserted, deleted, detail) VALUES (?, 'quote-confirmed', ?, ?, ?, ?, 0, 0, 0, ?)`,
        [articleId, user.id, user.name, at, at, JSON.stringify(detail)],
      );
    },
    async listActivity(articleId, limit) {
      const rows = await port.all<Row>('SELECT * FROM article_activity WHERE article_id = ? ORDER BY ended_at DESC, id DESC LIMIT ?', [articleId, limit]);
      return rows.map(toRow);
    },
    async articleAudit(articleId, limit): Promise<AuditEntry[]> {
      const rows = await port.all<AuditRow>('SELECT seq, at, actor, action, article_id, detail FROM audit_log WHERE article_id = ? ORDER BY seq DESC LIMIT ?', [articleId, limit]);
      return rows.map((r) => ({
        seq: Number(r.seq),
        at: r.at,
        actor: r.actor,
        action: r.action as AuditEntry['action'],
        articleId: r.article_id,
        detail: JSON.parse(r.detail) as Record<string, unknown>,
      }));
    },
  };
}

/**
 * Who changed what, over the SQL port (migration 7, table `article_activity`): edit sessions per
 * user (grown in place while the same user keeps storing within the gap) and quote confirmations;
 * and one page of an article's activity read from that table, `thread_changes` and `audit_log`.
 * The update log is compacted (rows merged), so authorship lives here, never in `doc_updates`.
 */
import type { ThreadChangeType } from '../../shared/threads/threads';
import type { SqlPort, SqlValue } from './sql/port';
import { ActivitySource, type ActivityKey, type ActivityRow, type ActivityStore, type AuditEntry, type CommentActivityRow, type EditRecord } from './types';

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
type CommentRow = { seq: number; type: string; thread_id: string; comment_id: string | null; by_id: string; by_name: string; at: string };

const toAudit = (r: AuditRow): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actor: r.actor,
  action: r.action as AuditEntry['action'],
  articleId: r.article_id,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
});

const toComment = (r: CommentRow): CommentActivityRow => ({
  seq: Number(r.seq),
  type: r.type as ThreadChangeType,
  threadId: r.thread_id,
  commentId: r.comment_id,
  by: { id: r.by_id, name: r.by_name },
  at: r.at,
});

/**
 * The rows of one source that come after `before` in the `ActivityKey` order ((at, source, id)
 * descending), as an `AND …` condition on the source's time and id columns. The source is fixed per
 * table, so the key comparison reduces to: an earlier-ranked source keeps rows at the cursor's time,
 * a later-ranked one only older rows, the cursor's own source older rows or a lower id at that time.
 * Both columns are compared byte-wise (COLLATE "C" on Postgres, BINARY on SQLite) and indexed with
 * the article id (migration 8), so each source reads at most `limit` index entries.
 */
function olderThan(atColumn: string, idColumn: string, source: ActivitySource, before: ActivityKey | null): { sql: string; params: SqlValue[] } {
  if (!before) return { sql: '', params: [] };
  if (source < before.source) return { sql: ` AND ${atColumn} <= ?`, params: [before.at] };
  if (source > before.source) return { sql: ` AND ${atColumn} < ?`, params: [before.at] };
  // A row-value comparison, which both databases turn into one index range (an OR would scan from the newest row).
  return { sql: ` AND (${atColumn}, ${idColumn}) < (?, ?)`, params: [before.at, before.id] };
}

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

/** The earliest end a session may have and still grow by an edit at `at`: `gapMs` before it (both stores' rule). */
export const sessionOpenSince = (at: string, gapMs: number): string => new Date(Date.parse(at) - gapMs).toISOString();

/** When the record's first edit was made (`firstAt`, else `at`). */
export const firstOf = (e: EditRecord): string => e.firstAt ?? e.at;

/**
 * One record per (article, user) — counts summed, the latest time and name kept, the earliest first
 * time — in (article, user) order. A transaction that grows several sessions must lock their rows in
 * one global order: two instances storing the same articles in opposite orders otherwise deadlock on
 * Postgres.
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
            firstAt: firstOf(e) < firstOf(seen) ? firstOf(e) : firstOf(seen),
            updates: seen.updates + e.updates,
            inserted: seen.inserted + e.inserted,
            deleted: seen.deleted + e.deleted,
          }
        : { ...e, firstAt: firstOf(e) },
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
    activityPage(articleId, before, limit) {
      return port.transaction(async (tx) => {
        const sessions = olderThan('ended_at', 'id', ActivitySource.session, before);
        const comments = olderThan('at', 'seq', ActivitySource.comment, before);
        const audit = olderThan('at', 'seq', ActivitySource.audit, before);
        const a = await tx.all<Row>(`SELECT * FROM article_activity WHERE article_id = ?${sessions.sql} ORDER BY ended_at DESC, id DESC LIMIT ?`, [
          articleId,
          ...sessions.params,
          limit,
        ]);
        const c = await tx.all<CommentRow>(
          `SELECT seq, type, thread_id, comment_id, by_id, by_name, at FROM thread_changes WHERE article_id = ?${comments.sql} ORDER BY at DESC, seq DESC LIMIT ?`,
          [articleId, ...comments.params, limit],
        );
        const l = await tx.all<AuditRow>(
          `SELECT seq, at, actor, action, article_id, detail FROM audit_log WHERE article_id = ?${audit.sql} ORDER BY at DESC, seq DESC LIMIT ?`,
          [articleId, ...audit.params, limit],
        );
        return { sessions: a.map(toRow), comments: c.map(toComment), audit: l.map(toAudit) };
      }, 'snapshot');
    },
  };
}

/**
 * A group commit's batch on Postgres in one statement, so one round trip (`appendBatch`,
 * articles-store.ts): each statement of a transaction waits for the storing instance's event loop,
 * which under load is busy relaying, and `BEGIN`, three or four statements and `COMMIT` made a
 * batch five round trips with its (article, user) rows locked across two of them.
 *
 * Contract: exactly the rows of SQLite's transaction for the same batch (append-batch-sqlite.ts) — log seqs in the order given, each pair of
 * `editsInLockOrder` growing its latest edit session when it ended at most `gapMs` before the pair's
 * first edit (end moved to the last edit's time if later, counts added, name refreshed) or else opening one, new
 * sessions' ids in (article, user) order — committed on its own (autocommit) when the promise
 * resolves, nothing of it when it rejects. The latest sessions are locked `ORDER BY` the pair's
 * position in that order, then `FOR UPDATE` (Postgres locks after sorting): the global lock order
 * that keeps two instances from deadlocking. The rows are locked from that point of the statement
 * to its commit, no longer across round trips.
 *
 * The batch travels as two JSON parameters (updates base64), so the SQL text is one whatever the
 * batch holds (one parse cached, no parameter limit). Strings lose U+0000 as everywhere on Postgres.
 */
import type { SqlPort } from './sql/port';
import { editsInLockOrder, firstOf, sessionOpenSince } from './activity-store';
import type { EditRecord, UpdateEntry } from './types';

/**
 * Data-modifying CTEs run once each, to completion, against one snapshot (the final SELECT reads none); `latest` is read by two of them, so it is
 * materialised once and its locks are taken once, in order. Insert-selects keep their ORDER BY
 * (a sorted subquery is not flattened), so identity values follow it. Time strings compare
 * byte-wise (COLLATE "C", as the column and as JavaScript compared them).
 */
const LOG_SQL = `
  INSERT INTO doc_updates (article_id, data)
  SELECT u.j->>0, decode(u.j->>1, 'base64') FROM json_array_elements(CAST(? AS json)) WITH ORDINALITY AS u(j, n) ORDER BY u.n`;
const APPEND_BATCH_SQL = `
WITH logged AS (${LOG_SQL}
  RETURNING 1
), pairs AS MATERIALIZED (
  SELECT p.n, p.j->>0 AS article_id, p.j->>1 AS user_id, p.j->>2 AS user_name, p.j->>3 AS at, p.j->>4 AS since,
    CAST(p.j->>5 AS INTEGER) AS updates, CAST(p.j->>6 AS INTEGER) AS inserted, CAST(p.j->>7 AS INTEGER) AS deleted,
    p.j->>8 AS first_at
  FROM json_array_elements(CAST(? AS json)) WITH ORDINALITY AS p(j, n)
), latest AS MATERIALIZED (
  SELECT p.n, t.id, t.ended_at FROM pairs p
  JOIN article_activity t ON t.id = (SELECT a.id FROM article_activity a WHERE a.article_id = p.article_id AND a.kind = 'edit' AND a.user_id = p.user_id ORDER BY a.id DESC LIMIT 1)
  ORDER BY p.n FOR UPDATE OF t
), grown AS (
  UPDATE article_activity SET ended_at = CASE WHEN article_activity.ended_at < p.at COLLATE "C" THEN p.at ELSE article_activity.ended_at END,
    updates = article_activity.updates + p.updates, inserted = article_activity.inserted + p.inserted,
    deleted = article_activity.deleted + p.deleted, user_name = p.user_name
  FROM latest l JOIN pairs p ON p.n = l.n
  WHERE article_activity.id = l.id AND l.ended_at >= p.since COLLATE "C"
  RETURNING 1
), opened AS (
  INSERT INTO article_activity (article_id, kind, user_id, user_name, started_at, ended_at, updates, inserted, deleted, detail)
  SELECT p.article_id, 'edit', p.user_id, p.user_name, p.first_at, p.at, p.updates, p.inserted, p.deleted, '{}'
  FROM pairs p LEFT JOIN latest l ON l.n = p.n
  WHERE l.id IS NULL OR l.ended_at < p.since COLLATE "C"
  ORDER BY p.n
  RETURNING 1
)
SELECT 1`;

const noNul = (s: string) => (s.includes('\0') ? s.replace(/\0/g, '') : s);

/** Stores the batch in one autocommitted statement (see the module's contract). Postgres only. */
export async function appendBatchPostgres(
  port: SqlPort,
  { updates, edits, gapMs }: { updates: readonly UpdateEntry[]; edits: readonly EditRecord[]; gapMs: number },
): Promise<void> {
  const log = updates.map((u) => [noNul(u.articleId), Buffer.from(u.update.buffer, u.update.byteOffset, u.update.byteLength).toString('base64')]);
  const pairs = editsInLockOrder(edits).map((e) => [
    noNul(e.articleId),
    noNul(e.user.id),
    noNul(e.user.name),
    e.at,
    sessionOpenSince(firstOf(e), gapMs),
    e.updates,
    e.inserted,
    e.deleted,
    firstOf(e),
  ]);
  // A batch without edits touches no activity row (nor needs the table: the group commit's last resort).
  if (pairs.length === 0) await port.run(LOG_SQL, [JSON.stringify(log)]);
  else await port.run(APPEND_BATCH_SQL, [JSON.stringify(log), JSON.stringify(pairs)]);
}

/**
 * A group commit's batch on SQLite (`appendBatch`, articles-store.ts), in process: one autocommitted
 * `INSERT` for a batch of one update and no edits (the usual commit: its own transaction, without the
 * BEGIN and COMMIT statements), else one synchronous
 * write transaction (`transactionSync`: no promise per statement), one prepared single-row
 * statement per update and one per (article, user) pair that grows its session — the fewest
 * statements, and in process each costs no round trip (multi-row forms cost SQLite more: "Two
 * instances", docs/benchmarks.md).
 *
 * Contract: the rows of append-batch-postgres.ts — log seqs in the order given; each pair of
 * `editsInLockOrder` grows its latest edit session when it ended at most `gapMs` before the pair's
 * first edit (end moved to the last edit's time if later, counts added, name refreshed) or else opens
 * one from the first edit to the last, new sessions' ids in (article, user) order — committed together, nothing of it when it rejects.
 *
 * The latest session is the pair's newest edit row (highest id): a session opens only when every
 * earlier one ended over `gapMs` before, and only the latest is extended, so the newest also ends
 * last. Read by id, walking the article's index entries (`(article_id)`, migration 10, which ends in
 * the id) back from the newest until the user's: a few entries however long the article's history.
 * Growing it is one statement (the row picked by a subquery, grown only when within the gap); when
 * it changed no row, the pair opens a session.
 */
import type { SqlPort, SyncSqlExecutor } from './sql/port';
import { editsInLockOrder, firstOf, sessionOpenSince } from './activity-store';
import type { EditRecord, UpdateEntry } from './types';

/** One update appended to an article's log (its seq assigned by the table); also articles-store.ts's single appends. */
export const APPEND_UPDATE_SQL = 'INSERT INTO doc_updates (article_id, data) VALUES (?, ?)';

const GROW_SQL = `UPDATE article_activity
  SET ended_at = CASE WHEN ended_at < ? THEN ? ELSE ended_at END, updates = updates + ?, inserted = inserted + ?, deleted = deleted + ?, user_name = ?
  WHERE id = (SELECT id FROM article_activity WHERE article_id = ? AND kind = 'edit' AND user_id = ? ORDER BY id DESC LIMIT 1)
    AND ended_at >= ?`;

const OPEN_SQL = `INSERT INTO article_activity (article_id, kind, user_id, user_name, started_at, ended_at, updates, inserted, deleted, detail)
  VALUES (?, 'edit', ?, ?, ?, ?, ?, ?, ?, '{}')`;

type Batch = { updates: readonly UpdateEntry[]; edits: readonly EditRecord[]; gapMs: number };

export function appendBatchSqlite(port: SqlPort, batch: Batch): Promise<void> {
  if (!port.transactionSync) throw new Error('appendBatchSqlite needs an in-process port (transactionSync)');
  const { updates, edits } = batch;
  // One update alone (the usual W1 commit): one autocommitted statement, the same atomic, durable
  // write without the BEGIN and COMMIT statements around it.
  if (updates.length === 1 && edits.length === 0) return port.run(APPEND_UPDATE_SQL, [updates[0].articleId, updates[0].update]).then(() => undefined);
  return port.transactionSync((tx) => writeBatch(tx, batch));
}

/**
 * `appendBatchSqlite` done now, synchronously (`appendBatchNow`, the group commit's path on SQLite):
 * true once all of it is committed; false, with nothing run, while a `transaction` holds the
 * connection (the caller then uses `appendBatchSqlite`); throws with none of it stored.
 */
export function appendBatchSqliteNow(port: SqlPort, batch: Batch): boolean {
  const conn = port.syncNow?.();
  if (!conn) return false;
  const { updates, edits } = batch;
  if (updates.length === 1 && edits.length === 0) conn.runner2(APPEND_UPDATE_SQL)(updates[0].articleId, updates[0].update);
  else conn.transaction((tx) => writeBatch(tx, batch));
  return true;
}

/** The batch's statements, inside the caller's write transaction. */
function writeBatch(tx: SyncSqlExecutor, { updates, edits, gapMs }: Batch): void {
  for (const u of updates) tx.run(APPEND_UPDATE_SQL, [u.articleId, u.update]);
  if (edits.length === 0) return;
  for (const e of editsInLockOrder(edits)) {
    const first = firstOf(e);
    const grown = tx.run(GROW_SQL, [e.at, e.at, e.updates, e.inserted, e.deleted, e.user.name, e.articleId, e.user.id, sessionOpenSince(first, gapMs)]);
    if (grown === 0) tx.run(OPEN_SQL, [e.articleId, e.user.id, e.user.name, first, e.at, e.updates, e.inserted, e.deleted]);
  }
}

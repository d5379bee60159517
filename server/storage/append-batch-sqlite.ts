/**
 * A group commit's batch on SQLite (`appendBatch`, articles-store.ts), in process: one autocommitted
 * `INSERT` for a batch of 1 to `ROWS_PER_INSERT` updates and no edits (the group commit's: its own
 * transaction, without the BEGIN and COMMIT statements; one statement stores all of its rows or none),
 * else one synchronous write transaction (`transactionSync`: no promise per statement). A batch's
 * updates are one multi-row `INSERT` per up to `ROWS_PER_INSERT` (rows take their seq in VALUES order,
 * so each article's updates keep their order): SQLite runs 2 or 4 rows so in 24-26% fewer instructions
 * than one run per row in a transaction ("Twenty-second pass", docs/benchmarks.md; "Two instances: the
 * group commit on Postgres" timed multi-row forms slower on SQLite for batches of one and of 35-200
 * pairs and rows, at load 11). Edits are one
 * prepared single-row statement per (article, user) pair that grows its session.
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
import type { SqlPort, SqlValue, SyncSqlExecutor } from './sql/port';
import { editsInLockOrder, firstOf, sessionOpenSince } from './activity-store';
import type { EditRecord, UpdateEntry } from './types';

/** One update appended to an article's log (its seq assigned by the table); also articles-store.ts's single appends. */
export const APPEND_UPDATE_SQL = 'INSERT INTO doc_updates (article_id, data) VALUES (?, ?)';

/** Most rows in one multi-row append (64 parameters): a statement text, and one prepared statement, per row count up to it. */
export const ROWS_PER_INSERT = 32;

/** `APPEND_UPDATE_SQL` for `rows` rows (index = row count; made once: the port finds its statement by this text). */
const APPEND_ROWS_SQL = Array.from({ length: ROWS_PER_INSERT + 1 }, (_, rows) =>
  rows === 0 ? '' : `INSERT INTO doc_updates (article_id, data) VALUES ${Array(rows).fill('(?, ?)').join(', ')}`,
);

/** The statement text and parameters appending `updates[from, from + rows)` as one statement. */
export function appendRows(updates: readonly UpdateEntry[], from: number, rows: number): { sql: string; params: SqlValue[] } {
  const params: SqlValue[] = new Array(rows * 2);
  for (let i = 0; i < rows; i++) {
    const u = updates[from + i];
    params[2 * i] = u.articleId;
    params[2 * i + 1] = u.update;
  }
  return { sql: APPEND_ROWS_SQL[rows], params };
}

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
  if (edits.length === 0 && updates.length >= 1 && updates.length <= ROWS_PER_INSERT) {
    const { sql, params } = appendRows(updates, 0, updates.length);
    return port.run(sql, params).then(() => undefined);
  }
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
  if (edits.length === 0 && updates.length === 1) conn.runner2(APPEND_UPDATE_SQL)(updates[0].articleId, updates[0].update);
  else if (edits.length === 0 && updates.length > 1 && updates.length <= ROWS_PER_INSERT) {
    // One multi-row statement, autocommitted: all of the rows or (a row failing) none of them.
    const { sql, params } = appendRows(updates, 0, updates.length);
    conn.run(sql, params);
  } else conn.transaction((tx) => writeBatch(tx, batch));
  return true;
}

/** The batch's statements, inside the caller's write transaction. */
function writeBatch(tx: SyncSqlExecutor, { updates, edits, gapMs }: Batch): void {
  for (let from = 0; from < updates.length; from += ROWS_PER_INSERT) {
    const { sql, params } = appendRows(updates, from, Math.min(ROWS_PER_INSERT, updates.length - from));
    tx.run(sql, params);
  }
  if (edits.length === 0) return;
  for (const e of editsInLockOrder(edits)) {
    const first = firstOf(e);
    const grown = tx.run(GROW_SQL, [e.at, e.at, e.updates, e.inserted, e.deleted, e.user.name, e.articleId, e.user.id, sessionOpenSince(first, gapMs)]);
    if (grown === 0) tx.run(OPEN_SQL, [e.articleId, e.user.id, e.user.name, first, e.at, e.updates, e.inserted, e.deleted]);
  }
}

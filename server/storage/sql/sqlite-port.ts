/**
 * The SQL port over better-sqlite3: one connection, WAL journal. Statements are prepared once and
 * cached by their text. Statements run synchronously; a transaction holds the connection until its
 * callback settles, and statements issued meanwhile from outside it wait their turn (FIFO), so an
 * async callback never mixes other callers' statements into its transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SqlExecutor, SqlPort, SqlValue, SyncSqlConnection, SyncSqlExecutor, TxMode } from './port';
import { startCheckpointer, type Checkpointer, type Fsync } from './sqlite-checkpointer';

type Bindable = string | number | bigint | null | Uint8Array;

/** Booleans become 1/0; every other value binds as it is (better-sqlite3 binds any Uint8Array, a view's own bytes, as a BLOB). */
const needsBinding = (p: SqlValue): boolean => typeof p === 'boolean';
const bind = (params: readonly SqlValue[]): readonly Bindable[] =>
  params.some(needsBinding) ? params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p)) : (params as readonly Bindable[]);

/** SQLite's own automatic checkpoint threshold (WAL pages), used again if the checkpointer fails. */
const AUTO_CHECKPOINT_PAGES = 1000;

export type SqliteOptions = {
  /** How often the checkpointer looks at the WAL (ms), and how long a quiet WAL waits to be copied; default 1000. */
  checkpointMs?: number;
  /** Frames not yet copied that start a checkpoint while writes go on (a quiet WAL is copied at the next tick); default 1,000. */
  minWalFrames?: number;
  /** A WAL this many frames long gets a checkpoint that waits for the writer (a bound); default 10,000. */
  maxWalFrames?: number;
  /** The checkpointer's fsync (`fs.fsync` unless given): tests hold one open to see what waits for it. */
  fsync?: Fsync;
};

/**
 * Opens (creating the folder if needed) the file, or `:memory:`. A file's WAL is checkpointed by
 * sqlite-checkpointer.ts (its fsyncs on libuv's pool), never by a COMMIT on this connection;
 * `checkpoint()` asks for one now (undefined for `:memory:`).
 */
export function openSqlitePort(
  file: string,
  options: SqliteOptions = {},
): SqlPort & {
  readonly db: Database.Database;
  readonly checkpoint?: Checkpointer['checkpoint'];
} {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // A committed transaction survives `kill -9`; synchronous=NORMAL only risks the last commits on power loss.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  let checkpointer: Checkpointer | undefined;
  if (file !== ':memory:') {
    db.pragma('wal_autocheckpoint = 0');
    checkpointer = startCheckpointer(file, {
      intervalMs: options.checkpointMs ?? 1000,
      minFrames: options.minWalFrames ?? AUTO_CHECKPOINT_PAGES,
      maxFrames: options.maxWalFrames ?? 10_000,
      fsync: options.fsync,
      // After a failed fsync, SQLite checkpoints on COMMIT again, as it did before the checkpointer.
      onFailure: () => {
        if (db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
      },
    });
  }

  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };

  // Synchronous cores: the port's methods call them directly (no promise in between on the hot path).
  const now = {
    all: <R>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...bind(params)) as R[],
    get: <R>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...bind(params)) as R | undefined,
    run: (sql: string, params: readonly SqlValue[] = []) => prepare(sql).run(...bind(params)).changes,
    exec: (sql: string) => void db.exec(sql),
  };

  const sync: SyncSqlExecutor = { get: now.get, run: now.run };
  // Prepared once: `db.exec` would parse them on every transaction.
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');

  // One write transaction, synchronously, on the free connection (`transactionSync`, `syncNow`).
  const inTransaction = <T>(fn: (tx: SyncSqlExecutor) => T): T => {
    begin.run();
    try {
      const result = fn(sync);
      commit.run();
      return result;
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw e;
    }
  };
  // `runner2`'s functions, one per statement text: each calls its prepared statement directly.
  const runners = new Map<string, (a: SqlValue, b: SqlValue) => number>();
  const runner2 = (sql: string): ((a: SqlValue, b: SqlValue) => number) => {
    let r = runners.get(sql);
    if (!r) {
      const s = prepare(sql);
      r = (a, b) => s.run(a, b).changes;
      runners.set(sql, r);
    }
    return r;
  };
  const free: SyncSqlConnection = { get: now.get, run: now.run, transaction: inTransaction, runner2 };

  const direct: SqlExecutor = {
    dialect: 'sqlite',
    all: async (sql, params) => now.all(sql, params),
    get: async (sql, params) => now.get(sql, params),
    run: async (sql, params) => now.run(sql, params),
    exec: async (sql) => now.exec(sql),
  };

  // The tail of the queue of transactions; statements outside a transaction run at once when no
  // transaction holds the connection, else after it.
  // Every wait re-checks `busy` in the same synchronous step that then uses the connection, so two
  // waiters woken together cannot both start.
  let busy: Promise<void> | null = null;

  return {
    db,
    checkpoint: checkpointer ? () => checkpointer.checkpoint() : undefined,
    dialect: 'sqlite',
    async all<R>(sql: string, params?: readonly SqlValue[]) {
      while (busy) await busy;
      return now.all<R>(sql, params);
    },
    async get<R>(sql: string, params?: readonly SqlValue[]) {
      while (busy) await busy;
      return now.get<R>(sql, params);
    },
    async run(sql: string, params?: readonly SqlValue[]) {
      while (busy) await busy;
      return now.run(sql, params);
    },
    async exec(sql: string) {
      while (busy) await busy;
      return now.exec(sql);
    },
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, mode: TxMode = 'write'): Promise<T> {
      while (busy) await busy;
      let release!: () => void;
      busy = new Promise<void>((r) => (release = r));
      try {
        db.exec(mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      } finally {
        busy = null;
        release();
      }
    },
    async transactionSync<T>(fn: (tx: SyncSqlExecutor) => T): Promise<T> {
      while (busy) await busy;
      return inTransaction(fn);
    },
    syncNow: () => (busy || !db.open ? null : free),
    /** `constraint` is matched against SQLite's message, which names `table.column`. */
    isUniqueViolation(e: unknown, constraint?: string) {
      const err = e as { code?: string; message?: string };
      const unique = err.code === 'SQLITE_CONSTRAINT_UNIQUE' || err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
      return unique && (constraint === undefined || (err.message ?? '').includes(constraint));
    },
    async close() {
      while (busy) await busy;
      // The checkpointer's connections first: the last connection to close checkpoints and removes the WAL.
      await checkpointer?.close();
      db.close();
    },
  };
}

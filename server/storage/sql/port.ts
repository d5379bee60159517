/**
 * The SQL port: the few operations every store needs, so each store is written once and runs on
 * SQLite (better-sqlite3) and Postgres (pg) through an adapter.
 *
 * Contract for SQL text written against the port:
 * - placeholders are `?`, positional (the Postgres adapter numbers them `$1…`; a `?` inside a
 *   single-quoted literal is left alone);
 * - write SQL both dialects accept: `INSERT … ON CONFLICT … DO NOTHING/UPDATE`, `RETURNING`,
 *   row values (`(a, b) < (?, ?)`), `lower()`, `COALESCE`, `LIMIT ? OFFSET ?`; branch on `dialect` only for what differs
 *   (full-text search, identity columns in migrations);
 * - booleans are bound as 1/0 on SQLite and read back as 0/1: read them with `Boolean(row.x)`;
 *   integers (including COUNT and BIGINT ids) read as JS numbers on both; BLOB/BYTEA read as Buffer;
 * - Postgres TEXT cannot hold U+0000: the Postgres adapter drops it from every string parameter,
 *   so strings round-trip exactly except for NUL there.
 */
export type SqlDialect = 'sqlite' | 'postgres';

export type SqlValue = string | number | bigint | boolean | null | Uint8Array;

/** Runs statements. Inside `transaction` the executor given to the callback is the only one to use. */
export interface SqlExecutor {
  readonly dialect: SqlDialect;
  /** Every row of a query. */
  all<R>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
  /** The first row of a query, or undefined. */
  get<R>(sql: string, params?: readonly SqlValue[]): Promise<R | undefined>;
  /** A statement without rows; resolves with the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Several statements separated by `;`, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * `write` takes the write lock up front (SQLite `BEGIN IMMEDIATE`, Postgres READ COMMITTED);
 * `snapshot` is a read-only transaction that sees one consistent state across its statements.
 */
export type TxMode = 'write' | 'snapshot';

/** `SqlExecutor`'s statements run synchronously (an in-process database: SQLite). */
export interface SyncSqlExecutor {
  /** The first row of a query, or undefined. */
  get<R>(sql: string, params?: readonly SqlValue[]): R | undefined;
  /** A statement without rows; returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): number;
}

/** A free in-process connection (`SqlPort.syncNow`): single statements autocommit. */
export interface SyncSqlConnection extends SyncSqlExecutor {
  /** Runs `fn` in one write transaction: committed when it returns, rolled back when it throws (the error is rethrown). */
  transaction<T>(fn: (tx: SyncSqlExecutor) => T): T;
  /**
   * One statement prepared once, as a function that runs it autocommitted with two parameters and
   * returns the number of rows it changed: the same statement as `run(sql, [a, b])` without finding
   * it by its text, checking and spreading the parameter list on every call (the group commit's
   * append, one per W1 commit). Neither parameter may be a boolean (bind it as 1/0).
   * The function, like the connection, is valid only in the synchronous step that got it.
   */
  runner2(sql: string): (a: SqlValue, b: SqlValue) => number;
}

export interface SqlPort extends SqlExecutor {
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws (the error
   * is rethrown). Use only `tx` inside `fn`: calling the port itself there waits for the transaction
   * to end (SQLite serialises transactions on its one connection) and so never resolves.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, mode?: TxMode): Promise<T>;
  /**
   * In-process ports only (SQLite; absent on Postgres): runs `fn` synchronously in one write
   * transaction, so nothing else can run between its statements and it costs no promise per
   * statement; committed when `fn` returns, rolled back when it throws (the error rejects). Waits,
   * like every statement, for a `transaction` in progress to end.
   */
  transactionSync?<T>(fn: (tx: SyncSqlExecutor) => T): Promise<T>;
  /**
   * In-process ports only (SQLite; absent on Postgres): the connection to use synchronously now, or
   * null while a `transaction` holds it (its statements must not land in that transaction: the
   * caller then takes the asynchronous path). Valid only in the synchronous step that got it.
   */
  syncNow?(): SyncSqlConnection | null;
  /** True when `e` is a unique-constraint violation (on the named index or constraint when given). */
  isUniqueViolation(e: unknown, constraint?: string): boolean;
  close(): Promise<void>;
}

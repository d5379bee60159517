/**
 * The SQL port over a node-postgres Pool. `?` placeholders become `$1…` (once per SQL text, cached);
 * BIGINT and NUMERIC COUNTs read as JS numbers (ids here stay far below 2^53); string parameters lose
 * U+0000, which Postgres TEXT cannot hold.
 */
import pg from 'pg';
import type { SqlExecutor, SqlPort, SqlValue, TxMode } from './port';

const INT8_OID = 20;
const NUMERIC_OID = 1700;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

const numbered = new Map<string, string>();
/** `?` → `$n`, leaving `?` inside '…' literals, "…" identifiers and `--` comments alone. */
export function numberPlaceholders(sql: string): string {
  const cached = numbered.get(sql);
  if (cached !== undefined) return cached;
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end === -1 ? sql.length : end + 1;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      out += `$${++n}`;
    } else {
      out += c;
    }
  }
  numbered.set(sql, out);
  return out;
}

const bind = (params: readonly SqlValue[]): unknown[] =>
  params.map((p) => {
    if (typeof p === 'string') return p.includes('\0') ? p.replace(/\0/g, '') : p;
    if (typeof p === 'bigint') return p.toString();
    if (p instanceof Uint8Array && !Buffer.isBuffer(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    return p;
  });

type Queryable = Pick<pg.Pool, 'query'>;

function executor(q: Queryable): SqlExecutor {
  return {
    dialect: 'postgres',
    async all<R>(sql: string, params: readonly SqlValue[] = []) {
      return (await q.query(numberPlaceholders(sql), bind(params))).rows as R[];
    },
    async get<R>(sql: string, params: readonly SqlValue[] = []) {
      return (await q.query(numberPlaceholders(sql), bind(params))).rows[0] as R | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return (await q.query(numberPlaceholders(sql), bind(params))).rowCount ?? 0;
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  };
}

const BEGIN: Record<TxMode, string> = {
  write: 'BEGIN',
  snapshot: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
};

/**
 * Connects a pool (it opens connections lazily; the first query tells whether the URL works). The
 * schema is the first of the connection's search_path (`?options=-c%20search_path%3D<schema>`).
 */
export function openPostgresPort(url: string, poolConfig: Omit<pg.PoolConfig, 'connectionString'> = {}): SqlPort & { readonly pool: pg.Pool } {
  const pool = new pg.Pool({ max: 10, connectionTimeoutMillis: 10_000, ...poolConfig, types, connectionString: url });
  // An idle pooled connection that breaks (database restart, network) is dropped from the pool and the
  // next query opens a new one; without a listener the 'error' event would crash the process.
  pool.on('error', () => undefined);
  let closed: Promise<void> | null = null;
  return {
    pool,
    ...executor(pool),
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, mode: TxMode = 'write'): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query(BEGIN[mode]);
        const result = await fn(executor(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (e) {
        // A connection whose ROLLBACK failed is in an unknown state: destroy it rather than reuse it.
        const clean = await client.query('ROLLBACK').then(
          () => true,
          () => false,
        );
        client.release(!clean);
        throw e;
      }
    },
    /** `constraint` is the Postgres constraint or index name. */
    isUniqueViolation(e: unknown, constraint?: string) {
      const err = e as { code?: string; constraint?: string };
      return err.code === '23505' && (constraint === undefined || err.constraint === constraint);
    },
    close() {
      closed ??= pool.end();
      return closed;
    },
  };
}

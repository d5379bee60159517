/** Transactions on a pg Pool: one pooled connection, BEGIN … COMMIT, ROLLBACK on any error. */
import type { Pool, PoolClient } from 'pg';

/**
 * `read-write` (READ COMMITTED, the default) for changes; `snapshot` (REPEATABLE READ, READ ONLY) for
 * reads that must see one consistent state across several statements.
 */
export type TxMode = 'read-write' | 'snapshot';

const BEGIN: Record<TxMode, string> = {
  'read-write': 'BEGIN',
  snapshot: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
};

export async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>, mode: TxMode = 'read-write'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(BEGIN[mode]);
    const result = await fn(client);
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
}

/** A Postgres unique_violation (SQLSTATE 23505), optionally on one named constraint or index. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string };
  return err.code === '23505' && (constraint === undefined || err.constraint === constraint);
}

/**
 * Postgres TEXT cannot hold U+0000 and JSONB refuses `\u0000`, while SQLite stores both. Text that can
 * come from users (document text, comment bodies, passages) goes through these, so a stray NUL is
 * dropped rather than failing the write (and, for a document, every later publish).
 */
export const pgText = (s: string): string => (s.includes('\0') ? s.replace(/\0/g, '') : s);
export const pgJson = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? pgText(v) : v));

/**
 * Postgres storage (node-postgres Pool through the SQL port), for a newsroom running several
 * instances on one database: the same stores as SQLite (open-storage.ts). A method resolves once its
 * transaction has committed. The schema is the first of the connection's search_path (set it with the
 * URL's `?options=-c%20search_path%3D<schema>` or `poolConfig.options`).
 */
import type pg from 'pg';
import type { Storage } from './types';
import { postgresMigrations } from './migrations/postgres';
import { openPostgresPort } from './sql/postgres-port';
import { storageOver } from './open-storage';

/** Connects, applies pending migrations and returns the stores; rejects if either fails (the pool is closed). */
export async function openPostgresStorage(url: string, poolConfig: Omit<pg.PoolConfig, 'connectionString'> = {}): Promise<Storage> {
  return storageOver('postgres', openPostgresPort(url, poolConfig), postgresMigrations);
}

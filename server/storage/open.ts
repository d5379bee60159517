/** Opens the configured storage: Postgres when a database URL is set, otherwise the SQLite file. */
import type { Storage } from './types';
import { openSqliteStorage } from './sqlite';

export type StorageTarget = {
  /** `DATABASE_URL`; null means SQLite. */
  databaseUrl: string | null;
  sqliteFile: string;
};

export async function openStorage(target: StorageTarget): Promise<Storage> {
  if (target.databaseUrl === null) return openSqliteStorage(target.sqliteFile);
  // Loaded only when configured: a SQLite server never pays for pg (idle RSS).
  const { openPostgresStorage } = await import('./postgres');
  return openPostgresStorage(target.databaseUrl);
}

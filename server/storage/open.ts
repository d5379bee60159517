/** Opens the configured storage: Postgres when a database URL is set, otherwise the SQLite file. */
import type { Storage } from './types';
import { openSqliteStorage } from './sqlite';
import { openPostgresStorage } from './postgres';

export type StorageTarget = {
  /** `DATABASE_URL`; null means SQLite. */
  databaseUrl: string | null;
  sqliteFile: string;
};

export async function openStorage(target: StorageTarget): Promise<Storage> {
  return target.databaseUrl === null ? openSqliteStorage(target.sqliteFile) : openPostgresStorage(target.databaseUrl);
}

/**
 * SQLite storage (better-sqlite3 through the SQL port): one file, WAL journal. A committed
 * transaction survives a process crash (`kill -9`): WAL with synchronous=NORMAL only risks the last
 * commits on power loss. The stores are the same code as on Postgres (open-storage.ts).
 */
import type { Storage } from './types';
import { sqliteMigrations } from './migrations/sqlite';
import { openSqlitePort } from './sql/sqlite-port';
import { storageOver } from './open-storage';

/** Opens (creating if needed) the database file and applies pending migrations; rejects if either fails. */
export async function openSqliteStorage(file: string): Promise<Storage> {
  return storageOver('sqlite', openSqlitePort(file), sqliteMigrations);
}

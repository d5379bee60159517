/**
 * SQLite storage (better-sqlite3 through the SQL port): one file, WAL journal. A committed
 * transaction survives a process crash (`kill -9`): WAL with synchronous=NORMAL only risks the last
 * commits on power loss. The stores are the same code as on Postgres (postgres.ts).
 */
import type { Storage } from './types';
import { migrate } from './migrations/migrate';
import { sqliteMigrations } from './migrations/sqlite';
import { openSqlitePort } from './sql/sqlite-port';
import { articlesStore } from './articles-store';
import { usersStore } from './users-store';
import { threadsStore } from './threads-store';
import { sessionStore } from './sessions-store';
import { loginThrottleStore } from './login-throttle-store';
import { deskStore } from './desk-store';
import { workflowStore } from './workflow-store';
import { versionsStore } from './versions-store';
import { activityStore } from './activity-store';

/** Opens (creating if needed) the database file and applies pending migrations; rejects if either fails. */
export async function openSqliteStorage(file: string): Promise<Storage> {
  const port = openSqlitePort(file);
  try {
    await migrate(port, sqliteMigrations);
  } catch (e) {
    await port.close();
    throw e;
  }
  return {
    kind: 'sqlite',
    ...articlesStore(port),
    ...usersStore(port),
    ...threadsStore(port),
    ...sessionStore(port),
    ...loginThrottleStore(port),
    ...deskStore(port),
    ...workflowStore(port),
    ...versionsStore(port),
    ...activityStore(port),
    close: () => port.close(),
  };
}

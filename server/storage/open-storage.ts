/**
 * The one place the stores are put together over a SQL port: sqlite.ts and postgres.ts only open
 * their port and name their migrations. Every store is the same code on both databases.
 */
import type { Storage } from './types';
import type { SqlDialect, SqlPort } from './sql/port';
import { migrate, type Migration } from './migrations/migrate';
import { articlesStore } from './articles-store';
import { usersStore } from './users-store';
import { threadsStore } from './threads-store';
import { sessionStore } from './sessions-store';
import { loginThrottleStore } from './login-throttle-store';
import { deskStore } from './desk-store';
import { workflowStore } from './workflow-store';
import { versionsStore } from './versions-store';
import { activityStore } from './activity-store';

/** Applies pending `migrations` on `port` and returns the stores over it; on failure closes the port and rejects. */
export async function storageOver(kind: SqlDialect, port: SqlPort, migrations: readonly Migration[]): Promise<Storage> {
  try {
    await migrate(port, migrations);
  } catch (e) {
    await port.close();
    throw e;
  }
  return {
    kind,
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

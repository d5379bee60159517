/**
 * Postgres storage (node-postgres Pool through the SQL port), for a newsroom running several
 * instances on one database: the same stores as sqlite.ts. A method resolves once its transaction
 * has committed. The schema is the first of the connection's search_path (set it with the URL's
 * `?options=-c%20search_path%3D<schema>` or `poolConfig.options`).
 */
import type pg from 'pg';
import type { Storage } from './types';
import { migrate } from './migrations/migrate';
import { postgresMigrations } from './migrations/postgres';
import { openPostgresPort } from './sql/postgres-port';
import { articlesStore } from './articles-store';
import { usersStore } from './users-store';
import { threadsStore } from './threads-store';
import { sessionStore } from './sessions-store';
import { loginThrottleStore } from './login-throttle-store';
import { deskStore } from './desk-store';
import { workflowStore } from './workflow-store';
import { versionsStore } from './versions-store';
import { activityStore } from './activity-store';

/** Connects, applies pending migrations and returns the store; rejects if either fails (the pool is closed). */
export async function openPostgresStorage(url: string, poolConfig: Omit<pg.PoolConfig, 'connectionString'> = {}): Promise<Storage> {
  const port = openPostgresPort(url, poolConfig);
  try {
    await migrate(port, postgresMigrations);
  } catch (e) {
    await port.close();
    throw e;
  }
  return {
    kind: 'postgres',
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

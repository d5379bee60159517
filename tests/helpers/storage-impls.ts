/**
 * Every storage implementation, for the contract suites (`describe.each(storageImplementations())`):
 * SQLite on a real file in a temp folder, and Postgres in a fresh schema per test when it is
 * reachable (see tests/helpers/postgres.ts for when it runs, skips or fails).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openSqliteStorage } from '../../server/storage/sqlite';
import { openPostgresStorage } from '../../server/storage/postgres';
import type { Storage } from '../../server/storage/types';
import { tempDataDir } from './server';
import { createTestSchema, testPostgresUrl } from './postgres';

export type OpenedStorage = {
  storage: Storage;
  reopen: () => Promise<Storage>;
  /** Runs one SQL statement on the same database, bypassing the store. */
  sql: (statement: string) => Promise<void>;
  /** Removes the database once the store is closed. */
  dispose: () => Promise<void>;
};

export function storageImplementations(): [string, () => Promise<OpenedStorage>][] {
  const implementations: [string, () => Promise<OpenedStorage>][] = [
    [
      'sqlite',
      async () => {
        const file = path.join(tempDataDir(), 'nested', 'copydesk.sqlite');
        return {
          storage: await openSqliteStorage(file),
          reopen: () => openSqliteStorage(file),
          sql: async (statement) => {
            const db = new Database(file);
            try {
              db.exec(statement);
            } finally {
              db.close();
            }
          },
          dispose: async () => undefined,
        };
      },
    ],
  ];
  const url = testPostgresUrl();
  if (url) {
    implementations.push([
      'postgres',
      async () => {
        const schema = await createTestSchema(url);
        return {
          storage: await openPostgresStorage(url, schema.poolConfig),
          reopen: () => openPostgresStorage(url, schema.poolConfig),
          sql: async (statement) => {
            const c = new pg.Client({ connectionString: url, ...schema.poolConfig });
            await c.connect();
            try {
              await c.query(statement);
            } finally {
              await c.end();
            }
          },
          dispose: schema.drop,
        };
      },
    ]);
  }
  return implementations;
}

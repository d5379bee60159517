/**
 * Applies pending schema migrations over the SQL port, one version per transaction, recorded in
 * `schema_migrations`. On Postgres each transaction holds `pg_advisory_xact_lock` keyed by the
 * current schema, so instances starting together on one database apply each version exactly once
 * (and separate schemas in one database do not wait on each other).
 */
import type { SqlPort } from '../sql/port';

export type Migration = { version: number; sql: string };

export async function migrate(port: SqlPort, migrations: readonly Migration[]): Promise<void> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  for (;;) {
    const applied = await port.transaction(async (tx) => {
      if (tx.dialect === 'postgres') {
        await tx.get("SELECT pg_advisory_xact_lock(hashtext('copydesk.migrations'), hashtext(current_schema()))");
      }
      // Created under the lock: concurrent CREATE TABLE IF NOT EXISTS can still collide in the catalog.
      await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      const done = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
      const next = ordered.find((m) => !done.has(m.version));
      if (!next) return false;
      await tx.exec(next.sql);
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [next.version, new Date().toISOString()]);
      return true;
    });
    if (!applied) return;
  }
}

/**
 * WAL pages written per group commit on SQLite, for the schema at migrations 8, 9 (the update log
 * without AUTOINCREMENT) and 10 (the activity index without ended_at): N commits of the group
 * commit's usual W1 shape (one update appended, the writer's activity row extended), autocheckpoint
 * off, frames counted from the WAL file's size; at migration 10 also the commit of the update alone
 * (the activity written apart once a second, eleventh pass), alternating with the usual shape twice. `npx tsx bench/wal-pages.ts [N]` (default 10,000). Not a test: it prints.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlitePort } from '../server/storage/sql/sqlite-port';
import { migrate } from '../server/storage/migrations/migrate';
import { commitShape, seedCommitShape } from './commit-shape';
import { sqliteMigrations } from '../server/storage/migrations/sqlite';

/** `updateOnly`: the commit appends the update alone (the activity row is written apart, once a second: cpu17). */
async function run(upTo: number, n: number, updateOnly = false): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-wal-'));
  const file = path.join(dir, 'wal.sqlite');
  // The checkpointer's worker must not start the WAL over during the count: an hour's interval.
  const port = openSqlitePort(file, { checkpointMs: 3_600_000 });
  try {
    await migrate(port, sqliteMigrations.filter((m) => m.version <= upTo));
    await seedCommitShape(port, 50);
    port.db.pragma('wal_checkpoint(TRUNCATE)');
    port.db.pragma('wal_autocheckpoint = 0');
    const pageSize = port.db.pragma('page_size', { simple: true }) as number;
    const update = Buffer.alloc(40, 7);
    const started = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      const article = `a${i % 50}`;
      const at = new Date(Date.now() + i).toISOString();
      if (updateOnly) await port.transaction((tx) => tx.run('INSERT INTO doc_updates (article_id, data) VALUES (?, ?)', [article, update]));
      else await commitShape(port, article, at, update);
    }
    const us = Number(process.hrtime.bigint() - started) / 1000 / n;
    const frames = (fs.statSync(`${file}-wal`).size - 32) / (pageSize + 24);
    console.log(`schema at migration ${upTo}${updateOnly ? ', the update alone' : ''}: ${n} commits, ${frames} WAL frames (${(frames / n).toFixed(2)} pages per commit), ${us.toFixed(1)} µs per commit`);
  } finally {
    await port.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void (async () => {
  const n = Number(process.argv[2] ?? 10_000);
  await run(8, n);
  await run(9, n);
  await run(10, n);
  await run(10, n, true);
  await run(10, n);
  await run(10, n, true);
})();

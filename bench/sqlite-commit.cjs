/**
 * What one group commit of the usual W1 shape (one update alone, autocommitted) costs on SQLite, per
 * build and per way of running the statement: N commits through a build's own path
 * (`appendBatchSqliteNow` over the SQLite port, as the group commit runs it), after WARM commits,
 * between two `v8.getHeapStatistics()` calls — marks for callgrind
 * (`--dump-before='*Isolate*GetHeapStatistics*'`: the dump after the first mark holds the commits).
 * 50 articles with UUID ids (as the server makes them), updates of 30-40 bytes. Prints CPU per commit
 * (user / system), which moves with the machine's load; instruction counts and syscall counts do not.
 *
 *   node bench/sqlite-commit.cjs <build dir> [N=3000] [WARM=2000] [port|stmt|nofk|ret|page<bytes>]
 *   valgrind --tool=callgrind --dump-before='*Isolate*GetHeapStatistics*' node --predictable --hash-seed=1 --random-seed=1 bench/sqlite-commit.cjs dist/ab/base 3000 2000 port
 *   strace -f -c node bench/sqlite-commit.cjs dist/ab/base 5000 2000 port
 *
 * Modes: `port` the server's path; `stmt` the INSERT prepared once and run directly (the port's share);
 * `nofk` the port's path with foreign keys off (the article check's share; the server keeps them on);
 * `ret` `INSERT … RETURNING seq` read with `pluck().get()` (no result object from better-sqlite3's `run`);
 * `page<bytes>` (`page1024`, `page2048`) the port's path on a database of that page size (the server's is 4096);
 * `batch<k>` (`batch2`, `batch4`) commits of k updates through the port's path (a group commit of k rooms);
 * `multi<k>` the same k rows as one multi-row INSERT run directly; `raw` / `rawexcl` the INSERT run directly
 * on a connection of its own (no checkpointer's connections), `rawexcl` in `locking_mode = EXCLUSIVE`.
 * `journal` no SQLite on the path: each commit is one `fs.writeSync` of a framed record (36-byte article id,
 * 4-byte length, the update) appended to a plain file opened `a` (what an append-only update journal, folded
 * into SQLite off the edit path, would cost per commit; counted in the twenty-third pass, not built).
 * N counts commits (of k updates in the `batch` and `multi` modes).
 */
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const crypto = require('crypto');
const v8 = require('v8');

const build = path.resolve(process.argv[2]);
const N = Number(process.argv[3] || 3000);
const WARM = Number(process.argv[4] || 2000);
const mode = process.argv[5] || 'port';
const { openSqlitePort } = require(path.join(build, 'server/storage/sql/sqlite-port.js'));
const { migrate } = require(path.join(build, 'server/storage/migrations/migrate.js'));
const { sqliteMigrations } = require(path.join(build, 'server/storage/migrations/sqlite/index.js'));
const { appendBatchSqliteNow, APPEND_UPDATE_SQL } = require(path.join(build, 'server/storage/append-batch-sqlite.js'));

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-sqlite-commit-'));
  // `page<bytes>` (e.g. page1024): the port's path on a database created with that page size (a new
  // file's page size is fixed by its first write, before WAL mode: set here on an empty file first).
  const pageSize = /^page(\d+)$/.exec(mode)?.[1];
  if (pageSize) {
    const Database = require(require.resolve('better-sqlite3', { paths: [build] }));
    const db = new Database(path.join(dir, 'db.sqlite'));
    db.pragma(`page_size = ${pageSize}`);
    db.pragma('journal_mode = WAL');
    db.close();
  }
  // No checkpoint during the count: an hour's interval.
  let port = openSqlitePort(path.join(dir, 'db.sqlite'), { checkpointMs: 3_600_000 });
  if (pageSize && port.db.pragma('page_size', { simple: true }) !== Number(pageSize)) throw new Error(`page size ${port.db.pragma('page_size', { simple: true })}`);
  try {
    await migrate(port, sqliteMigrations);
    const ids = [];
    const now = new Date().toISOString();
    for (let a = 0; a < 50; a++) {
      const id = crypto.randomUUID();
      ids.push(id);
      await port.run("INSERT INTO articles (id, headline, status, created_at, updated_at) VALUES (?, 'h', 'draft', ?, ?)", [id, now, now]);
    }
    if (mode === 'nofk') port.db.pragma('foreign_keys = OFF');
    // `raw` / `rawexcl`: the INSERT run directly on a connection of its own, no checkpointer's connections
    // beside it, opened as the port opens its own; `rawexcl` in `locking_mode = EXCLUSIVE` set before the WAL
    // is first read (SQLite then keeps the wal-index on the heap: no -shm file, no lock syscalls).
    let raw;
    if (mode === 'raw' || mode === 'rawexcl') {
      await port.close();
      const Database = require(require.resolve('better-sqlite3', { paths: [build] }));
      raw = new Database(path.join(dir, 'db.sqlite'));
      if (mode === 'rawexcl') raw.pragma('locking_mode = EXCLUSIVE');
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = NORMAL');
      raw.pragma('foreign_keys = ON');
      raw.pragma('busy_timeout = 5000');
      raw.pragma('wal_autocheckpoint = 0');
      port = { db: raw, close: async () => raw.close() };
    }
    const update = Buffer.alloc(40, 7);
    const stmt = port.db.prepare(APPEND_UPDATE_SQL);
    const ret = port.db.prepare(`${APPEND_UPDATE_SQL} RETURNING seq`).pluck();
    // `batch<k>`: commits of k updates (k articles in turn) through the port's path (one transaction, one
    // run per update); `multi<k>`: the same k rows as one multi-row INSERT prepared once, autocommitted.
    const batchK = Number(/^batch(\d+)$/.exec(mode)?.[1] ?? 0);
    const multiK = Number(/^multi(\d+)$/.exec(mode)?.[1] ?? 0);
    const multi = multiK ? port.db.prepare(`INSERT INTO doc_updates (article_id, data) VALUES ${Array(multiK).fill('(?, ?)').join(', ')}`) : undefined;
    const journalFd = mode === 'journal' ? fs.openSync(path.join(dir, 'updates.journal'), 'a') : -1;
    const journal = (articleId, u) => {
      const rec = Buffer.allocUnsafe(40 + u.length);
      rec.write(articleId, 0, 'latin1');
      rec.writeUInt32LE(u.length, 36);
      rec.set(u, 40);
      fs.writeSync(journalFd, rec);
    };
    const row = (i, j) => [ids[(i * 7 + j) % 50], update.subarray(0, 30 + ((i + j) % 11))];
    const one =
      batchK
        ? (i) => appendBatchSqliteNow(port, { updates: Array.from({ length: batchK }, (_, j) => { const [articleId, u] = row(i, j); return { articleId, update: u }; }), edits: [], gapMs: 300_000 })
        : multiK
          ? (i) => multi.run(...Array.from({ length: multiK }, (_, j) => row(i, j)).flat())
          : mode === 'journal'
            ? (i) => journal(ids[i % 50], update.subarray(0, 30 + (i % 11)))
          : mode === 'stmt' || raw
        ? (i) => stmt.run(ids[i % 50], update.subarray(0, 30 + (i % 11)))
        : mode === 'ret'
          ? (i) => ret.get(ids[i % 50], update.subarray(0, 30 + (i % 11)))
          : (i) => appendBatchSqliteNow(port, { updates: [{ articleId: ids[i % 50], update: update.subarray(0, 30 + (i % 11)) }], edits: [], gapMs: 300_000 });
    for (let i = 0; i < WARM; i++) one(i);
    port.db.pragma('wal_checkpoint(TRUNCATE)');
    v8.getHeapStatistics();
    const t0 = process.cpuUsage();
    for (let i = 0; i < N; i++) one(i);
    const t = process.cpuUsage(t0);
    v8.getHeapStatistics();
    console.log(`${mode}: ${N} commits, CPU per commit: user ${(t.user / N).toFixed(2)} µs, system ${(t.system / N).toFixed(2)} µs`);
  } finally {
    await port.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();

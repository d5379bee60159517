/**
 * WAL checkpoints run on the checkpointer's worker thread, not inside a COMMIT on the main
 * connection (server/storage/sql/sqlite-checkpointer.ts): a commit never copies the WAL into the
 * database file, the worker does, the WAL starts over once it has been copied, and closing leaves a
 * whole database file. Sizes, not timings, are asserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqlitePort } from '../../server/storage/sql/sqlite-port';
import { tempDataDir } from '../helpers/server';

const PAGE = 4096;
const blob = (i: number) => Buffer.alloc(PAGE, i % 251);

/** `n` transactions of one page-sized row each (a page or two of WAL per commit). */
async function writeRows(port: ReturnType<typeof openSqlitePort>, from: number, n: number): Promise<void> {
  for (let i = from; i < from + n; i++) {
    await port.transaction(async (tx) => {
      await tx.run('INSERT INTO t (id, data) VALUES (?, ?)', [i, blob(i)]);
    });
  }
}

const walPages = (file: string) => fs.statSync(`${file}-wal`).size / PAGE;

describe('SQLite WAL checkpoints off the main connection', () => {
  let file: string;
  beforeEach(() => {
    file = path.join(tempDataDir(), 'ckpt.sqlite');
  });

  it('turns off the automatic checkpoint on the main connection, so no commit copies the WAL', async () => {
    // An interval no test run reaches: only the main connection could checkpoint here.
    const port = openSqlitePort(file, { checkpointMs: 3_600_000 });
    try {
      expect(port.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      await writeRows(port, 0, 1500);
      // With SQLite's default (1,000 pages) a commit would have checkpointed and the WAL started
      // over, staying near 1,000 pages; here it holds every commit.
      expect(walPages(file)).toBeGreaterThan(1500);
      // The database file alone (what a checkpoint fills) holds none of the rows yet.
      const copy = path.join(tempDataDir(), 'copy.sqlite');
      fs.copyFileSync(file, copy);
      const alone = new Database(copy, { readonly: true });
      try {
        expect(alone.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't'").get()).toEqual({ n: 0 });
      } finally {
        alone.close();
      }
    } finally {
      await port.close();
    }
  });

  it('the worker copies committed pages into the database file, and the WAL then starts over', async () => {
    const port = openSqlitePort(file, { checkpointMs: 3_600_000 });
    try {
      await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      await writeRows(port, 0, 600);
      const first = await port.checkpoint!();
      expect(first.busy).toBe(0);
      expect(first.checkpointed).toBe(first.log);
      expect(first.log).toBeGreaterThan(600);
      // The database file alone now holds every committed row.
      const copy = path.join(tempDataDir(), 'copy.sqlite');
      fs.copyFileSync(file, copy);
      const alone = new Database(copy, { readonly: true });
      try {
        expect(alone.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 600 });
      } finally {
        alone.close();
      }
      // Every frame was copied, so the next write starts the WAL from its beginning: the file does
      // not grow past what one checkpoint interval's writes need.
      const size = walPages(file);
      await writeRows(port, 600, 600);
      expect(walPages(file)).toBeLessThanOrEqual(size + 2);
      const second = await port.checkpoint!();
      expect(second.log).toBeLessThan(first.log + 10);
    } finally {
      await port.close();
    }
  });

  it('starts the worker only once the WAL has grown to its threshold, then checkpoints on its timer unasked', async () => {
    const port = openSqlitePort(file, { checkpointMs: 20, checkpointerStartFrames: 200 });
    try {
      await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      await writeRows(port, 0, 50);
      expect(walPages(file)).toBeLessThan(200);
      // A WAL below the threshold: the size is read every 20 ms and the worker (a second V8
      // isolate, ~9 MB) is not started, however many times it was read.
      for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 20));
      expect(port.checkpointerStarted).toBe(false);
      await writeRows(port, 50, 200);
      // Poll (no timing asserted): the worker starts and the database file alone fills up.
      const copy = path.join(tempDataDir(), 'copy.sqlite');
      let n = 0;
      for (let i = 0; i < 500 && n < 250; i++) {
        await new Promise((r) => setTimeout(r, 20));
        fs.copyFileSync(file, copy);
        const alone = new Database(copy, { readonly: true });
        try {
          const has = alone.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't'").get() as { n: number };
          n = has.n === 1 ? (alone.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n : 0;
        } catch {
          n = 0; // copied while the worker was writing the file: look again
        } finally {
          alone.close();
        }
      }
      expect(port.checkpointerStarted).toBe(true);
      expect(n).toBe(250);
    } finally {
      await port.close();
    }
  });

  it('a WAL that stays below the threshold (a server at start: migrations, accounts) starts no worker until a checkpoint is asked for', async () => {
    // About what a fresh server writes before its first edit (a few hundred frames), on the default threshold (1,000).
    const port = openSqlitePort(file, { checkpointMs: 20 });
    try {
      await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      await writeRows(port, 0, 100);
      for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 20));
      expect(port.checkpointerStarted).toBe(false);
      // Asked for a checkpoint, it starts at once.
      const r = await port.checkpoint!();
      expect(port.checkpointerStarted).toBe(true);
      expect(r.checkpointed).toBe(r.log);
    } finally {
      await port.close();
    }
  });

  it('closes the worker before the main connection, which then removes the WAL with every row in the file', async () => {
    const port = openSqlitePort(file);
    await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
    await writeRows(port, 0, 20);
    await port.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const again = new Database(file, { readonly: true });
    try {
      expect(again.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 20 });
    } finally {
      again.close();
    }
  });

  it('keeps no WAL checkpointer for an in-memory database', async () => {
    const port = openSqlitePort(':memory:');
    try {
      expect(port.checkpoint).toBeUndefined();
    } finally {
      await port.close();
    }
  });
});

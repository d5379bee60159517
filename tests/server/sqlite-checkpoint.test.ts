/**
 * WAL checkpoints run in server/storage/sql/sqlite-checkpointer.ts (the copy on the event loop, the
 * fsyncs on libuv's pool), not inside a COMMIT on the main connection: a commit never copies the WAL
 * into the database file, the checkpointer does, in SQLite's order (WAL fsynced, copied, file fsynced,
 * then the WAL may start over), and closing leaves a whole database file. Sizes and order, not timings,
 * are asserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqlitePort } from '../../server/storage/sql/sqlite-port';
import type { Fsync } from '../../server/storage/sql/sqlite-checkpointer';
import { withTimeout } from '../helpers/clients';
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

/** Rows of `t` in a copy of the database file alone (without its WAL): what checkpoints have put there. */
function countInFileAlone(file: string): number {
  const copy = path.join(tempDataDir(), 'copy.sqlite');
  fs.copyFileSync(file, copy);
  const alone = new Database(copy, { readonly: true });
  try {
    const has = alone.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't'").get() as { n: number };
    return has.n === 1 ? (alone.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n : 0;
  } catch {
    return -1; // copied while a checkpoint was writing the file
  } finally {
    alone.close();
  }
}

/** Polls (bounded, no timing asserted) until the file alone holds `n` rows; returns the last count. */
async function rowsInFileAlone(file: string, n: number): Promise<number> {
  let seen = 0;
  for (let i = 0; i < 500 && seen !== n; i++) {
    await new Promise((r) => setTimeout(r, 20));
    seen = countInFileAlone(file);
  }
  return seen;
}

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

  it('the checkpointer copies committed pages into the database file, and the WAL then starts over', async () => {
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

  it('checkpoints on its timer without being asked', async () => {
    const port = openSqlitePort(file, { checkpointMs: 20 });
    try {
      await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      await writeRows(port, 0, 50);
      // Poll (no timing asserted): the database file alone fills up once the timer has run.
      expect(await rowsInFileAlone(file, 50)).toBe(50);
    } finally {
      await port.close();
    }
  });

  /** Writes rows `from`.. one at a time, a timer turn (1 ms) after each, until `stop()` says so or `max` rows; returns the rows written. */
  async function writeRowsPaced(port: ReturnType<typeof openSqlitePort>, from: number, max: number, stop: () => boolean = () => false): Promise<number> {
    let i = from;
    for (; i < from + max && !stop(); i++) {
      await writeRows(port, i, 1);
      await new Promise((r) => setTimeout(r, 1));
    }
    return i - from;
  }

  it('leaves a WAL below minWalFrames to grow while commits go on, and copies it once quiet', async () => {
    // Every tick (5 ms) sees a commit since the previous one (a row each 1 ms timer): no round is due
    // until the writes stop. Before the size rule, every tick ran a round and the file filled as it went.
    const port = openSqlitePort(file, { checkpointMs: 5, minWalFrames: 100_000 });
    try {
      await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      await writeRowsPaced(port, 0, 40);
      expect(countInFileAlone(file)).toBe(0);
      expect(walPages(file)).toBeGreaterThanOrEqual(40);
      // Quiet now: the next ticks copy it all (polled, no timing asserted).
      expect(await rowsInFileAlone(file, 40)).toBe(40);
    } finally {
      await port.close();
    }
  });

  it('copies while commits go on once minWalFrames frames are not yet copied', async () => {
    const port = openSqlitePort(file, { checkpointMs: 5, minWalFrames: 20 });
    try {
      await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      const written = await writeRowsPaced(port, 0, 2000, () => countInFileAlone(file) > 0);
      expect(written).toBeLessThan(2000);
      expect(written).toBeGreaterThanOrEqual(10); // ~2 frames a row: not before 20 frames
    } finally {
      await port.close();
    }
  });

  it('fsyncs the WAL before copying it, and lets it start over only once the database file is fsynced', async () => {
    const ino = (f: string) => fs.statSync(f).ino;
    const asked: { what: 'wal' | 'db'; rowsInFile: number; release: () => void }[] = [];
    let hold = true;
    let onAsk: () => void = () => undefined;
    const fsync: Fsync = (fd, done) => {
      const what = fs.fstatSync(fd).ino === ino(file) ? 'db' : fs.fstatSync(fd).ino === ino(`${file}-wal`) ? 'wal' : null;
      if (what === null) throw new Error('an fsync of another file');
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        fs.fsync(fd, done);
      };
      asked.push({ what, rowsInFile: countInFileAlone(file), release });
      onAsk();
      if (!(hold && what === 'db')) release();
    };
    const port = openSqlitePort(file, { checkpointMs: 3_600_000, fsync });
    try {
      await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      await writeRows(port, 0, 100);
      const dbAsked = new Promise<void>((r) => (onAsk = () => asked.some((a) => a.what === 'db') && r()));
      const round = port.checkpoint!();
      await withTimeout(dbAsked, 10_000, 'the checkpointer never fsynced the database file');
      // The WAL was fsynced first, while the file alone held none of the rows; the copy came next.
      expect(asked.map((a) => [a.what, a.rowsInFile])).toEqual([
        ['wal', 0],
        ['db', 100],
      ]);
      // While the database file's fsync is out, the WAL does not start over: new commits grow it.
      const size = walPages(file);
      await writeRows(port, 100, 100);
      expect(walPages(file)).toBeGreaterThan(size + 50);
      hold = false;
      asked[1].release();
      const r = await round;
      // The round copied what came in meanwhile too (a second pass), so the WAL now starts over.
      expect(r.checkpointed).toBe(r.log);
      expect(asked.map((a) => a.what)).toEqual(['wal', 'db', 'wal', 'db']);
      const after = walPages(file);
      await writeRows(port, 200, 50);
      expect(walPages(file)).toBeLessThanOrEqual(after);
      expect(countInFileAlone(file)).toBe(200);
    } finally {
      hold = false;
      for (const a of asked) a.release(); // a failed assertion must not leave the round waiting
      await port.close();
    }
  });

  it('an fsync that fails stops the checkpointer and turns SQLite\'s own checkpoint back on', async () => {
    const failing: Fsync = (_fd, done) => done(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    const port = openSqlitePort(file, { checkpointMs: 3_600_000, fsync: failing });
    try {
      await port.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      await writeRows(port, 0, 20);
      await expect(port.checkpoint!()).rejects.toThrow('EIO');
      expect(port.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      await expect(port.checkpoint!()).rejects.toThrow('checkpointer stopped');
      // Nothing was copied: the file alone still holds no rows, and every row is still readable.
      expect(countInFileAlone(file)).toBe(0);
      expect(await port.get('SELECT count(*) AS n FROM t')).toEqual({ n: 20 });
    } finally {
      await port.close();
    }
  });

  it('closes its connections before the main connection, which then removes the WAL with every row in the file', async () => {
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

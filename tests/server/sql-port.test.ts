/**
 * The SQL port (server/storage/sql): the same statements give the same answers on SQLite and Postgres,
 * transactions commit or roll back whole, and SQLite never interleaves another caller's statements
 * into an open transaction.
 */
import path from 'node:path';
import { openSqlitePort } from '../../server/storage/sql/sqlite-port';
import { APPEND_UPDATE_SQL, ROWS_PER_INSERT, appendBatchSqlite, appendBatchSqliteNow } from '../../server/storage/append-batch-sqlite';
import { numberPlaceholders, openPostgresPort } from '../../server/storage/sql/postgres-port';
import type { SqlPort } from '../../server/storage/sql/port';
import { tempDataDir } from '../helpers/server';
import { createTestSchema, testPostgresUrl } from '../helpers/postgres';

type Opened = { port: SqlPort; dispose: () => Promise<void> };

function ports(): [string, () => Promise<Opened>][] {
  const list: [string, () => Promise<Opened>][] = [
    ['sqlite', async () => ({ port: openSqlitePort(path.join(tempDataDir(), 'port.sqlite')), dispose: async () => undefined })],
  ];
  const url = testPostgresUrl();
  if (url) {
    list.push([
      'postgres',
      async () => {
        const schema = await createTestSchema(url);
        return { port: openPostgresPort(url, schema.poolConfig), dispose: schema.drop };
      },
    ]);
  }
  return list;
}

const TABLE = `CREATE TABLE things (id TEXT PRIMARY KEY, n INTEGER NOT NULL, flag BOOLEAN NOT NULL, data BYTEA, note TEXT)`;
const ddl = (port: SqlPort) => (port.dialect === 'sqlite' ? TABLE.replace('BYTEA', 'BLOB') : TABLE);

describe.each(ports())('SQL port on %s', (_name, open) => {
  let opened: Opened;
  let port: SqlPort;
  beforeEach(async () => {
    opened = await open();
    port = opened.port;
    await port.exec(ddl(port));
  });
  afterEach(async () => {
    await port.close();
    await opened.dispose();
  });

  test('values round-trip: text with a ? in a literal, integers, booleans, bytes', async () => {
    // A view into a bigger buffer (as a decoded frame's update is): only its own bytes are stored.
    const bytes = new Uint8Array([9, 0, 1, 2, 255, 9]).subarray(1, 5);
    expect(await port.run('INSERT INTO things (id, n, flag, data, note) VALUES (?, ?, ?, ?, ?)', ['a', 7, true, bytes, 'why?'])).toBe(1);
    await port.run('INSERT INTO things (id, n, flag) VALUES (?, ?, ?)', ['b', 9, false]);
    const rows = await port.all<{ id: string; n: number; flag: unknown; data: Buffer | null; note: string | null }>(
      "SELECT id, n, flag, data, note FROM things WHERE note = 'why?' OR id = ? ORDER BY id",
      ['b'],
    );
    expect(rows.map((r) => [r.id, r.n, Boolean(r.flag), r.data && [...r.data], r.note])).toEqual([
      ['a', 7, true, [0, 1, 2, 255], 'why?'],
      ['b', 9, false, null, null],
    ]);
    expect(await port.get<{ c: number }>('SELECT COUNT(*) AS c FROM things')).toEqual({ c: 2 });
    expect(await port.get('SELECT id FROM things WHERE id = ?', ['none'])).toBeUndefined();
  });

  test('a transaction that throws leaves nothing; one that resolves keeps everything', async () => {
    await expect(
      port.transaction(async (tx) => {
        await tx.run('INSERT INTO things (id, n, flag) VALUES (?, ?, ?)', ['x', 1, true]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await port.transaction(async (tx) => {
      await tx.run('INSERT INTO things (id, n, flag) VALUES (?, ?, ?)', ['y', 2, true]);
      await tx.run('UPDATE things SET n = n + 1 WHERE id = ?', ['y']);
    });
    expect(await port.all('SELECT id, n FROM things')).toEqual([{ id: 'y', n: 3 }]);
  });

  test('a unique violation is recognised and changes nothing', async () => {
    await port.run('INSERT INTO things (id, n, flag) VALUES (?, ?, ?)', ['a', 1, true]);
    const error = await port.run('INSERT INTO things (id, n, flag) VALUES (?, ?, ?)', ['a', 2, true]).catch((e: unknown) => e);
    expect(port.isUniqueViolation(error)).toBe(true);
    expect(port.isUniqueViolation(new Error('other'))).toBe(false);
    expect(await port.all('SELECT n FROM things')).toEqual([{ n: 1 }]);
  });

  test('concurrent transactions and statements never interleave: each increment is counted once', async () => {
    await port.run('INSERT INTO things (id, n, flag) VALUES (?, ?, ?)', ['c', 0, true]);
    const bump = () =>
      port.transaction(async (tx) => {
        const row = await tx.get<{ n: number }>('SELECT n FROM things WHERE id = ? FOR UPDATE'.replace(port.dialect === 'sqlite' ? ' FOR UPDATE' : '', ''), ['c']);
        await new Promise((r) => setImmediate(r));
        await tx.run('UPDATE things SET n = ? WHERE id = ?', [row!.n + 1, 'c']);
      });
    const outside = port.run('INSERT INTO things (id, n, flag) VALUES (?, ?, ?)', ['d', 1, false]);
    await Promise.all([bump(), bump(), bump(), outside, bump()]);
    expect(await port.get('SELECT n FROM things WHERE id = ?', ['c'])).toEqual({ n: 4 });
  });
});

test('placeholders are numbered outside literals, identifiers and comments', () => {
  expect(numberPlaceholders(`SELECT '?', "a?" FROM t WHERE a = ? -- why?\n AND b = ?`)).toBe(
    `SELECT '?', "a?" FROM t WHERE a = $1 -- why?\n AND b = $2`,
  );
});

test('SQLite syncNow: the free connection now, null while a transaction holds it (nothing lands in that transaction)', async () => {
  const port = openSqlitePort(path.join(tempDataDir(), 'sync-now.sqlite'));
  try {
    await port.exec(TABLE.replace('BYTEA', 'BLOB'));
    const conn = port.syncNow!();
    expect(conn).not.toBeNull();
    expect(conn!.run('INSERT INTO things (id, n, flag) VALUES (?, ?, ?)', ['a', 1, 1])).toBe(1);
    let seenInside: unknown = 'not asked';
    const rolledBack = port
      .transaction(async (tx) => {
        await tx.run('INSERT INTO things (id, n, flag) VALUES (?, ?, ?)', ['b', 2, 0]);
        await new Promise((r) => setTimeout(r, 20));
        seenInside = port.syncNow!();
        throw new Error('rolled back (test)');
      })
      .catch(() => 'rolled back');
    // The transaction holds the connection across turns: no synchronous statement may run meanwhile.
    await new Promise((r) => setTimeout(r, 5));
    expect(port.syncNow!()).toBeNull();
    expect(await rolledBack).toBe('rolled back');
    expect(seenInside).toBeNull();
    // Free again: a synchronous transaction commits whole, or rolls back whole when it throws.
    const free = port.syncNow!()!;
    free.transaction((tx) => tx.run('UPDATE things SET n = n + 1 WHERE id = ?', ['a']));
    expect(() =>
      free.transaction((tx) => {
        tx.run('UPDATE things SET n = n + 1 WHERE id = ?', ['a']);
        throw new Error('rolled back too (test)');
      }),
    ).toThrow('rolled back too');
    expect(await port.all('SELECT id, n FROM things ORDER BY id')).toEqual([{ id: 'a', n: 2 }]);
  } finally {
    await port.close();
  }
  expect(port.syncNow!()).toBeNull(); // closed
});

test('SQLite runner2: a statement prepared once, run with two parameters; one update alone is appended through it', async () => {
  const port = openSqlitePort(path.join(tempDataDir(), 'runner2.sqlite'));
  try {
    await port.exec(TABLE.replace('BYTEA', 'BLOB'));
    const prepare = jest.spyOn(port.db, 'prepare');
    const conn = port.syncNow!()!;
    const sql = 'INSERT INTO things (id, n, flag, data) VALUES (?, 3, 0, ?)';
    const run = conn.runner2(sql);
    expect(run('a', new Uint8Array([5, 6, 7]).subarray(1))).toBe(1);
    expect(port.syncNow!()!.runner2(sql)).toBe(run); // the same function: not made again
    expect(run('b', null)).toBe(1);
    expect(() => run('a', null)).toThrow(/UNIQUE/); // autocommitted: a failed statement stores nothing
    expect(prepare.mock.calls.filter(([s]) => s === sql)).toHaveLength(1);
    expect(await port.all('SELECT id, data FROM things ORDER BY id')).toEqual([
      { id: 'a', data: Buffer.from([6, 7]) },
      { id: 'b', data: null },
    ]);
    prepare.mockRestore();

    // The group commit's usual commit (one update, no edits) runs APPEND_UPDATE_SQL through runner2,
    // not through `run` (which finds the statement by its text and spreads the parameters each time).
    await port.exec('CREATE TABLE doc_updates (seq INTEGER PRIMARY KEY, article_id TEXT NOT NULL, data BLOB NOT NULL)');
    const free = port.syncNow!()!;
    const viaRun = jest.spyOn(free, 'run');
    const viaRunner = jest.spyOn(free, 'runner2');
    expect(appendBatchSqliteNow(port, { updates: [{ articleId: 'art', update: new Uint8Array([1, 2]) }], edits: [], gapMs: 1000 })).toBe(true);
    expect(viaRun).not.toHaveBeenCalled();
    expect(viaRunner).toHaveBeenCalledWith(APPEND_UPDATE_SQL);
    expect(await port.all('SELECT article_id, data FROM doc_updates')).toEqual([{ article_id: 'art', data: Buffer.from([1, 2]) }]);
  } finally {
    await port.close();
  }
});

test('SQLite: a batch of several updates and no edits is one multi-row INSERT, autocommitted: seqs in the order given, all rows or none', async () => {
  const port = openSqlitePort(path.join(tempDataDir(), 'rows.sqlite'));
  try {
    await port.exec(`CREATE TABLE articles (id TEXT PRIMARY KEY);
      CREATE TABLE doc_updates (seq INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, data BLOB NOT NULL);
      INSERT INTO articles (id) VALUES ('a'), ('b');`);
    const u = (articleId: string, n: number) => ({ articleId, update: new Uint8Array([n, n]).subarray(1) });
    const free = port.syncNow!()!;
    const viaRun = jest.spyOn(free, 'run');
    const viaTransaction = jest.spyOn(free, 'transaction');
    const batch = [u('a', 1), u('b', 2), u('a', 3)];
    expect(appendBatchSqliteNow(port, { updates: batch, edits: [], gapMs: 1000 })).toBe(true);
    expect(viaTransaction).not.toHaveBeenCalled();
    expect(viaRun.mock.calls).toEqual([[`INSERT INTO doc_updates (article_id, data) VALUES (?, ?), (?, ?), (?, ?)`, ['a', batch[0].update, 'b', batch[1].update, 'a', batch[2].update]]]);
    const rows = async () => (await port.all<{ seq: number; article_id: string; data: Buffer }>('SELECT seq, article_id, data FROM doc_updates ORDER BY seq')).map((r) => [r.seq, r.article_id, [...r.data]]);
    expect(await rows()).toEqual([
      [1, 'a', [1]],
      [2, 'b', [2]],
      [3, 'a', [3]],
    ]);
    // A row for a missing article fails the statement: none of its rows is stored.
    expect(() => appendBatchSqliteNow(port, { updates: [u('b', 4), u('gone', 5)], edits: [], gapMs: 1000 })).toThrow(/FOREIGN KEY/);
    expect(await rows()).toHaveLength(3);
    // Past ROWS_PER_INSERT rows: one transaction of multi-row statements, the order kept.
    viaRun.mockClear();
    const many = Array.from({ length: ROWS_PER_INSERT + 3 }, (_, i) => u(i % 2 ? 'a' : 'b', 10 + i));
    expect(appendBatchSqliteNow(port, { updates: many, edits: [], gapMs: 1000 })).toBe(true);
    expect(viaTransaction).toHaveBeenCalledTimes(1);
    expect((await rows()).slice(3)).toEqual(many.map((m, i) => [4 + i, m.articleId, [10 + i]]));
    // The asynchronous path (appendBatchSqlite) writes a batch of several updates as one statement too.
    const viaPortRun = jest.spyOn(port, 'run');
    const viaTransactionSync = jest.spyOn(port, 'transactionSync');
    await appendBatchSqlite(port, { updates: [u('b', 100), u('a', 101)], edits: [], gapMs: 1000 });
    expect(viaTransactionSync).not.toHaveBeenCalled();
    expect(viaPortRun).toHaveBeenCalledTimes(1);
    expect((await rows()).slice(-2)).toEqual([
      [4 + many.length, 'b', [100]],
      [5 + many.length, 'a', [101]],
    ]);
  } finally {
    await port.close();
  }
});

/**
 * On Postgres a group commit records its batch in one statement, one round trip (server/storage/
 * append-batch-postgres.ts: the update log, the edit sessions of all its (article, user) pairs read
 * and locked, grown and opened, in data-modifying CTEs, autocommitted). On SQLite it is one
 * synchronous transaction of single-row statements, one per update and one per pair that grows its
 * session (append-batch-sqlite.ts). On every storage implementation the rows are exactly those of
 * recording the same edits one pair at a time.
 */
import * as Y from 'yjs';
import { openPostgresPort } from '../../server/storage/sql/postgres-port';
import type { SqlExecutor, SqlPort } from '../../server/storage/sql/port';
import { storageOver } from '../../server/storage/open-storage';
import { postgresMigrations } from '../../server/storage/migrations/postgres';
import { sqliteMigrations } from '../../server/storage/migrations/sqlite';
import { openSqlitePort } from '../../server/storage/sql/sqlite-port';
import { tempDataDir } from '../helpers/server';
import path from 'node:path';
import { editsInLockOrder } from '../../server/storage/activity-store';
import type { EditRecord, Storage, UpdateEntry } from '../../server/storage/types';
import { storageImplementations } from '../helpers/storage-impls';
import { createTestSchema, testPostgresUrl } from '../helpers/postgres';
import { seededRandom } from '../helpers/random';

const GAP_MS = 5 * 60 * 1000;
const t = (seconds: number) => new Date(Date.parse('2026-12-06T00:00:00.000Z') + seconds * 1000).toISOString();

function textUpdate(s: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, s);
  return Y.encodeStateAsUpdate(doc);
}

async function createArticles(storage: Storage, ids: readonly string[]): Promise<void> {
  for (const id of ids) await storage.createArticle({ id, headline: id, status: 'draft', createdAt: t(0), updatedAt: t(0) }, textUpdate(''));
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32). */
/** What `count` (statements run or round trips) grows by while one batch stores an edit of each of `ids` at `at`. */
async function batchCost(storage: Storage, count: () => number, ids: readonly string[], at: string): Promise<number> {
  const before = count();
  await storage.appendBatch({
    updates: ids.map((articleId) => ({ articleId, update: textUpdate(at) })),
    edits: ids.map((articleId) => ({ articleId, user: { id: 'u', name: 'U' }, at, updates: 1, inserted: 1, deleted: 0 })),
    gapMs: GAP_MS,
  });
  return count() - before;
}

/**
 * What `count` grows by for each batch shape over 40 new articles — opening one session, opening 39,
 * growing one, growing 40, reopening 40 after the gap — after checking the first article's sessions.
 */
async function sessionShapeCosts(storage: Storage, count: () => number): Promise<Record<string, number>> {
  const articles = Array.from({ length: 40 }, (_, i) => `a${i}`);
  await createArticles(storage, articles);
  const cost = (ids: readonly string[], at: string) => batchCost(storage, count, ids, at);
  const costs = {
    open1: await cost(articles.slice(0, 1), t(0)),
    open39: await cost(articles.slice(1), t(0)),
    grow1: await cost(articles.slice(0, 1), t(10)),
    grow40: await cost(articles, t(20)),
    reopen40: await cost(articles, t(20 + GAP_MS / 1000 + 1)),
  };
  expect((await storage.listActivity('a0', 10)).map((r) => [r.startedAt, r.endedAt, r.updates])).toEqual([
    [t(20 + GAP_MS / 1000 + 1), t(20 + GAP_MS / 1000 + 1), 1],
    [t(0), t(20), 3],
  ]);
  return costs;
}

type Turn = { updates: UpdateEntry[]; edits: EditRecord[] };

/**
 * Group commits as GroupCommit makes them (every edit of a turn at the turn's time): several users on
 * a few articles, turns minutes apart so some sessions grow and others close, names that change,
 * repeated pairs within a turn, a turn of one pair, and turns of 101 and 130 pairs (over the 100
 * pairs a statement takes, the 101st alone).
 */
function turns(articles: readonly string[]): Turn[] {
  const next = seededRandom(14);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const users = ['u0', 'u1', 'u2', 'u3'];
  const out: Turn[] = [];
  let now = 0;
  const turn = (pairs: [string, string][]): Turn => {
    const at = t(now);
    const edits = pairs.map(([articleId, user]) => ({
      articleId,
      user: { id: user, name: `${user}-${Math.floor(now / 1000)}` },
      at,
      updates: 1 + Math.floor(next() * 3),
      inserted: Math.floor(next() * 20),
      deleted: Math.floor(next() * 5),
    }));
    return { updates: pairs.map(([articleId], i) => ({ articleId, update: textUpdate(`${now}:${i}`) })), edits };
  };
  for (let k = 0; k < 40; k++) {
    now += pick([1, 30, 200, 299, 301, 900]);
    const n = k % 9 === 0 ? 1 : 2 + Math.floor(next() * 8);
    out.push(turn(Array.from({ length: n }, () => [pick(articles.slice(0, 6)), pick(users)] as [string, string])));
  }
  for (const size of [101, 130]) {
    now += 60;
    out.push(turn(articles.slice(0, size).map((a, i) => [a, users[i % 2]] as [string, string])));
  }
  return out;
}

describe.each(storageImplementations())('%s', (_name, open) => {
  test('a batch of many pairs stores the same sessions and updates as its pairs stored one at a time', async () => {
    const batched = await open();
    const single = await open();
    const articles = Array.from({ length: 130 }, (_, i) => `a${String(i).padStart(3, '0')}`);
    try {
      await createArticles(batched.storage, articles);
      await createArticles(single.storage, articles);
      for (const [k, turn] of turns(articles).entries()) {
        await batched.storage.appendBatch({ ...turn, gapMs: GAP_MS });
        // One pair per transaction, in lock order, as the group commit recorded them before batching.
        for (const u of turn.updates) await single.storage.appendBatch({ updates: [u], edits: [], gapMs: GAP_MS });
        for (const e of editsInLockOrder(turn.edits)) await single.storage.appendBatch({ updates: [], edits: [e], gapMs: GAP_MS });
        if (k % 7 === 3) {
          // A confirmation is an activity row too, but never an edit session.
          for (const s of [batched, single]) await s.storage.recordQuoteConfirmed(articles[k % 6], { id: 'u1', name: 'U1' }, t(k), { quote: k });
        }
      }
      const sessionsPerPair = new Map<string, number>();
      let grown = 0;
      for (const id of articles) {
        const rows = await batched.storage.listActivity(id, 1000);
        expect(rows).toEqual(await single.storage.listActivity(id, 1000));
        expect(await batched.storage.loadUpdates(id)).toEqual(await single.storage.loadUpdates(id));
        for (const r of rows.filter((r) => r.kind === 'edit')) {
          sessionsPerPair.set(`${id} ${r.user.id}`, (sessionsPerPair.get(`${id} ${r.user.id}`) ?? 0) + 1);
          if (r.endedAt > r.startedAt) grown++;
        }
      }
      // Not vacuous: sessions grew, and pairs whose session closed after the gap opened another.
      expect(grown).toBeGreaterThan(100);
      expect([...sessionsPerPair.values()].filter((n) => n > 1).length).toBeGreaterThan(5);
    } finally {
      for (const s of [batched, single]) {
        await s.storage.close();
        await s.dispose();
      }
    }
  }, 60_000);

  test("a batch's updates keep their order per article across the 100 rows an INSERT takes", async () => {
    const opened = await open();
    try {
      await createArticles(opened.storage, ['x', 'y']);
      const doc = { x: new Y.Doc(), y: new Y.Doc() };
      const updates: UpdateEntry[] = [];
      for (let i = 0; i < 250; i++) {
        const id = i % 3 === 0 ? 'y' : 'x';
        const text = doc[id].getText('t');
        const before = Y.encodeStateVector(doc[id]);
        text.insert(text.length, `${i % 10}`);
        updates.push({ articleId: id, update: Y.encodeStateAsUpdate(doc[id], before) });
      }
      await opened.storage.appendBatch({ updates, edits: [], gapMs: GAP_MS });
      for (const id of ['x', 'y'] as const) {
        const stored = await opened.storage.loadUpdates(id);
        expect(stored).toEqual([textUpdate(''), ...updates.filter((u) => u.articleId === id).map((u) => u.update)]);
      }
    } finally {
      await opened.storage.close();
      await opened.dispose();
    }
  });
});

/** The port with every statement counted (inside transactions too). */
function counting(port: SqlPort): { port: SqlPort; statements: () => number } {
  let n = 0;
  const count = (ex: SqlExecutor): SqlExecutor => ({
    dialect: ex.dialect,
    all: (sql, params) => (n++, ex.all(sql, params)),
    get: (sql, params) => (n++, ex.get(sql, params)),
    run: (sql, params) => (n++, ex.run(sql, params)),
    exec: (sql) => (n++, ex.exec(sql)),
  });
  return {
    port: {
      ...count(port),
      transaction: (fn, mode) => port.transaction((tx) => fn(count(tx)), mode),
      isUniqueViolation: (e, constraint) => port.isUniqueViolation(e, constraint),
      close: () => port.close(),
    },
    statements: () => n,
  };
}

type CountedStorage = { storage: Storage; statements: () => number; dispose: () => Promise<void> };

function countedImplementations(): [string, () => Promise<CountedStorage>][] {
  // Postgres only: SQLite has no round trips, and one prepared statement per row costs it less.
  const out: [string, () => Promise<CountedStorage>][] = [];
  const url = testPostgresUrl();
  if (url) {
    out.push([
      'postgres',
      async () => {
        const schema = await createTestSchema(url);
        const c = counting(openPostgresPort(url, schema.poolConfig));
        return { storage: await storageOver('postgres', c.port, postgresMigrations), statements: c.statements, dispose: schema.drop };
      },
    ]);
  }
  return out;
}

// Each statement is a round trip on Postgres, and the group commit's transactions run one at a time:
// one statement per update and two per pair made an instance's storing rate fall as its batches grew.
const counted = countedImplementations();
if (counted.length > 0) describe.each(counted)('%s', (_name, open) => {
  test('a group commit takes as many statements for 40 articles as for 2, whether it grows sessions or opens them', async () => {
    const { storage, statements, dispose } = await open();
    try {
      const articles = Array.from({ length: 40 }, (_, i) => `a${i}`);
      await createArticles(storage, articles);
      const cost = (ids: readonly string[], at: string) => batchCost(storage, statements, ids, at);
      // Opening sessions (no earlier one), then growing them.
      const open2 = await cost(articles.slice(0, 2), t(0));
      const open40 = await cost(articles.slice(2), t(0));
      const grow2 = await cost(articles.slice(0, 2), t(10));
      const grow40 = await cost(articles.slice(2), t(10));
      expect({ open40, grow40 }).toEqual({ open40: open2, grow40: grow2 });
      expect(grow40).toBeLessThanOrEqual(3);
      expect((await storage.listActivity('a39', 10)).map((r) => [r.startedAt, r.endedAt, r.updates])).toEqual([[t(0), t(10), 2]]);
    } finally {
      await storage.close();
      await dispose();
    }
  });

  // Each round trip waits for the storing instance's event loop, busy relaying under load: BEGIN,
  // three or four statements and COMMIT were five, with the sessions' rows locked across two.
  test('a group commit is one round trip to Postgres, BEGIN and COMMIT included, for 1 article or 40, opening sessions or growing them', async () => {
    const url = testPostgresUrl()!;
    const schema = await createTestSchema(url);
    const port = openPostgresPort(url, schema.poolConfig);
    let roundTrips = 0;
    port.pool.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => (roundTrips++, query(...args));
    });
    const storage = await storageOver('postgres', port, postgresMigrations);
    try {
      expect(await sessionShapeCosts(storage, () => roundTrips)).toEqual({ open1: 1, open39: 1, grow1: 1, grow40: 1, reopen40: 1 });
    } finally {
      await storage.close();
      await schema.drop();
    }
  });
});

// In process, a statement costs SQLite its own step, not a round trip; a session that grows (every
// edit but a session's first) was read and then updated, two statements where one does; the log's
// rows are one multi-row statement per 32 (fewer instructions than one run per row: "Twenty-second pass").
describe('sqlite', () => {
  test('a group commit runs one statement per up to 32 updates and one per pair growing its session (two for a pair opening one)', async () => {
    const port = openSqlitePort(path.join(tempDataDir(), 'statements.sqlite'));
    let statements = 0;
    const prepare = port.db.prepare.bind(port.db);
    // Every statement prepared from here on counts its runs (the port prepares each SQL text once).
    (port.db as { prepare: unknown }).prepare = (sql: string) => {
      const s = prepare(sql);
      for (const m of ['run', 'get', 'all'] as const) {
        const original = s[m].bind(s) as (...a: unknown[]) => unknown;
        (s as unknown as Record<string, unknown>)[m] = (...a: unknown[]) => (statements++, original(...a));
      }
      return s;
    };
    const storage = await storageOver('sqlite', port, sqliteMigrations);
    try {
      // The updates: one multi-row INSERT per up to ROWS_PER_INSERT (32) rows, so 39 or 40 are two.
      expect(await sessionShapeCosts(storage, () => statements)).toEqual({ open1: 3, open39: 2 + 39 * 2, grow1: 2, grow40: 2 + 40, reopen40: 2 + 40 * 2 });
    } finally {
      await storage.close();
    }
  });
});

/**
 * Group commit (server/collab/group-commit.ts) on every storage implementation: the updates of
 * several articles appended in one event-loop turn are stored, with their activity, in one
 * transaction; a failing article or a failing activity write holds up no other update.
 */
import * as Y from 'yjs';
import pino from 'pino';
import { GroupCommit } from '../../server/collab/group-commit';
import { editsInLockOrder } from '../../server/storage/activity-store';
import type { ArticleRecord } from '../../server/storage/types';
import type { Identity } from '../../shared/contract/roles';
import { storageImplementations, type OpenedStorage } from '../helpers/storage-impls';
import pg from 'pg';
import { openPostgresStorage } from '../../server/storage/postgres';
import { createTestSchema, testPostgresUrl } from '../helpers/postgres';

const logger = pino({ level: 'silent' });
const GAP_MS = 5 * 60 * 1000;
const alice: Identity = { id: 'u-alice', name: 'alice', role: 'editor' };

function record(id: string): ArticleRecord {
  const at = new Date().toISOString();
  return { id, headline: id, status: 'draft', createdAt: at, updatedAt: at };
}
function textUpdate(s: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, s);
  return Y.encodeStateAsUpdate(doc);
}
const edit = (inserted: number) => [{ user: alice, updates: 1, inserted, deleted: 0 }];

describe.each(storageImplementations())('%s', (_name, open) => {
  let opened: OpenedStorage;
  beforeEach(async () => {
    opened = await open();
    for (const id of ['a', 'b', 'c']) await opened.storage.createArticle(record(id), textUpdate(''));
  });
  afterEach(async () => {
    await opened.storage.close();
    await opened.dispose();
  });

  test('three articles appended in one turn: one transaction, every update and its activity stored', async () => {
    const commit = new GroupCommit(opened.storage, logger, GAP_MS);
    await Promise.all(['a', 'b', 'c'].map((id, i) => commit.append(id, textUpdate(`${id}!`), edit(i + 1))));
    expect(commit.transactions).toBe(1);
    for (const id of ['a', 'b', 'c']) {
      expect(await opened.storage.loadUpdates(id)).toHaveLength(2);
      expect((await opened.storage.listActivity(id, 10)).map((r) => [r.kind, r.user.id, r.updates])).toEqual([['edit', 'u-alice', 1]]);
    }
    // A later turn is a later transaction; the same user's session grows.
    await commit.append('a', textUpdate('again'), edit(5));
    expect(commit.transactions).toBe(2);
    expect((await opened.storage.listActivity('a', 10)).map((r) => [r.updates, r.inserted])).toEqual([[2, 6]]);
  });

  test('an update that cannot be stored fails alone; the others in its turn are stored', async () => {
    const commit = new GroupCommit(opened.storage, logger, GAP_MS);
    const results = await Promise.allSettled([
      commit.append('a', textUpdate('kept'), edit(4)),
      commit.append('no-such-article', textUpdate('orphan'), edit(6)),
      commit.append('b', textUpdate('kept too'), []),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await opened.storage.loadUpdates('a')).toHaveLength(2);
    expect(await opened.storage.loadUpdates('b')).toHaveLength(2);
    expect(await opened.storage.loadUpdates('no-such-article')).toHaveLength(0);
  });

  test('when activity cannot be written, the edit is still stored', async () => {
    await opened.sql('DROP TABLE article_activity');
    const commit = new GroupCommit(opened.storage, logger, GAP_MS);
    await commit.append('a', textUpdate('stored anyway'), edit(13));
    const updates = await opened.storage.loadUpdates('a');
    const doc = new Y.Doc();
    for (const u of updates) Y.applyUpdate(doc, u);
    expect(doc.getText('t').toString()).toContain('stored anyway');
  });
});

// Two instances on one Postgres (the compose stack): their group commits grow the same edit
// sessions. Rows locked in different orders deadlocked (Postgres aborts one after deadlock_timeout);
// every batch locks them in (article, user) order, so none does. SQLite has one writer per file.
for (const [name, open] of storageImplementations()) {
  if (name !== 'postgres') continue;
  test('two instances storing the same articles in opposite orders never deadlock (postgres)', async () => {
    const one = await open();
    const two = await one.reopen();
    try {
      const ids = ['a', 'b', 'c', 'd'];
      for (const id of ids) await one.storage.createArticle(record(id), textUpdate(''));
      const batch = (order: string[], i: number) => ({
        updates: order.map((id) => ({ articleId: id, update: textUpdate(`${id}${i}`) })),
        edits: order.map((id) => ({ articleId: id, user: { id: alice.id, name: alice.name }, at: new Date().toISOString(), updates: 1, inserted: 2, deleted: 0 })),
        gapMs: GAP_MS,
      });
      // Opens every session first, so each later batch updates existing rows (the locking path).
      await one.storage.appendBatch(batch(ids, 0));
      const rounds = 12;
      const results = await Promise.allSettled(
        Array.from({ length: rounds }, (_, i) => [
          one.storage.appendBatch(batch(ids, i + 1)),
          two.appendBatch(batch([...ids].reverse(), i + 1)),
        ]).flat(),
      );
      expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      for (const id of ids) {
        expect(await one.storage.loadUpdates(id)).toHaveLength(2 + 2 * rounds);
        expect((await one.storage.listActivity(id, 10)).map((r) => r.updates)).toEqual([1 + 2 * rounds]);
      }
    } finally {
      await two.close();
      await one.storage.close();
      await one.dispose();
    }
  }, 60_000);
}

// A Postgres transaction is several round trips: while one waits, the rooms not in it store in a
// second one. An article's updates never go into two at once, so they are stored in arrival order.
const pgUrl = testPostgresUrl();
if (pgUrl) test("while one article waits in a transaction, another is stored; the first one's next update follows it (postgres)", async () => {
  const schema = await createTestSchema(pgUrl);
  const storage = await openPostgresStorage(pgUrl, schema.poolConfig);
  const blocker = new pg.Client({ connectionString: pgUrl, ...schema.poolConfig });
  await blocker.connect();
  try {
    for (const id of ['a', 'b']) await storage.createArticle(record(id), textUpdate(''));
    // Storing an update of 'a' checks its article row (foreign key), which this lock holds up.
    await blocker.query('BEGIN');
    await blocker.query("SELECT 1 FROM articles WHERE id = 'a' FOR UPDATE");
    const commit = new GroupCommit(storage, logger, GAP_MS);
    const settled: string[] = [];
    const [u1, u2] = [textUpdate('a1'), textUpdate('a2')];
    const a1 = commit.append('a', u1, edit(1)).then(() => settled.push('a1'));
    // The group commit starts its transaction in the turn after the append.
    await new Promise((r) => setImmediate(r));
    const a2 = commit.append('a', u2, edit(2)).then(() => settled.push('a2'));
    const b = commit.append('b', textUpdate('b'), edit(3)).then(() => settled.push('b'));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([b, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("b waited for a's transaction")), 10_000)))]);
    clearTimeout(timer);
    expect(settled).toEqual(['b']);
    await blocker.query('COMMIT');
    await Promise.all([a1, a2]);
    expect(settled).toEqual(['b', 'a1', 'a2']);
    expect((await storage.loadUpdates('a')).slice(1)).toEqual([u1, u2]);
    expect((await storage.listActivity('a', 10)).map((r) => [r.updates, r.inserted])).toEqual([[2, 3]]);
    expect(commit.transactions).toBe(3);
  } finally {
    await blocker.end();
    await storage.close();
    await schema.drop();
  }
}, 30_000);

test('a batch grows each (article, user) session once, in (article, user) order', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
  const e = (articleId: string, userId: string, s: number, inserted: number) => ({ articleId, user: { id: userId, name: userId }, at: at(s), updates: 1, inserted, deleted: 0 });
  expect(editsInLockOrder([e('b', 'u2', 3, 1), e('a', 'u1', 1, 2), e('b', 'u2', 2, 4), e('a', 'u0', 5, 8)])).toEqual([
    e('a', 'u0', 5, 8),
    e('a', 'u1', 1, 2),
    { ...e('b', 'u2', 3, 5), updates: 2 },
  ]);
});

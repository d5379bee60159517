/**
 * Group commit (server/collab/group-commit.ts) on every storage implementation: the updates of
 * several articles appended in one event-loop turn are stored in one transaction, their activity
 * counted and written apart (once a second, or when flushed); a failing article or a failing
 * activity write holds up no other update.
 */
import * as Y from 'yjs';
import pino from 'pino';
import { GroupCommit } from '../../server/collab/group-commit';
import { editsInLockOrder } from '../../server/storage/activity-store';
import type { ArticleRecord } from '../../server/storage/types';
import type { Identity } from '../../shared/contract/roles';
import { storageImplementations, type OpenedStorage } from '../helpers/storage-impls';

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

/** A fresh store holding the empty articles a, b and c. */
async function openWithArticles(open: () => Promise<OpenedStorage>): Promise<OpenedStorage> {
  const opened = await open();
  for (const id of ['a', 'b', 'c']) await opened.storage.createArticle(record(id), textUpdate(''));
  return opened;
}
async function closeOpened(opened: OpenedStorage): Promise<void> {
  await opened.storage.close();
  await opened.dispose();
}

describe.each(storageImplementations())('%s', (_name, open) => {
  let opened: OpenedStorage;
  beforeEach(async () => void (opened = await openWithArticles(open)));
  afterEach(() => closeOpened(opened));

  test('three articles appended in one turn: one transaction of their updates; their activity written apart, once', async () => {
    const commit = new GroupCommit(opened.storage, logger, GAP_MS);
    await Promise.all(['a', 'b', 'c'].map((id, i) => commit.append(id, textUpdate(`${id}!`), edit(i + 1))));
    expect(commit.transactions).toBe(1);
    for (const id of ['a', 'b', 'c']) {
      expect(await opened.storage.loadUpdates(id)).toHaveLength(2);
      // Counted in memory: the update's transaction wrote the log alone.
      expect(await opened.storage.listActivity(id, 10)).toEqual([]);
    }
    // A later turn is a later transaction; the same user's counts merge.
    await commit.append('a', textUpdate('again'), edit(5));
    expect(commit.transactions).toBe(2);
    await commit.flushActivity();
    expect(commit.activityWrites).toBe(1);
    expect((await opened.storage.listActivity('a', 10)).map((r) => [r.kind, r.user.id, r.updates, r.inserted])).toEqual([['edit', 'u-alice', 2, 6]]);
    for (const id of ['b', 'c']) expect((await opened.storage.listActivity(id, 10)).map((r) => [r.user.id, r.updates])).toEqual([['u-alice', 1]]);
    // Nothing counted since: no write.
    await commit.flushActivity();
    expect(commit.activityWrites).toBe(1);
    // The session grows by the next second's counts.
    await commit.append('a', textUpdate('more'), edit(2));
    await commit.flushActivity();
    expect((await opened.storage.listActivity('a', 10)).map((r) => [r.updates, r.inserted])).toEqual([[3, 8]]);
  });

  test('counts merged over several commits: the session starts at the first stored edit and ends at the last', async () => {
    const commit = new GroupCommit(opened.storage, logger, GAP_MS);
    const before = new Date().toISOString();
    await commit.append('a', textUpdate('one'), edit(1));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await commit.append('a', textUpdate('two'), edit(1));
    await commit.flushActivity();
    const [row] = await opened.storage.listActivity('a', 10);
    expect(row.startedAt >= before && row.startedAt <= between).toBe(true);
    expect(row.endedAt > row.startedAt).toBe(true);
    expect(row.updates).toBe(2);
  });

  test('the activity is written by its timer, with no flush asked', async () => {
    const commit = new GroupCommit(opened.storage, logger, GAP_MS, 20);
    await commit.append('b', textUpdate('timed'), edit(3));
    for (let i = 0; i < 500 && (await opened.storage.listActivity('b', 10)).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await opened.storage.listActivity('b', 10)).map((r) => [r.updates, r.inserted])).toEqual([[1, 3]]);
    expect(commit.activityWrites).toBe(1);
    commit.close();
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
    await commit.flushActivity(); // fails, logged
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

test('a batch grows each (article, user) session once, in (article, user) order', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
  const e = (articleId: string, userId: string, s: number, inserted: number) => ({ articleId, user: { id: userId, name: userId }, at: at(s), updates: 1, inserted, deleted: 0 });
  expect(editsInLockOrder([e('b', 'u2', 3, 1), e('a', 'u1', 1, 2), e('b', 'u2', 2, 4), e('a', 'u0', 5, 8)])).toEqual([
    { ...e('a', 'u0', 5, 8), firstAt: at(5) },
    { ...e('a', 'u1', 1, 2), firstAt: at(1) },
    { ...e('b', 'u2', 3, 5), firstAt: at(2), updates: 2 },
  ]);
});

// SQLite, in process: the turn's transaction is written synchronously (`appendBatchNow`), and each
// update's callback runs right after it in the same step — no promise, no microtask in between.
for (const [name, open] of storageImplementations()) {
  if (name !== 'sqlite') continue;
  describe('the synchronous path (sqlite)', () => {
    let opened: OpenedStorage;
    beforeEach(async () => void (opened = await openWithArticles(open)));
    afterEach(() => closeOpened(opened));

    /** The storage with its two append paths observed: `now` counts synchronous batches, `async` the others. */
    function observed(nowAnswers: boolean[] = []) {
      const calls = { now: 0, async: 0, committedNow: false };
      const storage = {
        appendBatch: (batch: Parameters<typeof opened.storage.appendBatch>[0]) => {
          calls.async++;
          return opened.storage.appendBatch(batch);
        },
        appendBatchNow: (batch: Parameters<typeof opened.storage.appendBatch>[0]) => {
          calls.now++;
          const forced = nowAnswers.shift();
          if (forced === false) return false; // as a connection held by another transaction answers
          calls.committedNow = opened.storage.appendBatchNow!(batch);
          return calls.committedNow;
        },
      };
      return { storage, calls };
    }

    test('a turn of three articles: one synchronous transaction, every callback in its step, none before it committed', async () => {
      const { storage, calls } = observed();
      const commit = new GroupCommit(storage, logger, GAP_MS);
      const seen: { id: string; error: unknown; committed: boolean; microtaskRan: boolean }[] = [];
      let microtaskRan = false;
      await new Promise<void>((resolve) => {
        for (const id of ['a', 'b', 'c']) {
          commit.appendThen(id, textUpdate(`${id}!`), edit(1), (error) => {
            if (seen.length === 0) queueMicrotask(() => (microtaskRan = true));
            seen.push({ id, error, committed: calls.committedNow, microtaskRan });
            if (seen.length === 3) resolve();
          });
        }
        expect(seen).toEqual([]); // never called back before appendThen returns
      });
      expect(seen).toEqual(['a', 'b', 'c'].map((id) => ({ id, error: null, committed: true, microtaskRan: false })));
      expect(calls).toEqual({ now: 1, async: 0, committedNow: true });
      expect(commit.transactions).toBe(1);
      for (const id of ['a', 'b', 'c']) expect(await opened.storage.loadUpdates(id)).toHaveLength(2);
      await commit.flushActivity();
      expect((await opened.storage.listActivity('a', 10)).map((r) => [r.user.id, r.updates])).toEqual([['u-alice', 1]]);
    });

    test('when the connection cannot be used now, the turn is written asynchronously, and still stored before its callbacks', async () => {
      const { storage, calls } = observed([false]);
      const commit = new GroupCommit(storage, logger, GAP_MS);
      let storedWhenCalled: number | null = null;
      await new Promise<void>((resolve, reject) =>
        commit.appendThen('a', textUpdate('later'), edit(2), (error) => {
          if (error !== null) return reject(error);
          // Counted by the callback's time: the async path resolves after its transaction committed.
          void opened.storage.loadUpdates('a').then((u) => ((storedWhenCalled = u.length), resolve()));
        }),
      );
      expect(storedWhenCalled).toBe(2);
      expect(calls).toMatchObject({ now: 1, async: 1 });
      expect(commit.transactions).toBe(1);
      // The next turn is free again: synchronous.
      await commit.append('b', textUpdate('now'), edit(1));
      expect(calls).toMatchObject({ now: 2, async: 1, committedNow: true });
    });

    test('a callback that throws is logged and holds up no other; an article that cannot be stored fails alone', async () => {
      const errors: unknown[] = [];
      const spy = { ...logger, error: (o: { err?: unknown }) => void errors.push(o.err) } as unknown as typeof logger;
      const { storage } = observed();
      const commit = new GroupCommit(storage, spy, GAP_MS);
      const results: [string, unknown][] = [];
      await new Promise<void>((resolve) => {
        const done = (id: string) => (error: unknown) => {
          results.push([id, error === null ? 'stored' : String(error)]);
          if (results.length === 4) resolve();
          if (id === 'b') throw new Error('a listener failed (test)');
        };
        for (const id of ['a', 'b', 'no-such-article', 'c']) commit.appendThen(id, textUpdate(`${id}?`), [], done(id));
      });
      expect(results.map(([id, r]) => [id, r === 'stored' ? r : 'failed'])).toEqual([
        ['a', 'stored'],
        ['b', 'stored'],
        ['no-such-article', 'failed'],
        ['c', 'stored'],
      ]);
      expect(errors.map(String)).toEqual(['Error: a listener failed (test)']);
      for (const id of ['a', 'b', 'c']) expect(await opened.storage.loadUpdates(id)).toHaveLength(2);
    });
  });
}

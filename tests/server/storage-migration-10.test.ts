/**
 * SQLite migration 10: the activity index on (article_id) alone, without ended_at (one page less in
 * every group commit's WAL). Run on an existing database file written at version 9: the activity
 * rows come back in the same order (list, pages and cursors), the group commit still grows each
 * user's latest session and opens a new one after the gap, and the update log is untouched (its
 * updates in order, new appends and compaction after them).
 */
import path from 'node:path';
import * as Y from 'yjs';
import Database from 'better-sqlite3';
import { openSqliteStorage } from '../../server/storage/sqlite';
import { openSqlitePort } from '../../server/storage/sql/sqlite-port';
import { migrate } from '../../server/storage/migrations/migrate';
import { sqliteMigrations } from '../../server/storage/migrations/sqlite';
import { activityStore } from '../../server/storage/activity-store';
import { ActivitySource } from '../../server/storage/types';
import { tempDataDir } from '../helpers/server';
import { textUpdate } from '../helpers/updates';

const textOf = (updates: Uint8Array[]): string => {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
};

const GAP_MS = 5 * 60 * 1000;
const t = (minutes: number) => new Date(Date.parse('2026-12-06T00:00:00.000Z') + minutes * 60_000).toISOString();

test('migration 10 on a version-9 file keeps every activity row and update in order; sessions, appends and compaction work after it', async () => {
  const file = path.join(tempDataDir(), 'v9.sqlite');
  const port = openSqlitePort(file);
  await migrate(port, sqliteMigrations.filter((m) => m.version <= 9));
  const docs = { a: new Y.Doc(), b: new Y.Doc(), gone: new Y.Doc() };
  for (const id of Object.keys(docs)) {
    await port.run("INSERT INTO articles (id, headline, status, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?)", [id, id, t(0), t(0)]);
  }
  // Interleaved appends, then one article deleted (its entries cascade away).
  for (const [i, word] of ['one ', 'two ', 'three '].entries()) {
    await port.run('INSERT INTO doc_updates (article_id, data) VALUES (?, ?)', ['a', textUpdate(docs.a, word)]);
    await port.run('INSERT INTO doc_updates (article_id, data) VALUES (?, ?)', ['b', textUpdate(docs.b, `${i}`)]);
    await port.run('INSERT INTO doc_updates (article_id, data) VALUES (?, ?)', ['gone', textUpdate(docs.gone, 'x')]);
  }
  await port.run("DELETE FROM articles WHERE id = 'gone'");
  // Activity of 'a' whose ended_at order differs from its id order, with a tie on ended_at:
  // u1's first session (id 1) ended after u2's (id 2); u1's second session (id 3) is its latest.
  const session = (user: string, started: number, ended: number) =>
    port.run(
      "INSERT INTO article_activity (article_id, kind, user_id, user_name, started_at, ended_at, updates, inserted, deleted, detail) VALUES ('a', 'edit', ?, ?, ?, ?, 1, 1, 0, '{}')",
      [user, user.toUpperCase(), t(started), t(ended)],
    );
  await session('u1', 0, 20);
  await session('u2', 1, 5);
  await session('u1', 40, 50);
  await port.run(
    "INSERT INTO article_activity (article_id, kind, user_id, user_name, started_at, ended_at, updates, inserted, deleted, detail) VALUES ('a', 'quote-confirmed', 'u2', 'U2', ?, ?, 0, 0, 0, '{\"quote\":1}')",
    [t(20), t(20)],
  );
  const rowsBefore = port.db.prepare('SELECT seq, article_id, data FROM doc_updates ORDER BY article_id, seq').all();
  expect(rowsBefore).toHaveLength(6);
  const activity = activityStore(port);
  const listBefore = await activity.listActivity('a', 10);
  const firstPageBefore = await activity.activityPage('a', null, 2);
  const cursor = { at: t(20), source: ActivitySource.session, id: 4 };
  const secondPageBefore = await activity.activityPage('a', cursor, 10);
  expect(listBefore.map((r) => r.id)).toEqual([3, 4, 1, 2]);
  await port.close();

  const storage = await openSqliteStorage(file);
  try {
    // The same updates, the same order, the same activity rows in the same order.
    expect(textOf(await storage.loadUpdates('a'))).toBe('one two three ');
    expect(textOf(await storage.loadUpdates('b'))).toBe('012');
    expect(await storage.listActivity('a', 10)).toEqual(listBefore);
    expect(await storage.activityPage('a', null, 2)).toEqual(firstPageBefore);
    expect(await storage.activityPage('a', cursor, 10)).toEqual(secondPageBefore);

    // New appends, alone and in a group commit, sort after each article's newest entry.
    await storage.appendUpdate('a', textUpdate(docs.a, 'four '));
    await storage.appendBatch({
      updates: [
        { articleId: 'b', update: textUpdate(docs.b, '3') },
        { articleId: 'a', update: textUpdate(docs.a, 'five') },
        { articleId: 'b', update: textUpdate(docs.b, '4') },
      ],
      // u1's latest session (id 3, ended at 50) grows, not the one that ends first by id (1).
      edits: [{ articleId: 'a', user: { id: 'u1', name: 'U1' }, at: t(52), updates: 2, inserted: 5, deleted: 0 }],
      gapMs: GAP_MS,
    });
    expect(textOf(await storage.loadUpdates('a'))).toBe('one two three four five');
    expect(textOf(await storage.loadUpdates('b'))).toBe('01234');
    const grown = (await storage.listActivity('a', 10)).find((r) => r.id === 3)!;
    expect(grown).toMatchObject({ endedAt: t(52), updates: 3, inserted: 6 });
    // u2 last edited at 5: over the gap, so a new session opens (id 5).
    await storage.appendBatch({ updates: [], edits: [{ articleId: 'a', user: { id: 'u2', name: 'U2' }, at: t(53), updates: 1, inserted: 1, deleted: 0 }], gapMs: GAP_MS });
    expect((await storage.listActivity('a', 10)).map((r) => [r.id, r.endedAt])).toEqual([
      [5, t(53)],
      [3, t(52)],
      [4, t(20)],
      [1, t(20)],
      [2, t(5)],
    ]);

    // Compaction merges an article's entries in order and keeps the newest seq; appends continue above it.
    await storage.compactUpdates('a');
    expect(await storage.loadUpdates('a')).toHaveLength(1);
    expect(textOf(await storage.loadUpdates('a'))).toBe('one two three four five');
    await storage.appendUpdate('a', textUpdate(docs.a, ' six'));
    expect(textOf(await storage.loadUpdates('a'))).toBe('one two three four five six');
  } finally {
    await storage.close();
  }

  const db = new Database(file, { readonly: true });
  try {
    expect((db.prepare('PRAGMA index_info(article_activity_by_article)').all() as { name: string }[]).map((c) => c.name)).toEqual(['article_id']);
    // The update log is as migration 9 left it: a rowid table and its (article_id, seq) index, rows kept.
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'doc_updates'").get() as { sql: string };
    expect(table.sql).not.toMatch(/WITHOUT ROWID/i);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'doc_updates%' ORDER BY name").all()).toEqual([
      { name: 'doc_updates' },
      { name: 'doc_updates_by_article' },
    ]);
    const b = db.prepare("SELECT seq, article_id, data FROM doc_updates WHERE article_id = 'b' ORDER BY seq").all();
    expect(b.slice(0, 3)).toEqual((rowsBefore as { article_id: string }[]).filter((r) => r.article_id === 'b'));
    expect(b).toHaveLength(5);
  } finally {
    db.close();
  }

  // The cascade from articles still reaches the activity rows.
  const again = openSqlitePort(file);
  await again.run("DELETE FROM articles WHERE id = 'a'");
  expect(again.db.prepare("SELECT COUNT(*) AS n FROM article_activity WHERE article_id = 'a'").get()).toEqual({ n: 0 });
  await again.close();
});

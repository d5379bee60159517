/**
 * SQLite migration 9 drops AUTOINCREMENT from the update log (one page less in every group commit's
 * WAL). Run on an existing database file written at version 8: every stored update comes back in
 * its order, new appends sort after them, the index and the cascade from `articles` still hold, and
 * no append writes `sqlite_sequence` any more.
 */
import path from 'node:path';
import * as Y from 'yjs';
import Database from 'better-sqlite3';
import { openSqliteStorage } from '../../server/storage/sqlite';
import { openSqlitePort } from '../../server/storage/sql/sqlite-port';
import { migrate } from '../../server/storage/migrations/migrate';
import { sqliteMigrations } from '../../server/storage/migrations/sqlite';
import { tempDataDir } from '../helpers/server';
import { textUpdate } from '../helpers/updates';

const textOf = (updates: Uint8Array[]): string => {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
};

test('migration 9 on a version-8 file keeps every update in order, and appends no longer write sqlite_sequence', async () => {
  const file = path.join(tempDataDir(), 'v8.sqlite');
  const port = openSqlitePort(file);
  await migrate(port, sqliteMigrations.filter((m) => m.version <= 8));
  const now = '2026-12-06T00:00:00.000Z';
  const docs = { a: new Y.Doc(), b: new Y.Doc(), gone: new Y.Doc() };
  for (const id of Object.keys(docs)) {
    await port.run("INSERT INTO articles (id, headline, status, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?)", [id, id, now, now]);
  }
  // Interleaved appends; then the newest rows deleted, so sqlite_sequence runs ahead of max(seq).
  for (const [i, word] of ['one ', 'two ', 'three '].entries()) {
    await port.run('INSERT INTO doc_updates (article_id, data) VALUES (?, ?)', ['a', textUpdate(docs.a, word)]);
    await port.run('INSERT INTO doc_updates (article_id, data) VALUES (?, ?)', ['b', textUpdate(docs.b, `${i}`)]);
    await port.run('INSERT INTO doc_updates (article_id, data) VALUES (?, ?)', ['gone', textUpdate(docs.gone, 'x')]);
  }
  await port.run("DELETE FROM articles WHERE id = 'gone'");
  const before = port.db.prepare('SELECT seq, article_id FROM doc_updates ORDER BY seq').all();
  expect(before).toHaveLength(6);
  await port.close();

  const storage = await openSqliteStorage(file);
  try {
    expect(textOf(await storage.loadUpdates('a'))).toBe('one two three ');
    expect(textOf(await storage.loadUpdates('b'))).toBe('012');
    await storage.appendUpdate('a', textUpdate(docs.a, 'four'));
    await storage.appendUpdate('b', textUpdate(docs.b, '3'));
    expect(textOf(await storage.loadUpdates('a'))).toBe('one two three four');
    expect(textOf(await storage.loadUpdates('b'))).toBe('0123');
  } finally {
    await storage.close();
  }

  const db = new Database(file, { readonly: true });
  try {
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'doc_updates'").get() as { sql: string };
    expect(table.sql).not.toMatch(/AUTOINCREMENT/i);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'doc_updates%' ORDER BY name").all()).toEqual([
      { name: 'doc_updates' },
      { name: 'doc_updates_by_article' },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_sequence WHERE name LIKE 'doc_updates%'").all()).toEqual([]);
    // The rows kept their seqs; the new ones sort after every row present.
    const after = db.prepare('SELECT seq, article_id FROM doc_updates ORDER BY seq').all() as { seq: number; article_id: string }[];
    expect(after.slice(0, 6)).toEqual(before);
    expect(after.slice(6).map((r) => r.article_id)).toEqual(['a', 'b']);
    expect(after[6].seq).toBeGreaterThan(after[5].seq);
    expect(db.prepare('PRAGMA foreign_key_list(doc_updates)').all()).toEqual([
      expect.objectContaining({ table: 'articles', from: 'article_id', to: 'id', on_delete: 'CASCADE' }),
    ]);
  } finally {
    db.close();
  }

  // The cascade still holds on the copied table.
  const again = openSqlitePort(file);
  await again.run("DELETE FROM articles WHERE id = 'b'");
  expect(again.db.prepare("SELECT COUNT(*) AS n FROM doc_updates WHERE article_id = 'b'").get()).toEqual({ n: 0 });
  await again.close();
});

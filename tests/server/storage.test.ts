/**
 * The storage contract, run against every implementation (SQLite now). Real database files.
 */
import path from 'node:path';
import * as Y from 'yjs';
import Database from 'better-sqlite3';
import { openSqliteStorage } from '../../server/storage/sqlite';
import { sqliteMigrations } from '../../server/storage/migrations';
import type { ArticleRecord, Storage } from '../../server/storage/types';
import { tempDataDir } from '../helpers/server';

const implementations: [string, () => Promise<{ storage: Storage; reopen: () => Promise<Storage> }>][] = [
  [
    'sqlite',
    async () => {
      const file = path.join(tempDataDir(), 'nested', 'copydesk.sqlite');
      return { storage: openSqliteStorage(file), reopen: async () => openSqliteStorage(file) };
    },
  ],
];

function record(id: string, createdAt: string): ArticleRecord {
  return { id, headline: `Headline ${id}`, status: 'draft', createdAt, updatedAt: createdAt };
}

function textUpdate(doc: Y.Doc, s: string): Uint8Array {
  let captured: Uint8Array | null = null;
  const on = (u: Uint8Array) => (captured = u);
  doc.on('update', on);
  const t = doc.getText('t');
  t.insert(t.length, s);
  doc.off('update', on);
  return captured!;
}

describe.each(implementations)('%s storage', (_name, open) => {
  let storage: Storage;
  let reopen: () => Promise<Storage>;
  beforeEach(async () => {
    ({ storage, reopen } = await open());
  });
  afterEach(() => storage.close());

  test('creates, reads and touches articles', async () => {
    const r = record('a1', '2026-01-01T00:00:00.000Z');
    await storage.createArticle(r, new Uint8Array([0, 0]));
    expect(await storage.getArticle('a1')).toEqual(r);
    expect(await storage.getArticle('nope')).toBeNull();
    await storage.touchArticle('a1', 'New headline', '2026-01-02T00:00:00.000Z');
    expect(await storage.getArticle('a1')).toEqual({ ...r, headline: 'New headline', updatedAt: '2026-01-02T00:00:00.000Z' });
  });

  test('refuses a duplicate id and keeps the first', async () => {
    await storage.createArticle(record('dup', '2026-01-01T00:00:00.000Z'), new Uint8Array([0, 0]));
    // Checked by shape, not `toThrow` (instanceof Error): when a jest worker reuses the native module, its
    // errors are built in an earlier test file's realm, and `toThrow` then reports "did not throw".
    await expect(storage.createArticle(record('dup', '2026-02-01T00:00:00.000Z'), new Uint8Array([0, 0]))).rejects.toHaveProperty(
      'message',
      expect.any(String),
    );
    expect((await storage.getArticle('dup'))?.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(await storage.loadUpdates('dup')).toHaveLength(1);
  });

  test('lists newest first with a keyset cursor, ties broken by id', async () => {
    const same = '2026-03-01T00:00:00.000Z';
    for (const [id, at] of [['b', same], ['c', same], ['a', '2026-01-01T00:00:00.000Z'], ['d', '2026-04-01T00:00:00.000Z']]) {
      await storage.createArticle(record(id, at), new Uint8Array([0, 0]));
    }
    const first = await storage.listArticles({ limit: 2 });
    expect(first.items.map((r) => r.id)).toEqual(['d', 'c']);
    expect(first.next).toEqual({ createdAt: same, id: 'c' });
    const second = await storage.listArticles({ limit: 2, after: first.next! });
    expect(second.items.map((r) => r.id)).toEqual(['b', 'a']);
    expect(second.next).toBeNull();
  });

  test('appends, loads in order, and compacts into one equivalent update', async () => {
    const doc = new Y.Doc();
    await storage.createArticle(record('x', '2026-01-01T00:00:00.000Z'), Y.encodeStateAsUpdate(doc));
    for (let i = 0; i < 30; i++) await storage.appendUpdate('x', textUpdate(doc, `${i},`));
    const before = await storage.loadUpdates('x');
    expect(before).toHaveLength(31);

    await storage.compactUpdates('x');
    const after = await storage.loadUpdates('x');
    expect(after).toHaveLength(1);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, after[0]);
    expect(restored.getText('t').toString()).toBe(doc.getText('t').toString());

    // Appends after a compaction keep their order behind the merged entry.
    await storage.appendUpdate('x', textUpdate(doc, 'tail'));
    const again = new Y.Doc();
    for (const u of await storage.loadUpdates('x')) Y.applyUpdate(again, u);
    expect(again.getText('t').toString().endsWith('29,tail')).toBe(true);
  });

  test('everything survives closing and reopening; migrations run once', async () => {
    const doc = new Y.Doc();
    await storage.createArticle(record('keep', '2026-01-01T00:00:00.000Z'), Y.encodeStateAsUpdate(doc));
    await storage.appendUpdate('keep', textUpdate(doc, 'durable'));
    await storage.close();
    storage = await reopen();
    const restored = new Y.Doc();
    for (const u of await storage.loadUpdates('keep')) Y.applyUpdate(restored, u);
    expect(restored.getText('t').toString()).toBe('durable');
    expect(await storage.getArticle('keep')).not.toBeNull();
  });

  test('loading an unknown article gives no updates', async () => {
    expect(await storage.loadUpdates('missing')).toEqual([]);
  });
});

test('sqlite migrations are recorded once per version', () => {
  const file = path.join(tempDataDir(), 'm.sqlite');
  openSqliteStorage(file).close();
  openSqliteStorage(file).close();
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT version FROM schema_migrations').all();
  db.close();
  expect(rows).toEqual(sqliteMigrations.map((m) => ({ version: m.version })));
});

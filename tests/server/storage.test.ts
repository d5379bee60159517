/**
 * The storage contract, run against every implementation: SQLite (real database files) and Postgres
 * (a fresh schema per test; see tests/helpers/postgres.ts for when it runs, skips or fails).
 */
import path from 'node:path';
import * as Y from 'yjs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openSqliteStorage } from '../../server/storage/sqlite';
import { openPostgresStorage } from '../../server/storage/postgres';
import { sqliteMigrations } from '../../server/storage/migrations/sqlite';
import { postgresMigrations } from '../../server/storage/migrations/postgres';
import { DuplicateNameError, type ArticleRecord, type Storage } from '../../server/storage/types';
import { tempDataDir } from '../helpers/server';
import { storageImplementations, type OpenedStorage } from '../helpers/storage-impls';
import { createTestSchema, testPostgresUrl } from '../helpers/postgres';
import { textUpdate } from '../helpers/updates';

const postgresUrl = testPostgresUrl();
const implementations = storageImplementations();

function record(id: string, createdAt: string): ArticleRecord {
  return { id, headline: `Headline ${id}`, status: 'draft', createdAt, updatedAt: createdAt };
}

describe.each(implementations)('%s storage', (_name, open) => {
  let storage: Storage;
  let reopen: OpenedStorage['reopen'];
  let sql: OpenedStorage['sql'];
  let dispose: OpenedStorage['dispose'];
  beforeEach(async () => {
    ({ storage, reopen, sql, dispose } = await open());
  });
  afterEach(async () => {
    await storage.close();
    await dispose();
  });

  test('creates, reads and touches articles', async () => {
    const r = record('a1', '2026-01-01T00:00:00.000Z');
    await storage.createArticle(r, new Uint8Array([0, 0]));
    expect(await storage.getArticle('a1')).toEqual(r);
    expect(await storage.getArticle('nope')).toBeNull();
    await storage.touchArticle('a1', 'New headline', '2026-01-02T00:00:00.000Z');
    expect(await storage.getArticle('a1')).toEqual({ ...r, headline: 'New headline', updatedAt: '2026-01-02T00:00:00.000Z' });
    await storage.createArticle(record('a2', '2026-01-01T00:00:00.000Z'), new Uint8Array([0, 0]));
    await storage.touchArticles([
      { id: 'a1', headline: 'Batch one', updatedAt: '2026-01-03T00:00:00.000Z' },
      { id: 'a2', headline: 'Batch two', updatedAt: '2026-01-03T00:00:01.000Z' },
      { id: 'nope', headline: 'Nobody', updatedAt: '2026-01-03T00:00:02.000Z' },
    ]);
    expect(await storage.getArticle('a1')).toMatchObject({ headline: 'Batch one', updatedAt: '2026-01-03T00:00:00.000Z' });
    expect(await storage.getArticle('a2')).toMatchObject({ headline: 'Batch two', updatedAt: '2026-01-03T00:00:01.000Z' });
    expect(await storage.getArticle('nope')).toBeNull();
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

  test('lists only the articles in a status when asked, with the same keyset paging', async () => {
    const at = (d: number) => `2026-05-0${d}T00:00:00.000Z`;
    for (const [id, d] of [['s1', 1], ['s2', 2], ['s3', 3], ['s4', 4]] as const) {
      await storage.createArticle(record(id, at(d)), new Uint8Array([0, 0]));
    }
    await storage.publishRevision('s1', at(5), '<article></article>', '{}');
    await storage.publishRevision('s3', at(6), '<article></article>', '{}');
    const first = await storage.listArticles({ limit: 1, status: 'published' });
    expect(first.items.map((r) => r.id)).toEqual(['s3']);
    const second = await storage.listArticles({ limit: 1, status: 'published', after: first.next! });
    expect(second.items.map((r) => r.id)).toEqual(['s1']);
    expect(second.next).toBeNull();
    expect((await storage.listArticles({ limit: 10, status: 'draft' })).items.map((r) => r.id)).toEqual(['s4', 's2']);
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

  test('compacting a long log (more entries than one statement deletes) keeps every change', async () => {
    const doc = new Y.Doc();
    await storage.createArticle(record('long', '2026-01-01T00:00:00.000Z'), Y.encodeStateAsUpdate(doc));
    for (let i = 0; i < 1100; i++) await storage.appendUpdate('long', textUpdate(doc, `${i % 10}`));
    await storage.compactUpdates('long');
    const after = await storage.loadUpdates('long');
    expect(after).toHaveLength(1);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, after[0]);
    expect(restored.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  test('loading an unknown article gives no updates', async () => {
    expect(await storage.loadUpdates('missing')).toEqual([]);
  });

  test('compaction runs alongside appends and other compactions without losing an entry', async () => {
    const doc = new Y.Doc();
    await storage.createArticle(record('busy', '2026-01-01T00:00:00.000Z'), Y.encodeStateAsUpdate(doc));
    for (let i = 0; i < 20; i++) await storage.appendUpdate('busy', textUpdate(doc, `${i},`));
    // A few rounds: a racy implementation does not lose an entry every time.
    for (let round = 0; round < 3; round++) {
      const tail = Array.from({ length: 10 }, (_, i) => textUpdate(doc, `r${round}t${i},`));
      await Promise.all([
        storage.compactUpdates('busy'),
        ...tail.map((u) => storage.appendUpdate('busy', u)),
        storage.compactUpdates('busy'),
      ]);
    }
    const restored = new Y.Doc();
    for (const u of await storage.loadUpdates('busy')) Y.applyUpdate(restored, u);
    expect(restored.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  test('publishes numbered revisions, even concurrently, and refuses to change one', async () => {
    await storage.createArticle(record('p', '2026-01-01T00:00:00.000Z'), new Uint8Array([0, 0]));
    expect(await storage.latestPublished('p')).toBeNull();
    const first = await storage.publishRevision('p', '2026-01-02T00:00:00.000Z', '<p>one</p>', '{"n":1}');
    expect(first).toEqual({ articleId: 'p', revision: 1, publishedAt: '2026-01-02T00:00:00.000Z', html: '<p>one</p>', docJson: '{"n":1}' });
    const more = await Promise.all([2, 3, 4].map((n) => storage.publishRevision('p', `2026-01-0${n + 1}T00:00:00.000Z`, `<p>${n}</p>`, '{}')));
    expect(more.map((r) => r.revision).sort()).toEqual([2, 3, 4]);
    expect((await storage.latestPublished('p'))?.revision).toBe(4);
    expect(await storage.getArticle('p')).toMatchObject({ status: 'published' });
    await expect(sql("UPDATE published_revisions SET html = 'changed'")).rejects.toHaveProperty('message', expect.stringMatching(/immutable/));
    await expect(storage.publishRevision('missing', '2026-01-02T00:00:00.000Z', '', '{}')).rejects.toHaveProperty('message', expect.any(String));
    expect(await storage.latestPublished('missing')).toBeNull();
  });

  test('text with a NUL character is stored, the NUL at worst dropped (Postgres cannot hold it)', async () => {
    const noNul = (s: string | undefined) => s?.replace(/\0/g, '');
    await storage.createArticle({ ...record('nul', '2026-01-01T00:00:00.000Z'), headline: 'Head\u0000line' }, new Uint8Array([0, 0]));
    expect(noNul((await storage.getArticle('nul'))?.headline)).toBe('Headline');
    await storage.touchArticle('nul', 'New\u0000 headline', '2026-01-02T00:00:00.000Z');
    expect(noNul((await storage.getArticle('nul'))?.headline)).toBe('New headline');
    const revision = await storage.publishRevision('nul', '2026-01-03T00:00:00.000Z', '<p>a\u0000b</p>', JSON.stringify({ text: 'a\u0000b' }));
    expect(await storage.latestPublished('nul')).toEqual(revision);
    expect(noNul(revision.html)).toBe('<p>ab</p>');
  });

  test('user names are unique regardless of case; users listed by name', async () => {
    const user = (id: string, name: string) =>
      ({ id, name, role: 'editor', passwordHash: 'hash', disabled: false, createdAt: '2026-01-01T00:00:00.000Z' }) as const;
    await storage.createUser(user('u1', 'Zoe'));
    await storage.createUser(user('u2', 'adam'));
    await expect(storage.createUser(user('u3', 'ZOE'))).rejects.toBeInstanceOf(DuplicateNameError);
    expect((await storage.getUserByName('zoe'))?.id).toBe('u1');
    expect(await storage.getUserByName('nobody')).toBeNull();
    expect((await storage.listUsers()).map((u) => u.name)).toEqual(['adam', 'Zoe']);
    await storage.setUserRole('u1', 'admin');
    await storage.setUserDisabled('u1', true);
    expect(await storage.getUser('u1')).toEqual({ ...user('u1', 'Zoe'), role: 'admin', disabled: true });
    expect(await storage.getUser('u3')).toBeNull();
    await storage.setUserDisabled('u1', false);
    expect(await storage.getUserByName('ZoE')).toEqual({ ...user('u1', 'Zoe'), role: 'admin', disabled: false });
    // A taken id is refused too, but it is not a taken name.
    const byId = storage.createUser(user('u1', 'Yann'));
    await expect(byId).rejects.toHaveProperty('message', expect.any(String));
    await expect(byId).rejects.not.toBeInstanceOf(DuplicateNameError);
    expect(await storage.getUserByName('Yann')).toBeNull();
  });

  test('the audit log: newest first, paged by seq, append-only', async () => {
    for (let i = 0; i < 5; i++) {
      await storage.appendAudit({ at: `2026-01-0${i + 1}T00:00:00.000Z`, actor: i % 2 ? 'ann' : null, action: 'login', articleId: i === 4 ? 'a1' : null, detail: { i } });
    }
    const first = await storage.listAudit({ limit: 3 });
    expect(first.map((e) => e.detail.i)).toEqual([4, 3, 2]);
    expect(first[0]).toEqual({ seq: expect.any(Number), at: '2026-01-05T00:00:00.000Z', actor: null, action: 'login', articleId: 'a1', detail: { i: 4 } });
    expect((await storage.listAudit({ limit: 3, before: first[2].seq })).map((e) => [e.actor, e.detail.i])).toEqual([['ann', 1], [null, 0]]);
    await expect(sql("UPDATE audit_log SET actor = 'mallory'")).rejects.toHaveProperty('message', expect.stringMatching(/append-only/));
  });
});

test('sqlite migrations are recorded once per version', async () => {
  const file = path.join(tempDataDir(), 'm.sqlite');
  await (await openSqliteStorage(file)).close();
  await (await openSqliteStorage(file)).close();
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT version FROM schema_migrations').all();
  db.close();
  expect(rows).toEqual(sqliteMigrations.map((m) => ({ version: m.version })));
});

(postgresUrl ? describe : describe.skip)('postgres migrations', () => {
  test('two instances starting together on one schema apply each migration once', async () => {
    const url = postgresUrl!;
    const schema = await createTestSchema(url);
    try {
      const both = await Promise.all([openPostgresStorage(url, schema.poolConfig), openPostgresStorage(url, schema.poolConfig)]);
      await Promise.all(both.map((s) => s.close()));
      await (await openPostgresStorage(url, schema.poolConfig)).close();
      const c = new pg.Client({ connectionString: url, ...schema.poolConfig });
      await c.connect();
      const { rows } = await c.query('SELECT version FROM schema_migrations ORDER BY version');
      await c.end();
      expect(rows).toEqual(postgresMigrations.map((m) => ({ version: m.version })));
      expect(postgresMigrations.map((m) => m.version)).toEqual(sqliteMigrations.map((m) => m.version));
    } finally {
      await schema.drop();
    }
  });
});

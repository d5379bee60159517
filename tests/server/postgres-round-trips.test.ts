/**
 * Round trips to Postgres on the typing path, besides the group commit (edit-sessions-batch.test.ts).
 * The desk index: while an article is typed into (its desk row unchanged, never published), indexing
 * it is one round trip — the row locked and read and the full text written in one statement — where
 * it was BEGIN, SELECT … FOR UPDATE, the full-text write and COMMIT. Whatever else (a first indexing,
 * a changed section or byline, a slug another article holds, a published article's content hash)
 * takes the transaction as before, with the same fields, rows and search results. The article rows'
 * refresh (ArticleTouches): one statement for all the rows due, where it was one per row; two
 * instances refreshing the same rows at once do not deadlock. Skipped (with a warning) or failed
 * (under CI) without Postgres: tests/helpers/postgres.ts.
 */
import { openPostgresPort } from '../../server/storage/sql/postgres-port';
import { storageOver } from '../../server/storage/open-storage';
import { postgresMigrations } from '../../server/storage/migrations/postgres';
import type { ArticleRecord, DeskIndexEntry, Storage } from '../../server/storage/types';
import { createTestSchema, testPostgresUrl, type TestSchema } from '../helpers/postgres';

const url = testPostgresUrl();
const AT = '2026-03-01T10:00:00.000Z';
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const record = (id: string): ArticleRecord => ({ id, headline: id, status: 'draft', createdAt: AT, updatedAt: AT });
const entry = (articleId: string, over: Partial<DeskIndexEntry> = {}): DeskIndexEntry => ({
  articleId,
  headline: 'Headline',
  body: 'Body text',
  section: 'Politics',
  slug: '',
  byline: 'Ada Reporter',
  contentHash: () => 'hash-of-now',
  ...over,
});

(url ? describe : describe.skip)('round trips to Postgres', () => {
  let schema: TestSchema;
  let storage: Storage;
  let port: ReturnType<typeof openPostgresPort>;
  let roundTrips = 0;
  const trips = async <T>(f: () => Promise<T>): Promise<{ n: number; value: T }> => {
    const before = roundTrips;
    const value = await f();
    return { n: roundTrips - before, value };
  };
  const search = async (word: string) => (await storage.findArticles({ words: [word], limit: 10 })).items.map((a) => a.id);
  const deskRow = (id: string) =>
    port.get('SELECT section, slug, slug_taken, byline, content_hash, published_hash FROM article_desk WHERE article_id = ?', [id]);

  beforeEach(async () => {
    schema = await createTestSchema(url!);
    port = openPostgresPort(url!, schema.poolConfig);
    port.pool.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => (roundTrips++, query(...args));
    });
    storage = await storageOver('postgres', port, postgresMigrations);
    for (const n of [1, 2]) await storage.createArticle(record(ID(n)), new Uint8Array([0, 0]));
  });
  afterEach(async () => {
    await storage.close();
    await schema.drop();
  });

  test('typing into an indexed draft is one round trip per indexing, and search follows the text', async () => {
    const first = await trips(() => storage.indexArticle(entry(ID(1), { body: 'the mayor resigned' })));
    expect(first.n).toBeGreaterThan(1); // a new desk row: the transaction
    const typed = await trips(() => storage.indexArticle(entry(ID(1), { body: 'the mayor resigned on Tuesday' })));
    expect(typed.n).toBe(1);
    expect(typed.value).toEqual(first.value);
    expect(typed.value).toEqual({ section: 'Politics', slug: null, slugTaken: null, byline: 'Ada Reporter', publishedAt: null, changedSincePublish: false });
    expect(await search('tuesday')).toEqual([ID(1)]);
    // The headline is in the full text too.
    expect((await trips(() => storage.indexArticle(entry(ID(1), { headline: 'Mayor quits', body: 'the mayor resigned' })))).n).toBe(1);
    expect(await search('quits')).toEqual([ID(1)]);
    expect(await search('tuesday')).toEqual([]);
  });

  test('a valid slug kept is one round trip; a slug another article takes meanwhile is reported taken, as before', async () => {
    await storage.indexArticle(entry(ID(1), { slug: 'mayor-resigns' }));
    const kept = await trips(() => storage.indexArticle(entry(ID(1), { slug: 'mayor-resigns', body: 'more words' })));
    expect(kept.n).toBe(1);
    expect(kept.value.slug).toBe('mayor-resigns');
    // Article 2 wants the same slug: taken, not given.
    const second = await storage.indexArticle(entry(ID(2), { slug: 'mayor-resigns' }));
    expect(second).toMatchObject({ slug: null, slugTaken: 'mayor-resigns' });
    const again = await trips(() => storage.indexArticle(entry(ID(2), { slug: 'mayor-resigns', body: 'typed on' })));
    expect(again.n).toBe(1);
    expect(again.value).toMatchObject({ slug: null, slugTaken: 'mayor-resigns' });
    // Article 1 gives the slug up: article 2's next indexing gets it (its row changes: the transaction).
    await storage.indexArticle(entry(ID(1), { slug: 'mayor-steps-down' }));
    const freed = await trips(() => storage.indexArticle(entry(ID(2), { slug: 'mayor-resigns' })));
    expect(freed.n).toBeGreaterThan(1);
    expect(freed.value).toMatchObject({ slug: 'mayor-resigns', slugTaken: null });
    expect(await deskRow(ID(2))).toMatchObject({ slug: 'mayor-resigns', slug_taken: null });
  });

  test('a changed field or a published article takes the transaction, and its row and fields are written', async () => {
    await storage.indexArticle(entry(ID(1)));
    const moved = await trips(() => storage.indexArticle(entry(ID(1), { section: 'Sport', body: 'the match' })));
    expect(moved.n).toBeGreaterThan(1);
    expect(moved.value.section).toBe('Sport');
    expect(await deskRow(ID(1))).toMatchObject({ section: 'Sport', byline: 'Ada Reporter' });
    expect(await search('match')).toEqual([ID(1)]);
    // Published with the hash of now: typing on changes the content hash, so the row is written each time.
    await storage.recordPublishedHash(ID(1), 'hash-at-publish', AT);
    const changed = await trips(() => storage.indexArticle(entry(ID(1), { section: 'Sport', body: 'the match, later' })));
    expect(changed.n).toBeGreaterThan(1);
    expect(changed.value).toMatchObject({ changedSincePublish: true, publishedAt: AT });
    expect(await deskRow(ID(1))).toMatchObject({ content_hash: 'hash-of-now', published_hash: 'hash-at-publish' });
    const back = await storage.indexArticle(entry(ID(1), { section: 'Sport', contentHash: () => 'hash-at-publish' }));
    expect(back.changedSincePublish).toBe(false);
  });

  test('refreshing 50 article rows is one statement, and every row gets its own headline and time', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => ID(100 + i));
    for (const id of ids) await storage.createArticle(record(id), new Uint8Array([0, 0]));
    const rows = ids.map((id, i) => ({ id, headline: `Headline ${i} — “quoted”, 'single', back\\slash\0`, updatedAt: `2026-03-02T10:00:${String(i).padStart(2, '0')}.000Z` }));
    const touched = await trips(() => storage.touchArticles([...rows, { id: ID(999), headline: 'Nobody', updatedAt: AT }]));
    expect(touched.n).toBe(1);
    for (const [i, id] of ids.entries()) {
      expect(await storage.getArticle(id)).toMatchObject({ headline: rows[i].headline.replace('\0', ''), updatedAt: rows[i].updatedAt });
    }
    expect(await storage.getArticle(ID(999))).toBeNull();
  });

  test('two instances refreshing the same rows at once, in opposite orders, both succeed', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => ID(200 + i));
    for (const id of ids) await storage.createArticle(record(id), new Uint8Array([0, 0]));
    const other = await storageOver('postgres', openPostgresPort(url!, schema.poolConfig), postgresMigrations);
    try {
      const batch = (who: string, k: number, order: string[]) => order.map((id) => ({ id, headline: `${who} ${k}`, updatedAt: AT }));
      for (let k = 0; k < 10; k++) {
        await Promise.all([storage.touchArticles(batch('one', k, ids)), other.touchArticles(batch('two', k, [...ids].reverse()))]);
      }
      const headlines = new Set(await Promise.all(ids.map(async (id) => (await storage.getArticle(id))!.headline)));
      expect([...headlines].every((h) => h === 'one 9' || h === 'two 9')).toBe(true);
    } finally {
      await other.close();
    }
  });
});

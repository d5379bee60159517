/**
 * The DeskStore and WorkflowStore contract (migration 6) on every implementation (SQLite, and
 * Postgres in a fresh schema when reachable): a move checks the current status in its transaction
 * (concurrent moves from one status: exactly one wins); a publish with unchanged content records
 * no revision; the mirror keeps slugs unique and says which slug was taken; full-text search and
 * filters; everything survives a reopen.
 */
import type { ArticleRecord, DeskIndexEntry, Storage } from '../../server/storage/types';
import { storageImplementations, type OpenedStorage } from '../helpers/storage-impls';

const AT = '2026-03-01T10:00:00.000Z';
const record = (id: string, createdAt = AT): ArticleRecord => ({ id, headline: id, status: 'draft', createdAt, updatedAt: createdAt });
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const entry = (articleId: string, over: Partial<DeskIndexEntry> = {}): DeskIndexEntry => ({
  articleId,
  headline: 'Headline',
  body: 'Body text',
  section: '',
  slug: '',
  byline: '',
  contentHash: () => 'h0',
  ...over,
});

describe.each(storageImplementations())('%s desk and workflow stores', (_name, open) => {
  let storage: Storage;
  let reopen: OpenedStorage['reopen'];
  let dispose: OpenedStorage['dispose'];
  beforeEach(async () => {
    ({ storage, reopen, dispose } = await open());
    for (const n of [1, 2, 3]) await storage.createArticle(record(ID(n), `2026-03-01T10:00:0${n}.000Z`), new Uint8Array([0, 0]));
  });
  afterEach(async () => {
    await storage.close();
    await dispose();
  });

  test('concurrent moves from one status: exactly one wins, the other sees the new status', async () => {
    const t = (to: 'in_review' | 'ready') => storage.transitionArticle({ articleId: ID(1), from: 'draft', to, at: AT, actor: 'ed', reason: null });
    const outcomes = await Promise.all([t('in_review'), t('ready')]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const lost = outcomes.find((o) => !o.ok);
    expect(lost).toEqual({ ok: false, current: (await storage.getArticle(ID(1)))?.status });
    expect(await storage.transitionArticle({ articleId: ID(9), from: 'draft', to: 'ready', at: AT, actor: 'ed', reason: null })).toEqual({ ok: false, current: null });
  });

  test('publishing unchanged content answers the latest revision; changed content records the next', async () => {
    const pub = (html: string, hash: string) =>
      storage.transitionArticle({ articleId: ID(1), from: null, to: 'published', at: AT, actor: 'ed', reason: null }, { html, docJson: '{}', contentHash: hash });
    expect(await pub('<p>a</p>', 'ha')).toMatchObject({ ok: true, created: true, revision: { revision: 1 } });
    expect(await pub('<p>a</p>', 'ha')).toMatchObject({ ok: true, created: false, revision: { revision: 1 } });
    expect((await storage.deskArticle(ID(1)))?.changedSincePublish).toBe(false);
    await storage.indexArticle(entry(ID(1), { contentHash: () => 'hb' }));
    expect((await storage.deskArticle(ID(1)))?.changedSincePublish).toBe(true);
    expect(await pub('<p>b</p>', 'hb')).toMatchObject({ ok: true, created: true, revision: { revision: 2 } });
    await storage.close();
    storage = await reopen();
    expect(await storage.deskArticle(ID(1))).toMatchObject({ status: 'published', changedSincePublish: false, publishedAt: AT });
    expect((await storage.latestPublished(ID(1)))?.revision).toBe(2);
    const audit = await storage.listAudit({ limit: 10 });
    expect(audit.map((a) => a.action)).toEqual(['published', 'published', 'published']);
  });

  test('the content hash is computed only for an article published before; a row that would not change is not rewritten', async () => {
    let hashed = 0;
    const hashOf = (hash: string) => () => (hashed++, hash);
    expect(await storage.indexArticle(entry(ID(1), { contentHash: hashOf('h1'), body: 'first words' }))).toMatchObject({ changedSincePublish: false, publishedAt: null });
    expect(await storage.indexArticle(entry(ID(1), { contentHash: hashOf('h2'), body: 'more words' }))).toMatchObject({ changedSincePublish: false });
    expect(hashed).toBe(0);
    const pub = await storage.transitionArticle({ articleId: ID(1), from: null, to: 'published', at: AT, actor: 'ed', reason: null }, { html: '<p>p</p>', docJson: '{}', contentHash: 'hp' });
    expect(pub).toMatchObject({ ok: true, created: true });
    expect(await storage.indexArticle(entry(ID(1), { contentHash: hashOf('hp'), body: 'published words' }))).toMatchObject({ changedSincePublish: false, publishedAt: AT });
    expect(await storage.indexArticle(entry(ID(1), { contentHash: hashOf('h3'), body: 'edited words' }))).toMatchObject({ changedSincePublish: true, publishedAt: AT });
    expect(hashed).toBe(2);
    expect((await storage.deskArticle(ID(1)))?.changedSincePublish).toBe(true);
    // The full text follows every indexing, the row unchanged or not.
    expect((await storage.findArticles({ limit: 10, words: ['edited'] })).items.map((a) => a.id)).toEqual([ID(1)]);
    expect((await storage.findArticles({ limit: 10, words: ['published'] })).items).toEqual([]);
    expect(await storage.indexArticle(entry(ID(1), { contentHash: hashOf('hp'), body: 'edited words', section: 'Metro' }))).toMatchObject({ changedSincePublish: false, section: 'Metro' });
  });

  test("a content hash that throws (the desk index's entry read without ProseMirror) fails the indexing of a published article and writes nothing", async () => {
    const refuse = () => {
      throw new Error('needs the whole article');
    };
    // Never published: the hash is not asked for, the text is written.
    expect(await storage.indexArticle(entry(ID(1), { contentHash: refuse, body: 'draft words', section: 'Harbour' }))).toMatchObject({ publishedAt: null });
    await storage.transitionArticle({ articleId: ID(1), from: null, to: 'published', at: AT, actor: 'ed', reason: null }, { html: '<p>p</p>', docJson: '{}', contentHash: 'hp' });
    const before = await storage.deskArticle(ID(1));
    await expect(storage.indexArticle(entry(ID(1), { contentHash: refuse, body: 'later words', section: 'Transport' }))).rejects.toThrow('needs the whole article');
    expect(await storage.deskArticle(ID(1))).toEqual(before);
    expect((await storage.findArticles({ limit: 10, words: ['later'] })).items).toEqual([]);
    expect((await storage.findArticles({ limit: 10, words: ['draft'] })).items.map((a) => a.id)).toEqual([ID(1)]);
  });

  test('slugs stay unique: the second article to claim one is told it is taken; invalid slugs are not stored', async () => {
    expect(await storage.indexArticle(entry(ID(1), { slug: 'city-news', section: ' Metro ' }))).toMatchObject({ slug: 'city-news', slugTaken: null, section: 'Metro' });
    expect(await storage.indexArticle(entry(ID(2), { slug: 'city-news' }))).toMatchObject({ slug: null, slugTaken: 'city-news' });
    expect(await storage.indexArticle(entry(ID(3), { slug: 'Not Valid' }))).toMatchObject({ slug: null, slugTaken: null });
    await storage.indexArticle(entry(ID(1), { slug: 'elsewhere' }));
    expect(await storage.indexArticle(entry(ID(2), { slug: 'city-news' }))).toMatchObject({ slug: 'city-news', slugTaken: null });
  });

  test('full text and filters, newest first, with keyset pages', async () => {
    await storage.indexArticle(entry(ID(1), { headline: 'Ferry strike', body: 'Crews walk out at dawn', section: 'Transport', byline: 'Ana Ruiz' }));
    await storage.indexArticle(entry(ID(2), { headline: 'Budget vote', body: 'The ferry subsidy survives', section: 'Politics', byline: 'Bo Li' }));
    await storage.indexArticle(entry(ID(2), { headline: 'Budget vote', body: 'The subsidy survives', section: 'Politics', byline: 'Bo Li' }));
    const ids = async (q: Parameters<Storage['findArticles']>[0]) => (await storage.findArticles(q)).items.map((a) => a.id);
    expect(await ids({ limit: 10, words: ['ferr'] })).toEqual([ID(1)]);
    expect(await ids({ limit: 10, words: ['subsidy', 'budget'] })).toEqual([ID(2)]);
    expect(await ids({ limit: 10, section: 'politics' })).toEqual([ID(2)]);
    expect(await ids({ limit: 10, author: 'ana ruiz' })).toEqual([ID(1)]);
    expect(await ids({ limit: 10 })).toEqual([ID(3), ID(2), ID(1)]);
    const first = await storage.findArticles({ limit: 2 });
    expect(first.next).toEqual({ createdAt: first.items[1].createdAt, id: ID(2) });
    expect(await ids({ limit: 2, after: first.next! })).toEqual([ID(1)]);
    await storage.close();
    storage = await reopen();
    expect(await ids({ limit: 10, words: ['dawn'] })).toEqual([ID(1)]);
  });
});

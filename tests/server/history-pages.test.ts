/**
 * `GET /api/articles/:id/versions` and `…/activity` a page at a time (`?limit=&before=`, `next`),
 * over a real server on SQLite and on Postgres: paging returns every row exactly once, newest first;
 * rows added between two page fetches are neither repeated nor skipped (including one at the very
 * time of the cursor's entry); bad `limit`/`before` → 400 naming the field; the default page is 50.
 * Activity rows are seeded through the server's own storage with chosen times, so entries of
 * different sources share a time and the tie order is exercised.
 */
import { randomUUID } from 'node:crypto';
import { api, connectClient, createArticle, disconnect, firstParagraphText, type Client } from '../helpers/clients';
import { createTestSchema, testPostgresUrl, type TestSchema } from '../helpers/postgres';
import { startServer, type Target, type TestServer } from '../helpers/server';
import type { Storage } from '../../server/storage/types';
import { DEFAULT_HISTORY_PAGE } from '../../shared/contract/http/versions';

const postgresUrl = testPostgresUrl();
const databases: [string, boolean][] = [
  ['SQLite', false],
  ['Postgres', true],
];

type Version = { version: number; name: string | null };
type Entry = { kind: string; at: string; by: { name: string } | null; detail: Record<string, unknown> };
type Page<K extends string, T> = { [k in K]: T[] } & { next: string | null };

const who = { id: 'u-seed', name: 'Seeder' };
/** A fixed time `s` seconds into a day well in the past, so seeded rows sort below anything live. */
const at = (s: number) => new Date(Date.UTC(2026, 0, 2, 9, 0, s)).toISOString();

async function getPage<K extends 'versions' | 'activity', T>(target: Target, id: string, list: K, query: string): Promise<Page<K, T>> {
  const res = await api(target, `/api/articles/${id}/${list}${query}`);
  expect([list, query, res.status]).toEqual([list, query, 200]);
  return (await res.json()) as Page<K, T>;
}

/** Every page of a list, `limit` at a time; `between` runs after each page but the last. */
async function pageThrough<K extends 'versions' | 'activity', T>(
  target: Target,
  id: string,
  list: K,
  limit: number,
  between: (page: number) => Promise<void> = async () => undefined,
): Promise<{ rows: T[]; pages: number }> {
  const rows: T[] = [];
  let before: string | null = null;
  for (let page = 1; ; page++) {
    const p: Page<K, T> = await getPage<K, T>(target, id, list, `?limit=${limit}${before === null ? '' : `&before=${encodeURIComponent(before)}`}`);
    rows.push(...p[list]);
    expect(p[list].length).toBeLessThanOrEqual(limit);
    if (p.next === null) return { rows, pages: page };
    expect(p[list]).toHaveLength(limit);
    before = p.next;
    await between(page);
    if (page > 100) throw new Error('paging does not end');
  }
}

async function addVersions(storage: Storage, articleId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await storage.addVersion({
      articleId,
      kind: 'named',
      name: `seeded ${i}`,
      createdAt: new Date().toISOString(),
      author: who,
      content: '{"doc":{"type":"doc"},"meta":{}}',
      words: 0,
      wordsAdded: 0,
      wordsRemoved: 0,
    });
  }
}

async function addComment(storage: Storage, articleId: string, when: string, threadId?: string): Promise<string> {
  const comment = (tid: string) => ({ id: randomUUID(), threadId: tid, author: who, body: 'Seeded.', createdAt: when, editedAt: null, deleted: false });
  if (threadId) {
    await storage.applyThreadMutation({ articleId, at: when, by: who, notifications: [], type: 'comment-added', threadId, comment: comment(threadId) });
    return threadId;
  }
  const id = randomUUID();
  const thread = {
    id,
    articleId,
    anchor: { start: 'a', end: 'b' },
    quote: 'seeded',
    status: 'open' as const,
    blocking: false,
    createdBy: who,
    createdAt: when,
    updatedAt: when,
    comments: [comment(id)],
  };
  await storage.applyThreadMutation({ articleId, at: when, by: who, notifications: [], type: 'thread-created', thread });
  return id;
}

/**
 * 8 quote confirmations, 7 thread changes and 7 audit entries over 5 distinct times: most times are
 * shared by entries of two or three sources, and some by two entries of one source.
 */
async function seedActivity(storage: Storage, articleId: string): Promise<number> {
  let n = 0;
  let quotes = 0;
  const quote = async (s: number) => {
    n++;
    await storage.recordQuoteConfirmed(articleId, who, at(s), { quoteId: `q${quotes++}`, speaker: 'Someone' });
  };
  const audit = async (s: number) => {
    n++;
    await storage.appendAudit({ at: at(s), actor: 'Seeder', action: 'transitioned', articleId, detail: { from: 'draft', to: 'in_review', reason: null } });
  };
  const comment = async (s: number, thread?: string) => {
    n++;
    return addComment(storage, articleId, at(s), thread);
  };
  const t = await comment(1);
  for (const s of [1, 1, 2, 3, 3, 4, 5, 5]) await quote(s);
  for (const s of [1, 2, 2, 3, 5, 5]) await comment(s, t);
  for (const s of [1, 2, 3, 3, 4, 5, 5]) await audit(s);
  return n;
}

const newestFirst = (rows: Entry[]) => rows.every((r, i) => i === 0 || rows[i - 1].at >= r.at);

describe.each(databases)('on %s', (_name, pg) => {
  let schema: TestSchema | null = null;
  let server: TestServer | null = null;
  const clients: Client[] = [];
  beforeAll(async () => {
    if (pg && !postgresUrl) return; // no Postgres outside CI: testPostgresUrl warned (and fails in CI)
    if (pg && postgresUrl) schema = await createTestSchema(postgresUrl);
    server = await startServer(schema ? { DATABASE_URL: schema.url } : {});
  });
  afterEach(() => disconnect(...clients.splice(0)));
  afterAll(async () => {
    await server?.close();
    await schema?.drop();
  });

  test('versions: every version exactly once, newest first, over more than two pages; a version added while paging is not met', async () => {
    if (!server) return;
    const s = server;
    const { id } = await createArticle(s, 'Many versions');
    await addVersions(s.app.storage, id, 11);
    const all = await pageThrough<'versions', Version>(s, id, 'versions', 3);
    expect(all.pages).toBe(4);
    expect(all.rows.map((v) => v.version)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);

    // A named version through the API after the first page, another after the second.
    const named = async () => {
      const res = await api(s, `/api/articles/${id}/versions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"while paging"}' });
      expect(res.status).toBe(201);
    };
    const during = await pageThrough<'versions', Version>(s, id, 'versions', 4, async (page) => {
      if (page <= 2) await named();
    });
    expect(during.rows.map((v) => v.version)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const first = await getPage<'versions', Version>(s, id, 'versions', '?limit=2');
    expect(first.versions.map((v) => [v.version, v.name])).toEqual([
      [13, 'while paging'],
      [12, 'while paging'],
    ]);
  });

  test('versions: 50 by default; the last page says next null', async () => {
    if (!server) return;
    const { id } = await createArticle(server, 'Default page');
    await addVersions(server.app.storage, id, DEFAULT_HISTORY_PAGE + 3);
    const first = await getPage<'versions', Version>(server, id, 'versions', '');
    expect(DEFAULT_HISTORY_PAGE).toBe(50);
    expect(first.versions).toHaveLength(50);
    expect(first.versions[0].version).toBe(53);
    expect(typeof first.next).toBe('string');
    const second = await getPage<'versions', Version>(server, id, 'versions', `?before=${encodeURIComponent(first.next!)}`);
    expect(second.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(second.next).toBeNull();
    const empty = await createArticle(server, 'No versions');
    expect(await getPage(server, empty.id, 'versions', '')).toEqual({ versions: [], next: null });
  });

  test('activity: every entry of every source exactly once, in (time, source, id) order, over more than two pages', async () => {
    if (!server) return;
    const s = server;
    const { id } = await createArticle(s, 'Busy article');
    const seeded = await seedActivity(s.app.storage, id);
    // One live edit session too, recorded by the server from a real client.
    const c = await connectClient(s, id);
    clients.push(c);
    // One transaction, so one update: the session is recorded whole, not grown while we page.
    c.doc.transact(() => firstParagraphText(c.doc).insert(0, 'Typed live.'));
    let whole: Entry[] = [];
    for (let i = 0; i < 200 && !whole.some((e) => e.kind === 'edit'); i++) {
      whole = (await getPage<'activity', Entry>(s, id, 'activity', '?limit=200')).activity;
      if (!whole.some((e) => e.kind === 'edit')) await new Promise((r) => setTimeout(r, 50));
    }
    expect(whole.filter((e) => e.kind === 'edit').map((e) => e.by?.name)).toEqual(['editor']);
    expect(whole).toHaveLength(seeded + 1);
    expect(newestFirst(whole)).toBe(true);
    // At a shared time: audit entries, then comments, then quote confirmations; newer rows first within one.
    expect(whole.filter((e) => e.at === at(5)).map((e) => e.kind)).toEqual(['transition', 'transition', 'comment', 'comment', 'quote-confirmed', 'quote-confirmed']);
    expect(whole.filter((e) => e.at === at(5) && e.kind === 'quote-confirmed').map((e) => e.detail.quoteId)).toEqual(['q7', 'q6']);

    for (const limit of [1, 2, 3, 5, 7]) {
      const paged = await pageThrough<'activity', Entry>(s, id, 'activity', limit);
      expect([limit, paged.rows]).toEqual([limit, whole]);
      expect(paged.pages).toBe(Math.ceil(whole.length / limit));
    }
    // Each source is read with the limit: no source hands back more than the page needs.
    const rows = await s.app.storage.activityPage(id, null, 2);
    expect([rows.sessions.length, rows.comments.length, rows.audit.length]).toEqual([2, 2, 2]);
  });

  test('activity: entries recorded between page fetches are neither repeated nor skipped', async () => {
    if (!server) return;
    const s = server;
    const storage = s.app.storage;
    const { id } = await createArticle(s, 'Arrivals');
    await seedActivity(storage, id);
    const before = (await getPage<'activity', Entry>(s, id, 'activity', '?limit=200')).activity;
    const key = (e: Entry) => JSON.stringify(e);
    const thread = await addComment(storage, id, at(0));
    const expected = (await getPage<'activity', Entry>(s, id, 'activity', '?limit=200')).activity;
    expect(expected).toHaveLength(before.length + 1);

    const arrived: Entry[] = [];
    const paged = await pageThrough<'activity', Entry>(s, id, 'activity', 4, async (page) => {
      const last = (await getPage<'activity', Entry>(s, id, 'activity', '?limit=200')).activity;
      // New entries of every source: now, and at the time of the entries the next page starts near.
      await storage.recordQuoteConfirmed(id, who, new Date().toISOString(), { quoteId: `new-${page}`, speaker: 'Late' });
      await addComment(storage, id, new Date().toISOString(), thread);
      await storage.appendAudit({ at: at(5), actor: 'Late', action: 'transitioned', articleId: id, detail: { from: 'in_review', to: 'draft', reason: `page ${page}` } });
      const now = (await getPage<'activity', Entry>(s, id, 'activity', '?limit=200')).activity;
      arrived.push(...now.filter((e) => !last.some((x) => key(x) === key(e))));
    });
    expect(arrived.length).toBeGreaterThanOrEqual(9);
    expect(paged.rows.map(key)).toEqual(expected.map(key));
  });

  test('bad limit or before → 400 naming the field; unknown article → 404', async () => {
    if (!server) return;
    const { id } = await createArticle(server, 'Bad params');
    await addVersions(server.app.storage, id, 3);
    const versionsNext = (await getPage<'versions', Version>(server, id, 'versions', '?limit=1')).next!;
    await seedActivity(server.app.storage, id);
    const activityNext = (await getPage<'activity', Entry>(server, id, 'activity', '?limit=1')).next!;
    const cases: [string, string, string][] = [
      ['versions', '?limit=0', 'limit'],
      ['versions', '?limit=201', 'limit'],
      ['versions', '?limit=abc', 'limit'],
      ['versions', '?limit=1.5', 'limit'],
      ['versions', '?limit=', 'limit'],
      ['versions', '?limit=1&limit=2', 'limit'],
      ['versions', '?before=', 'before'],
      ['versions', '?before=not-a-cursor', 'before'],
      ['versions', `?before=${encodeURIComponent(activityNext)}`, 'before'],
      ['versions', `?before=${Buffer.from('["v",0]').toString('base64url')}`, 'before'],
      ['versions', `?before=${'x'.repeat(300)}`, 'before'],
      ['activity', '?limit=-1', 'limit'],
      ['activity', '?limit=1e9', 'limit'],
      ['activity', '?before=%7B%7D', 'before'],
      ['activity', `?before=${encodeURIComponent(versionsNext)}`, 'before'],
      ['activity', `?before=${Buffer.from('["a","x",3,1]').toString('base64url')}`, 'before'],
    ];
    for (const [list, query, field] of cases) {
      const res = await api(server, `/api/articles/${id}/${list}${query}`);
      const body = (await res.json()) as { error: { code: string; field?: string } };
      expect([list, query, res.status, body.error.code, body.error.field]).toEqual([list, query, 400, 'validation', field]);
    }
    for (const query of ['?limit=1', '?limit=200', '']) {
      expect((await api(server, `/api/articles/${id}/versions${query}`)).status).toBe(200);
      expect((await api(server, `/api/articles/${id}/activity${query}`)).status).toBe(200);
    }
    for (const list of ['versions', 'activity']) {
      const res = await api(server, `/api/articles/no-such-article/${list}?limit=10`);
      expect([list, res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([list, 404, 'not_found']);
    }
  });
});

/**
 * Finding articles: GET /api/articles?q= over the database's own full-text engine (SQLite FTS5,
 * Postgres tsvector) finds a word a stock y-websocket client typed a second ago; filters by status,
 * section, author (byline) and date; bad filters are precise errors. Runs on SQLite and Postgres.
 */
import { api, createArticle, connectClient, firstParagraphText, untilDoc, disconnect, type Client } from '../helpers/clients';
import { startServer, type TestServer } from '../helpers/server';
import { createTestSchema, testPostgresUrl, type TestSchema } from '../helpers/postgres';
import { givePublishMetadata } from '../helpers/publishing';
import { writeBody } from '../helpers/threads';
import { REINDEX_MAX_STALE_MS } from '../../server/articles/desk-index';
import { metric } from '../helpers/metrics';

type Listed = { id: string; headline: string; status: string; section: string; byline: string; updatedAt: string };
const pgUrl = testPostgresUrl();
const databases: [string, boolean][] = [['sqlite', true], ['postgres', pgUrl !== null]];

describe.each(databases.filter(([, on]) => on).map(([name]) => name))('search on %s', (db) => {
  let server: TestServer;
  let schema: TestSchema | null = null;
  const open: Client[] = [];
  beforeAll(async () => {
    if (db === 'postgres') schema = await createTestSchema(pgUrl!);
    server = await startServer(schema ? { DATABASE_URL: schema.url } : {});
    expect(server.app.storage.kind).toBe(db);
  });
  afterEach(() => disconnect(...open.splice(0)));
  afterAll(async () => {
    await server?.close();
    await schema?.drop();
  });

  const find = async (query: string): Promise<Listed[]> => {
    const res = await api(server, `/api/articles?${query}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { articles: Listed[] }).articles;
  };

  test('a word typed a second ago is found, by headline or body, as a prefix, in any case', async () => {
    const { id } = await createArticle(server, 'Harbour pilots strike');
    const other = await createArticle(server, 'Unrelated story');
    expect((await find('q=harbour')).map((a) => a.id)).toEqual([id]);

    const writer = await connectClient(server, id);
    const observer = await connectClient(server, id);
    open.push(writer, observer);
    firstParagraphText(writer.doc).insert(0, 'Tugboat crews joined the walkout at Quokkaport.');
    await untilDoc(observer.doc, () => observer.doc.getXmlFragment('article').toString().includes('Quokkaport'), 10_000, 'stored');
    // The claim under test: one second after the server stored the word, search finds it.
    await new Promise((r) => setTimeout(r, 1000));
    expect((await find('q=quokkaport')).map((a) => a.id)).toEqual([id]);
    expect((await find('q=QUOKKA')).map((a) => a.id)).toEqual([id]);
    expect((await find('q=tugboat%20harbour')).map((a) => a.id)).toEqual([id]);
    expect(await find('q=tugboat%20unrelated')).toEqual([]);
    expect((await find('q=unrelated')).map((a) => a.id)).toEqual([other.id]);
  });

  test('continuous typing re-indexes at most once per REINDEX_MAX_STALE_MS, finds a word while typing goes on, and the last word a second later', async () => {
    const indexRuns = () => metric(server.url, 'copydesk_search_index_runs_total');
    const { id } = await createArticle(server, 'Ferry timetable');
    const writer = await connectClient(server, id);
    const observer = await connectClient(server, id);
    open.push(writer, observer);
    await new Promise((r) => setTimeout(r, REINDEX_MAX_STALE_MS)); // the create's own indexing is behind us
    const before = await indexRuns();
    const started = Date.now();
    const text = firstParagraphText(writer.doc);
    let foundWhileTyping = false;
    let search: Promise<void> | null = null;
    for (let i = 0; Date.now() - started < 4000 || !foundWhileTyping; i++) {
      if (i === 10) text.insert(text.length, ' Kittiwakeish ');
      else text.insert(text.length, i % 5 === 4 ? ' ' : 'w');
      // Never quiet for REINDEX_IDLE_MS: only the staleness bound indexes the word typed at i = 10.
      if (i > 10 && !search) {
        search = find('q=kittiwakeish').then((found) => {
          foundWhileTyping ||= found.length === 1;
          search = null;
        });
      }
      await new Promise((r) => setTimeout(r, 25));
      if (Date.now() - started > 60_000) throw new Error('a word typed 60 s ago was never found while typing went on');
    }
    await search;
    text.insert(text.length, ' Zanzibarite');
    const typedMs = Date.now() - started;
    await untilDoc(observer.doc, () => observer.doc.getXmlFragment('article').toString().includes('Zanzibarite'), 10_000, 'stored');
    await new Promise((r) => setTimeout(r, 1000));
    expect((await find('q=zanzibarite')).map((a) => a.id)).toEqual([id]);
    // One indexing per staleness bound while typing, plus the first and the last one (one per
    // REINDEX_FLOOR_MS, as before, would be ~7 in 4 s; 150 ms apart ~27).
    expect(await indexRuns() - before).toBeLessThanOrEqual(Math.ceil(typedMs / REINDEX_MAX_STALE_MS) + 2);
  });

  test('filters by status, section, author and date; combined with q', async () => {
    const { id } = await createArticle(server, 'Filtered story about ferries');
    const writer = await connectClient(server, id);
    const observer = await connectClient(server, id);
    open.push(writer, observer);
    writer.doc.transact(() => {
      writer.doc.getMap('meta').set('section', 'Transport');
      writer.doc.getMap('meta').set('byline', 'Ana Ruiz');
    });
    await untilDoc(observer.doc, () => observer.doc.getMap('meta').get('byline') === 'Ana Ruiz', 10_000, 'stored');
    await new Promise((r) => setTimeout(r, 1000));
    expect((await find('section=transport')).map((a) => a.id)).toEqual([id]);
    expect((await find('author=ana%20ruiz&q=ferries')).map((a) => a.id)).toEqual([id]);
    const [row] = await find('section=Transport');
    expect(row).toMatchObject({ section: 'Transport', byline: 'Ana Ruiz', status: 'draft' });
    expect(await find('section=Transport&status=published')).toEqual([]);
    const day = row.updatedAt.slice(0, 10);
    expect((await find(`section=Transport&from=${day}&to=${day}`)).map((a) => a.id)).toEqual([id]);
    expect(await find(`section=Transport&to=${day}T00:00:00Z`)).toEqual([]);
    expect(await find('section=Transport&from=2999-01-01')).toEqual([]);
  });

  test('bad filters are precise 400s', async () => {
    for (const [query, field] of [
      ['from=yesterday', 'from'],
      ['to=2026-13-45', 'to'],
      ['q=%21%21%21', 'q'],
      ['status=archived', 'status'],
    ]) {
      const res = await api(server, `/api/articles?${query}`);
      const body = (await res.json()) as { error: { code: string; field: string } };
      expect([query, res.status, body.error.code, body.error.field]).toEqual([query, 400, 'validation', field]);
    }
  });
});

test('articles stored before the desk index existed are indexed at start, their last publish included', async () => {
  const Database = (await import('better-sqlite3')).default;
  const path = await import('node:path');
  const { tempDataDir } = await import('../helpers/server');
  const DATA_DIR = tempDataDir();
  const first = await startServer({ DATA_DIR });
  let id: string;
  let edited: string;
  try {
    ({ id } = await createArticle(first, 'Archive piece about lamplighters'));
    ({ id: edited } = await createArticle(first, 'Lamplighters, corrected after publishing'));
    for (const a of [id, edited]) {
      await givePublishMetadata(first, a, { slug: `lamplighters-${a.slice(0, 8)}` });
      expect((await api(first, `/api/articles/${a}/publish`, { method: 'POST' })).status).toBe(200);
    }
    const { writer, observer } = await writeBody(first, edited, 'A correction.');
    disconnect(writer, observer);
  } finally {
    await first.close();
  }
  // As a database from before migration 6: no desk row, no full text.
  const db = new Database(path.join(DATA_DIR, 'copydesk.sqlite'));
  db.exec('DELETE FROM article_search; DELETE FROM article_desk;');
  db.close();
  const second = await startServer({ DATA_DIR });
  try {
    expect(await second.app.backfill).toBe(2);
    const res = await api(second, '/api/articles?q=lamplighters');
    const found = ((await res.json()) as { articles: { id: string; publishedAt: string | null; changedSincePublish: boolean }[] }).articles;
    expect(found.map((a) => a.id).sort()).toEqual([id, edited].sort());
    expect(found.map((a) => [a.id, a.publishedAt !== null, a.changedSincePublish]).sort()).toEqual(
      [
        [id, true, false],
        [edited, true, true],
      ].sort(),
    );
  } finally {
    await second.close();
  }
});

/** The HTTP API: every route, every validation error, unknown ids, export formats. */
import { PROTOCOL_VERSION } from '../../shared/contract/protocol';
import { randomUUID } from 'node:crypto';
import { startServer, type TestServer } from '../helpers/server';
import { api, connectClient, createArticle, disconnect, firstParagraphText, untilDoc } from '../helpers/clients';
import { givePublishMetadata } from '../helpers/publishing';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ MAX_BODY_BYTES: '4096' });
});
afterAll(() => server.close());

type ErrorBody = { error: { code: string; message: string; field?: string } };

async function post(path: string, body: string, contentType = 'application/json'): Promise<Response> {
  return api(server, path, { method: 'POST', headers: { 'content-type': contentType }, body });
}

describe('GET /api/health', () => {
  test('answers 200 {"ok":true} with the protocol version it speaks', async () => {
    const res = await api(server, `/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, protocolVersion: PROTOCOL_VERSION });
  });
});

describe('POST /api/articles', () => {
  test('creates a draft and answers 201 with the article', async () => {
    const res = await post('/api/articles', JSON.stringify({ headline: '  Storm hits coast  ' }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, string>;
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      headline: 'Storm hits coast',
      status: 'draft',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
    expect(res.headers.get('location')).toBe(`/api/articles/${body.id}`);
    const read = (await (await api(server, `/api/articles/${body.id}`)).json()) as Record<string, unknown>;
    expect(read).toMatchObject({ id: body.id, headline: 'Storm hits coast', standfirst: '', text: '', status: 'draft' });
  });

  test.each([
    ['a missing headline', '{}', 'headline'],
    ['an empty headline', '{"headline":"   "}', 'headline'],
    ['a non-string headline', '{"headline":42}', 'headline'],
    ['an over-long headline', JSON.stringify({ headline: 'x'.repeat(301) }), 'headline'],
  ])('refuses %s with 400 naming the field', async (_name, body, field) => {
    const before = await countArticles();
    const res = await post('/api/articles', body);
    expect(res.status).toBe(400);
    const err = (await res.json()) as ErrorBody;
    expect(err.error.code).toBe('validation');
    expect(err.error.field).toBe(field);
    expect(err.error.message).toMatch(/^headline: /);
    expect(await countArticles()).toBe(before);
  });

  test('refuses bad JSON with 400 bad_json', async () => {
    const res = await post('/api/articles', '{"headline": ');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe('bad_json');
  });

  test('refuses a body over the limit with 413', async () => {
    const res = await post('/api/articles', JSON.stringify({ headline: 'x'.repeat(5000) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('payload_too_large');
  });

  test('refuses a non-JSON content type with 415', async () => {
    const res = await post('/api/articles', 'headline=hi', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    expect(((await res.json()) as ErrorBody).error.code).toBe('unsupported_media_type');
  });
});

async function countArticles(): Promise<number> {
  let n = 0;
  let cursor: string | null = null;
  do {
    const q: string = cursor ? `&cursor=${cursor}` : '';
    const page = (await (await api(server, `/api/articles?limit=100${q}`)).json()) as {
      articles: unknown[];
      nextCursor: string | null;
    };
    n += page.articles.length;
    cursor = page.nextCursor;
  } while (cursor);
  return n;
}

describe('GET /api/articles', () => {
  test('lists newest first, paginated with a cursor', async () => {
    const fresh = await startServer();
    try {
      const made: string[] = [];
      for (let i = 0; i < 5; i++) made.push((await createArticle(fresh, `Story ${i}`)).id);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: Response = await api(fresh, `/api/articles?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        const page = (await res.json()) as { articles: { id: string; headline: string }[]; nextCursor: string | null };
        expect(page.articles.length).toBeLessThanOrEqual(2);
        seen.push(...page.articles.map((a) => a.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual([...made].reverse());
    } finally {
      await fresh.close();
    }
  });

  test('filters by status', async () => {
    const fresh = await startServer();
    try {
      const draft = await createArticle(fresh, 'Still a draft');
      const done = await createArticle(fresh, 'Goes out');
      await givePublishMetadata(fresh, done.id);
      expect((await api(fresh, `/api/articles/${done.id}/publish`, { method: 'POST' })).status).toBe(200);
      const ids = async (q: string) =>
        ((await (await api(fresh, `/api/articles?${q}`)).json()) as { articles: { id: string }[] }).articles.map((a) => a.id);
      expect(await ids('status=published')).toEqual([done.id]);
      expect(await ids('status=draft')).toEqual([draft.id]);
      expect(await ids('status=in_review')).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=abc', 'limit'],
    ['cursor=%%%', 'cursor'],
    ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['status=archived', 'status'],
  ])('refuses ?%s with 400', async (query, field) => {
    const res = await api(server, `/api/articles?${query}`);
    expect(res.status).toBe(400);
    const err = (await res.json()) as ErrorBody;
    expect(err.error.code).toBe('validation');
    expect(err.error.field).toBe(field);
  });
});

describe('GET /api/articles/:id', () => {
  test('returns the live headline, standfirst and body text edited over /collab', async () => {
    const { id } = await createArticle(server, 'Live');
    const c = await connectClient(server, id);
    firstParagraphText(c.doc).insert(0, 'First paragraph.');
    const other = await connectClient(server, id);
    await untilDoc(other.doc, () => other.doc.getXmlFragment('article').toString().includes('First paragraph.'));
    const res = await api(server, `/api/articles/${id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, headline: 'Live', text: 'First paragraph.', status: 'draft' });
    disconnect(c, other);
  });

  test.each([randomUUID(), 'not-an-id'])('answers 404 for unknown id %s', async (id) => {
    for (const path of [`/api/articles/${id}`, `/api/articles/${id}/export?format=html`]) {
      const res = await api(server, `${path}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as ErrorBody).error.code).toBe('not_found');
    }
  });

  test('unknown API paths answer a JSON 404', async () => {
    const res = await api(server, `/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('not_found');
  });
});

describe('GET /api/articles/:id/export', () => {
  let id: string;
  beforeAll(async () => {
    id = (await createArticle(server, 'Rates <rise> & "fall"')).id;
    const c = await connectClient(server, id);
    firstParagraphText(c.doc).insert(0, 'Body with <script>alert(1)</script> inside.');
    const other = await connectClient(server, id);
    await untilDoc(other.doc, () => other.doc.getXmlFragment('article').toString().includes('inside.'));
    disconnect(c, other);
  });

  test('html is escaped HTML', async () => {
    const res = await api(server, `/api/articles/${id}/export?format=html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<h1>Rates &lt;rise&gt; &amp; &quot;fall&quot;</h1>');
    expect(html).toContain('Body with &lt;script&gt;alert(1)&lt;/script&gt; inside.');
    expect(html).not.toContain('<script>');
  });

  test('md is Markdown with the headline as # and escaped text', async () => {
    const res = await api(server, `/api/articles/${id}/export?format=md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    const md = await res.text();
    expect(md.startsWith('# Rates')).toBe(true);
    expect(md).toContain('inside.');
    expect(md).not.toContain('<script>');
  });

  test('json has headline, standfirst, meta and the ProseMirror doc', async () => {
    const res = await api(server, `/api/articles/${id}/export?format=json`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; headline: string; doc: { type: string; content: { type: string }[] } };
    expect(body.id).toBe(id);
    expect(body.headline).toBe('Rates <rise> & "fall"');
    expect(body.doc.type).toBe('doc');
    expect(body.doc.content.map((n) => n.type)).toEqual(['headline', 'standfirst', 'paragraph']);
  });

  test.each(['', 'format=pdf', 'format='])('refuses ?%s with 400 naming format', async (q) => {
    const res = await api(server, `/api/articles/${id}/export?${q}`);
    expect(res.status).toBe(400);
    const err = (await res.json()) as ErrorBody;
    expect(err.error.field).toBe('format');
  });
});

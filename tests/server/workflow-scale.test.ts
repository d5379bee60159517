/**
 * Two instances sharing one Postgres schema and one Redis: a move made through one instance reaches
 * a /desk client of the other (`article:workflow`), and a word typed on one instance is found by a
 * search on the other. Skipped (with a warning) or failed (under CI) without Postgres or Redis.
 */
import { startServer, type TestServer } from '../helpers/server';
import { api, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, type Client } from '../helpers/clients';
import { nextEvent, type DeskClient } from '../helpers/desk';
import { joinedDesk } from '../helpers/threads';
import { createTestSchema, testPostgresUrl, type TestSchema } from '../helpers/postgres';
import { testRedisPrefix, testRedisUrl } from '../helpers/redis';

const postgresUrl = testPostgresUrl();
const redisUrl = testRedisUrl();
const SECRET = 'workflow-scale-secret-workflow-scale-secret-0123';

(postgresUrl && redisUrl ? describe : describe.skip)('workflow across two instances', () => {
  let schema: TestSchema;
  let one: TestServer;
  let two: TestServer;
  const clients: Client[] = [];
  const desks: DeskClient[] = [];

  beforeAll(async () => {
    schema = await createTestSchema(postgresUrl!);
    const env = { DATABASE_URL: schema.url, REDIS_URL: redisUrl!, REDIS_PREFIX: testRedisPrefix(), COPYDESK_SECRET: SECRET };
    one = await startServer(env);
    two = await startServer(env);
  });
  afterEach(() => {
    disconnect(...clients.splice(0));
    for (const d of desks.splice(0)) d.disconnect();
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await schema?.drop();
  });

  test('a move on instance one is announced to a /desk client on instance two; a word typed on one is found on two', async () => {
    const { id } = await createArticle(one, 'Across instances');
    const { desk } = await joinedDesk(two, 'viewer', id);
    desks.push(desk);
    const seen = nextEvent(desk, 'article:workflow', (e) => e.articleId === id && e.move?.to === 'in_review');
    const res = await api(one, `/api/articles/${id}/transition`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'in_review' }),
    });
    expect(res.status).toBe(200);
    expect((await seen).move?.by.name).toBe('editor');

    const writer = await connectClient(one, id);
    const observer = await connectClient(two, id);
    clients.push(writer, observer);
    firstParagraphText(writer.doc).insert(0, 'Cormorants nest on the pier.');
    await untilDoc(observer.doc, () => observer.doc.getXmlFragment('article').toString().includes('Cormorants'), 10_000, 'relayed');
    await new Promise((r) => setTimeout(r, 1000));
    const found = (await (await api(two, '/api/articles?q=cormorants')).json()) as { articles: { id: string }[] };
    expect(found.articles.map((a) => a.id)).toEqual([id]);
  });
});

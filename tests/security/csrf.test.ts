/** Cross-site requests: a state change carried by the session cookie must come from an allowed origin. */
import { startServer, type TestServer } from '../helpers/server';
import { SESSION_COOKIE } from '../../server/auth/credentials';
import { createArticle } from '../helpers/clients';
import { givePublishMetadata } from '../helpers/publishing';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ ALLOWED_ORIGINS: 'https://desk.example.com' });
});
afterAll(() => server.close());

const cookie = () => `${SESSION_COOKIE}=${server.tokens.editor}`;

test('POST with the cookie from a foreign Origin gets 403 JSON and changes nothing', async () => {
  const before = ((await (await fetch(`${server.url}/api/articles`, { headers: { cookie: cookie() } })).json()) as { articles: unknown[] }).articles.length;
  const res = await fetch(`${server.url}/api/articles/import`, {
    method: 'POST',
    headers: { cookie: cookie(), origin: 'https://evil.example', 'content-type': 'text/plain' },
    body: 'Forged headline\n\nForged body.',
  });
  expect(res.status).toBe(403);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  const after = ((await (await fetch(`${server.url}/api/articles`, { headers: { cookie: cookie() } })).json()) as { articles: unknown[] }).articles.length;
  expect(after).toBe(before);
});

test('a cookie-carried publish from a foreign Origin is refused; same origin and ALLOWED_ORIGINS pass', async () => {
  const { id } = await createArticle(server, 'Cross-site publish');
  await givePublishMetadata(server, id);
  const publish = (origin: string) =>
    fetch(`${server.url}/api/articles/${id}/publish`, { method: 'POST', headers: { cookie: cookie(), origin, 'content-type': 'application/json' }, body: '{}' });
  expect((await publish('https://evil.example')).status).toBe(403);
  expect((await publish('null')).status).toBe(403);
  expect((await fetch(`${server.url}/api/articles/${id}/published`, { headers: { cookie: cookie() } })).status).toBe(404);
  const own = await publish(server.url);
  expect(own.status).toBe(200);
  const { id: id2 } = await createArticle(server, 'Allowed origin');
  await givePublishMetadata(server, id2);
  const allowed = await fetch(`${server.url}/api/articles/${id2}/publish`, {
    method: 'POST',
    headers: { cookie: cookie(), origin: 'https://desk.example.com', 'content-type': 'application/json' },
    body: '{}',
  });
  expect(allowed.status).toBe(200);
});

test('bearer-token clients are unaffected by Origin; reads with the cookie are unaffected', async () => {
  const res = await fetch(`${server.url}/api/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, origin: 'https://evil.example', 'content-type': 'application/json' },
    body: JSON.stringify({ headline: 'From a script' }),
  });
  expect(res.status).toBe(201);
  const read = await fetch(`${server.url}/api/articles`, { headers: { cookie: cookie(), origin: 'https://evil.example' } });
  expect(read.status).toBe(200);
});

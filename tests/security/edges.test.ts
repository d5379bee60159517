/** Edges: bad encodings, stalled bodies, oversize socket.io messages, headlines that read two ways. */
import net from 'node:net';
import { io as ioClient } from 'socket.io-client';
import { startServer, type TestServer } from '../helpers/server';
import { api, withTimeout } from '../helpers/clients';
import { DESK_NAMESPACE } from '../../shared/contract/desk';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ REQUEST_TIMEOUT_MS: '2500', HEADERS_TIMEOUT_MS: '2000', MAX_BODY_BYTES: '4096' });
});
afterAll(() => server.close());

test.each([
  ['gzip', '/api/login'],
  ['br', '/api/login'],
  ['deflate', '/api/articles'],
  ['x-made-up', '/api/articles'],
])('a body that is not the %s it claims on %s gets a 400/415 JSON error', async (encoding, path) => {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-encoding': encoding, authorization: `Bearer ${server.token}` },
    body: 'this is not compressed at all',
  });
  expect([400, 415]).toContain(res.status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(['validation', 'unsupported_media_type']).toContain(body.error.code);
});

test('a request that declares a body and stalls is answered 408 and closed within REQUEST_TIMEOUT_MS', async () => {
  const { port } = server.app.server.address() as net.AddressInfo;
  const answer = await withTimeout(
    new Promise<string>((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => {
        sock.write('POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":');
      });
      let got = '';
      sock.on('data', (d) => (got += d.toString()));
      sock.on('close', () => resolve(got));
    }),
    10_000,
    'stalled request closed',
  );
  expect(answer).toMatch(/^HTTP\/1\.1 408/);
});

test('an oversize /desk message is answered with payload_too_large; the socket stays usable', async () => {
  const socket = ioClient(`${server.url}${DESK_NAMESPACE}`, { auth: { token: server.token }, transports: ['websocket'] });
  try {
    await withTimeout(new Promise<void>((r) => socket.on('connect', () => r())), 5000, 'desk connected');
    const big = await withTimeout(
      socket.emitWithAck('article:join', { articleId: 'x'.repeat(10_000) }) as Promise<{ ok: boolean; error?: { code: string } }>,
      5000,
      'oversize answered',
    );
    expect(big).toEqual({ ok: false, error: expect.objectContaining({ code: 'payload_too_large' }) });
    const small = (await withTimeout(socket.emitWithAck('article:join', { articleId: 'nope' }), 5000, 'small answered')) as { ok: boolean };
    expect(small.ok).toBe(false);
    expect(socket.connected).toBe(true);
  } finally {
    socket.close();
  }
});

test('a headline with newlines, a lone surrogate and NUL reads the same in the list and the article', async () => {
  const res = await api(server, '/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ headline: 'Line one\nline two\r\n\u2028three \uD800 four\u0000five' }),
  });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const article = ((await (await api(server, `/api/articles/${id}`)).json()) as { headline: string }).headline;
  const list = ((await (await api(server, '/api/articles')).json()) as { articles: { id: string; headline: string }[] }).articles.find((a) => a.id === id)?.headline;
  expect(list).toBe(article);
  expect(article).toBe('Line one line two three \uFFFD fourfive');
});

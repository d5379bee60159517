/** The hardened edge: rate limits, escaping on every output, security headers. */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { CloseCode } from '../../shared/contract/errors';
import { LOGIN_FAILURES_PER_ADDRESS } from '../../server/auth/accounts';
import { startServer, type TestServer } from '../helpers/server';
import { confirmAllProposals, givePublishMetadata } from '../helpers/publishing';
import { api, bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, withTimeout } from '../helpers/clients';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ MAX_MESSAGES_PER_SECOND: '50', MAX_BUFFERED_BYTES: String(256 * 1024) });
});
afterAll(() => server.close());

function syncStep1(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(e);
}

test('a connection over the message rate is closed with 4429; a polite one is not', async () => {
  const { id } = await createArticle(server, 'Rate');
  const url = `${server.collabUrl}/${id}?token=${server.token}`;
  const flood = await withTimeout(
    new Promise<number>((resolve) => {
      const ws = new WebSocket(url);
      ws.on('open', () => {
        for (let i = 0; i < 200; i++) ws.send(syncStep1());
      });
      ws.on('close', (code) => resolve(code));
    }),
    5000,
    'flood closed',
  );
  expect(flood).toBe(CloseCode.rateLimited);

  const polite = await withTimeout(
    new Promise<number | 'open'>((resolve) => {
      const ws = new WebSocket(url);
      let replies = 0;
      ws.on('open', () => {
        for (let i = 0; i < 20; i++) ws.send(syncStep1());
      });
      ws.on('message', () => {
        // 1 server step 1 + 20 step-2 replies
        if (++replies === 21) {
          resolve('open');
          ws.close();
        }
      });
      ws.on('close', (code) => resolve(code));
    }),
    5000,
    'polite answered',
  );
  expect(polite).toBe('open');
});

test('imported <script>, onerror= and javascript: come back escaped from every API and export', async () => {
  const evil = [
    'Headline <script>alert(1)</script>',
    '',
    'Body <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">link</a>.',
    '',
    '"<script>alert(2)</script>," said Eve Marlowe.',
  ].join('\n');
  const res = await api(server, '/api/articles/import', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: evil });
  expect(res.status).toBe(201);
  const raw = await res.text();
  expect(raw).not.toMatch(/<script|<img/);
  const { id } = JSON.parse(raw) as { id: string };

  for (const path of [`/api/articles/${id}`, `/api/articles/${id}/export?format=json`, `/api/articles/${id}/attribution`, '/api/articles']) {
    const body = await (await api(server, path)).text();
    expect([path, /<script|<img|<a /.test(body)]).toEqual([path, false]);
    // …while the text itself is intact once parsed.
    if (path.endsWith(id)) expect((JSON.parse(body) as { headline: string }).headline).toBe('Headline <script>alert(1)</script>');
  }
  const html = await (await api(server, `/api/articles/${id}/export?format=html`)).text();
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).not.toMatch(/<script|<img|href="javascript:/);
  const md = await (await api(server, `/api/articles/${id}/export?format=md`)).text();
  expect(md).not.toMatch(/<script|<img|\]\(javascript:/);

  // Published: a person confirms the proposal, the article gets its slug and section.
  await confirmAllProposals(server, id);
  await givePublishMetadata(server, id);
  const pub = await api(server, `/api/articles/${id}/publish`, { method: 'POST' });
  expect(pub.status).toBe(200);
  const published = JSON.parse(await (await api(server, `/api/articles/${id}/published`)).text()) as { html: string };
  expect(published.html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  expect(published.html).not.toMatch(/<script|<img/);
});

test('security headers are set on pages and API answers', async () => {
  const res = await fetch(`${server.url}/api/health`);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(res.headers.get('x-powered-by')).toBeNull();
});

test('sign-in is throttled per address after 50 failures across names', async () => {
  const login = (name: string) =>
    fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password: 'wrong-password' }) });
  for (let i = 0; i < LOGIN_FAILURES_PER_ADDRESS; i++) expect((await login(`spray-${i}`)).status).toBe(401);
  expect((await login('spray-final')).status).toBe(429);
}, 120_000); // every failure costs one password hash (~50 ms idle, far more on a loaded machine)

test('a client that stops reading is dropped; the others keep syncing', async () => {
  const { id } = await createArticle(server, 'Slow reader');
  const writer = await connectClient(server, id);
  const reader = await connectClient(server, id);
  // A raw client that connects, then stops reading from its TCP socket.
  const slow = new WebSocket(`${server.collabUrl}/${id}?token=${server.token}`);
  await withTimeout(new Promise((r) => slow.once('message', r)), 5000, 'slow client admitted');
  (slow as unknown as { _socket: { pause(): void } })._socket.pause();
  let isDropped = false;
  const dropped = new Promise<void>((resolve) => {
    const check = () => (server.app.collab.openSockets === 2 ? ((isDropped = true), resolve()) : setTimeout(check, 20));
    check();
  });
  // Enough to fill the loopback socket buffers (several MB) and then MAX_BUFFERED_BYTES; bounded.
  const text = firstParagraphText(writer.doc);
  const chunk = 'x'.repeat(256 * 1024);
  let sent = 0;
  while (!isDropped && sent < 160) {
    text.insert(text.length, chunk);
    sent++;
    await new Promise((r) => setTimeout(r, 30)); // under the rate limit
  }
  await withTimeout(dropped, 10_000, 'slow client dropped');
  expect(isDropped).toBe(true);
  await untilDoc(reader.doc, () => bodyText(reader.doc).length === sent * chunk.length, 10_000, 'reader has everything');
  slow.terminate();
  disconnect(writer, reader);
}, 120_000); // up to 40 MB typed and relayed to the reader: minutes on a loaded 2-core machine

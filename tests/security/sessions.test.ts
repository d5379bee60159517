/** Open sockets follow the account: disable, role change, logout and expiry reach them within a second. */
import WebSocket from 'ws';
import { io as ioClient } from 'socket.io-client';
import { CloseCode } from '../../shared/contract/errors';
import { DESK_NAMESPACE } from '../../shared/contract/desk';
import type { Role } from '../../shared/contract/roles';
import { startServer, type TestServer } from '../helpers/server';
import { api, createArticle, withTimeout } from '../helpers/clients';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** A fresh user signed in through POST /api/login; returns its token. */
async function signIn(name: string, role: Role): Promise<string> {
  await server.app.accounts.createUser(name, role, `password-of-${name}`);
  const res = await fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `password-of-${name}` }),
  });
  return ((await res.json()) as { token: string }).token;
}

function openCollab(articleId: string, token: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const ws = new WebSocket(`${server.collabUrl}/${articleId}?token=${token}`);
  const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
  return new Promise((resolve) => ws.on('message', () => resolve({ ws, closed }))); // the server's sync step 1: admitted
}

test('disabling a user closes their open /collab socket (4440) and disconnects /desk', async () => {
  const { id } = await createArticle(server, 'Disable live');
  const token = await signIn('gone-live', 'editor');
  const { closed } = await openCollab(id, token);
  const desk = ioClient(`${server.url}${DESK_NAMESPACE}`, { auth: { token }, transports: ['websocket'], reconnection: false });
  await withTimeout(new Promise<void>((r) => desk.on('connect', () => r())), 5000, 'desk connected');
  const deskGone = new Promise<string>((r) => desk.on('disconnect', (reason) => r(reason)));
  await server.app.accounts.disable('gone-live');
  expect(await withTimeout(closed, 5000, 'collab closed')).toBe(CloseCode.sessionEnded);
  expect(await withTimeout(deskGone, 5000, 'desk disconnected')).toBe('io server disconnect');
});

test('logout revokes the token (GET /api/me 401) and closes its open socket', async () => {
  const { id } = await createArticle(server, 'Logout live');
  const token = await signIn('leaving', 'editor');
  const { closed } = await openCollab(id, token);
  const out = await fetch(`${server.url}/api/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  expect(out.status).toBe(200);
  expect(await withTimeout(closed, 5000, 'collab closed')).toBe(CloseCode.sessionEnded);
  expect((await api({ ...server, token }, '/api/me')).status).toBe(401);
});

test('a token closes its socket when it expires', async () => {
  const { id } = await createArticle(server, 'Expiry live');
  const user = (await server.app.accounts.createUser('short-lived', 'viewer', 'password-of-short')) as { ok: true; value: { id: string } };
  const ttl = server.app.accounts.tokens.ttlSeconds;
  // Issued so that it expires about two seconds from now.
  const { token } = await server.app.accounts.openSession({ id: user.value.id, name: 'short-lived', role: 'viewer' }, Date.now() - (ttl - 2) * 1000);
  const { closed } = await openCollab(id, token);
  expect(await withTimeout(closed, 8000, 'collab closed at expiry')).toBe(CloseCode.sessionEnded);
});

test('an editor demoted to viewer keeps reading but their next edit is refused, not applied', async () => {
  const { id } = await createArticle(server, 'Demote live');
  const token = await signIn('demoted', 'editor');
  const { ws } = await openCollab(id, token);
  await server.app.accounts.setRole('demoted', 'viewer');
  // Within a second the socket is read-only: an update is answered "permission denied" (auth message, type 2).
  const Y = await import('yjs');
  const doc = new Y.Doc();
  doc.getText('probe').insert(0, 'should not land');
  const update = Y.encodeStateAsUpdate(doc);
  const frame = Buffer.concat([Buffer.from([0, 2]), encodeLength(update.length), Buffer.from(update)]);
  const denied = await withTimeout(
    new Promise<boolean>((resolve) => {
      ws.on('message', (data: Buffer) => data[0] === 2 && resolve(true));
      const tick = setInterval(() => (ws.readyState === WebSocket.OPEN ? ws.send(frame) : clearInterval(tick)), 300);
      setTimeout(() => clearInterval(tick), 4500);
    }),
    5000,
    'permission denied',
  );
  expect(denied).toBe(true);
  ws.close();
});

function encodeLength(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}

/**
 * Authorisation on every channel. The HTTP cells are generated from the routes the server declares
 * (server/http/routes.ts) × every credential column (tests/helpers/credentials.ts: each role, none,
 * malformed, and per role wrong secret, expired, revoked); each cell is checked against the
 * expected rule in `expected` below, so a route declared without an expected rule fails its cells,
 * and an expected rule for a route that is not declared fails too. /collab and /desk admission use
 * the same credentials.
 */
import WebSocket from 'ws';
import type { Access } from '../../server/http/routes';
import { can, ROLES, type Role } from '../../shared/contract/roles';
import { CloseCode } from '../../shared/contract/errors';
import { startServer, type TestServer } from '../helpers/server';
import { api, connectClient, createArticle, disconnect, withTimeout } from '../helpers/clients';
import { connectDesk } from '../helpers/desk';
import { credentialColumns, mintCredentials, type Credential } from '../helpers/credentials';
import { routesOfAnInstance } from '../helpers/routes';

let server: TestServer;
let articleId: string;
let tokens: Record<string, string>;

beforeAll(async () => {
  server = await startServer();
  articleId = (await createArticle(server, 'Matrix')).id;
  tokens = await mintCredentials(server);
});
afterAll(() => server.close());

/** The expected access of every route; `body` is what a permitted request sends. */
const expected: Record<string, { access: Access; body?: () => { type: string; data: string } }> = {
  'GET /api/health': { access: 'public' },
  'GET /metrics': { access: 'public' },
  // A fresh unknown name each time, so sign-in throttling never answers instead of the guard.
  'POST /api/login': { access: 'public', body: () => json({ name: `nobody-${Math.random().toString(36).slice(2, 10)}`, password: 'wrong-password' }) },
  'POST /api/logout': { access: 'public' },
  'GET /api/me': { access: 'signed-in' },
  'GET /api/audit': { access: 'administer' },
  'GET /api/users': { access: 'signed-in' },
  'GET /api/articles': { access: 'read' },
  'POST /api/articles': { access: 'edit', body: () => json({ headline: 'Matrix row' }) },
  'POST /api/articles/import': { access: 'edit', body: () => ({ type: 'text/plain', data: 'Imported\n\nA line.' }) },
  'GET /api/articles/:id': { access: 'read' },
  'GET /api/articles/:id/export': { access: 'read' },
  'GET /api/articles/:id/attribution': { access: 'read' },
  'POST /api/articles/:id/publish': { access: 'publish' },
  'GET /api/articles/:id/published': { access: 'read' },
  'POST /api/articles/:id/transition': { access: 'comment', body: () => json({ to: 'draft', reason: 'matrix' }) },
  'GET /api/articles/:id/threads': { access: 'read' },
  // ':v', ':a', ':b' stay in the path: a permitted request gets past the guard to the 400 for a bad number.
  'GET /api/articles/:id/versions': { access: 'read' },
  'POST /api/articles/:id/versions': { access: 'edit', body: () => json({ name: 'matrix' }) },
  'GET /api/articles/:id/versions/:v': { access: 'read' },
  'GET /api/articles/:id/versions/:a/diff/:b': { access: 'read' },
  'POST /api/articles/:id/versions/:v/restore': { access: 'edit' },
  'GET /api/articles/:id/activity': { access: 'read' },
  'GET /api/notifications': { access: 'signed-in' },
  'POST /api/notifications/read': { access: 'signed-in', body: () => json({ all: true }) },
};

function json(v: unknown) {
  return { type: 'application/json', data: JSON.stringify(v) };
}

const declared = routesOfAnInstance();
const routeKey = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

test('every expected rule names a declared route, with the access it is declared with', () => {
  const byKey = Object.fromEntries(declared.map((r) => [routeKey(r), r.access]));
  const stale = Object.keys(expected).filter((k) => !(k in byKey));
  expect(stale).toEqual([]);
  const mismatched = Object.entries(expected).filter(([k, v]) => byKey[k] !== v.access).map(([k]) => k);
  expect(mismatched).toEqual([]);
});

const columns = credentialColumns();
const cells: [string, string, Credential][] = declared.flatMap((r) => columns.map((c) => [routeKey(r), c.label, c] as [string, string, Credential]));

test.each(cells)('%s as %s', async (key, _label, cred) => {
  const rule = expected[key];
  if (!rule) throw new Error(`${key} is declared but has no expected rule: add it to \`expected\` in this file`);
  const [method, pattern] = key.split(' ');
  const path = pattern.replace(':id', articleId) + (pattern.endsWith('/export') ? '?format=json' : '');
  // Logging out revokes the token sent: a valid cell gets a fresh sign-in, not the role's shared token.
  const token = cred.kind === 'valid' && key === 'POST /api/logout' ? await freshToken(cred.role!) : tokens[cred.label];
  const b = rule.body?.();
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (b) headers['content-type'] = b.type;
  const res = await fetch(`${server.url}${path}`, { method, headers, body: b?.data });
  const role = cred.kind === 'valid' ? cred.role : null;
  const allowed = rule.access === 'public' || (role !== null && (rule.access === 'signed-in' || can(role, rule.access)));
  if (allowed) {
    // Allowed requests get past the guard: anything but 401/403 (e.g. 200, 201, 404 not published, 409).
    expect([key, cred.label, res.status === 401 || res.status === 403]).toEqual([key, cred.label, key === 'POST /api/login']);
  } else {
    expect([key, cred.label, res.status]).toEqual([key, cred.label, role === null ? 401 : 403]);
    const err = (await res.json()) as { error: { code: string } };
    expect(err.error.code).toBe(role === null ? 'unauthorized' : 'forbidden');
  }
});

async function freshToken(role: Role): Promise<string> {
  const user = await server.app.storage.getUserByName(role);
  return (await server.app.accounts.openSession({ id: user!.id, name: role, role })).token;
}

const refused = columns.filter((c) => c.kind !== 'valid');

function collabClose(token: string): Promise<number | 'open'> {
  return withTimeout(
    new Promise((resolve) => {
      const ws = new WebSocket(`${server.collabUrl}/${articleId}${token ? `?token=${encodeURIComponent(token)}` : ''}`);
      ws.on('message', () => {
        resolve('open');
        ws.close();
      });
      ws.on('close', (code) => resolve(code));
      ws.on('error', () => undefined);
    }),
    5000,
    'collab answer',
  );
}

test.each(refused.map((c) => [c.label]))('/collab refuses %s with 4401 before sending data', async (label) => {
  expect(await collabClose(tokens[label])).toBe(CloseCode.unauthorized);
});

test.each(ROLES)('/collab admits %s and sends the document', async (role) => {
  expect(await collabClose(server.tokens[role])).toBe('open');
});

test('/collab accepts the session cookie', async () => {
  const code = await withTimeout(
    new Promise<number | 'open'>((resolve) => {
      const ws = new WebSocket(`${server.collabUrl}/${articleId}`, { headers: { cookie: `copydesk_token=${server.token}` } });
      ws.on('message', () => {
        resolve('open');
        ws.close();
      });
      ws.on('close', (c) => resolve(c));
    }),
    5000,
    'cookie',
  );
  expect(code).toBe('open');
});

test.each(refused.map((c) => [c.label, c.kind]))('/desk refuses %s', async (label, kind) => {
  await expect(connectDesk(server.url, { auth: { token: tokens[label] } })).rejects.toThrow(kind === 'expired' ? /expired/ : /unauthorized/);
});

test('/desk accepts the session cookie', async () => {
  const { io } = await import('socket.io-client');
  const d = io(`${server.url}/desk`, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { cookie: `copydesk_token=${server.token}` },
  });
  try {
    await withTimeout(new Promise<void>((resolve, reject) => (d.once('connect', () => resolve()), d.once('connect_error', reject))), 5000, 'desk via cookie');
    expect(await d.emitWithAck('article:join', { articleId })).toMatchObject({ ok: true });
  } finally {
    d.disconnect();
  }
});

test.each(ROLES)('/desk admits %s to an article', async (role) => {
  const d = await connectDesk(server.url, { auth: { token: server.tokens[role] } });
  try {
    expect(await d.emitWithAck('article:join', { articleId })).toMatchObject({ ok: true });
  } finally {
    d.disconnect();
  }
});

test('a cross-site Origin is refused on /collab; the same origin is allowed', async () => {
  const status = await new Promise<number>((resolve) => {
    const ws = new WebSocket(`${server.collabUrl}/${articleId}?token=${server.token}`, { origin: 'https://evil.example' });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
  expect(status).toBe(403);
  const host = new URL(server.url).host;
  const same = await new Promise<string>((resolve) => {
    const ws = new WebSocket(`${server.collabUrl}/${articleId}?token=${server.token}`, { origin: `http://${host}` });
    ws.on('message', () => {
      resolve('open');
      ws.close();
    });
    ws.on('close', (c) => resolve(String(c)));
  });
  expect(same).toBe('open');
});

test('a reviewer’s edit is dropped: the server and everyone else are unchanged; awareness still works', async () => {
  const { id } = await createArticle(server, 'Read only');
  const editor = await connectClient(server, id);
  const reviewer = await connectClient(server.as('reviewer'), id);
  const seen = withTimeout(
    new Promise<void>((resolve) => {
      const check = () => (editor.provider.awareness.getStates().get(reviewer.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name === 'reviewer' && resolve();
      editor.provider.awareness.on('change', check);
    }),
    5000,
    'editor sees the reviewer',
  );
  const p = reviewer.doc.getXmlFragment('article').get(2) as import('yjs').XmlElement;
  const { XmlText } = await import('yjs');
  p.insert(0, [new XmlText('REVIEWER WROTE THIS')]);
  reviewer.provider.awareness.setLocalStateField('user', { name: 'R' });
  await seen; // the reviewer's awareness, sent after the edit, has arrived: the edit was handled first
  expect(editor.doc.getXmlFragment('article').toString()).not.toContain('REVIEWER');
  const res = (await (await api(server, `/api/articles/${id}`)).json()) as { text: string };
  expect(res.text).toBe('');
  disconnect(editor, reviewer);
});

test('a disabled user’s token stops working at once', async () => {
  const r = await server.app.accounts.createUser('leaver', 'editor', 'password-leaver');
  if (!r.ok) throw new Error(r.error.message);
  const { token } = await server.app.accounts.openSession({ id: r.value.id, name: 'leaver', role: 'editor' });
  expect((await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  await server.app.accounts.disable('leaver');
  expect((await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
});

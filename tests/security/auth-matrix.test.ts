/**
 * Authorisation on every channel, from one table: every declared HTTP route × every role × the
 * bad-token cases, plus /collab and /desk. The table must name every route the server declares.
 */
import WebSocket from 'ws';
import { SignJWT } from 'jose';
import { declaredRoutes, type Access } from '../../server/http/routes';
import { can, ROLES, type Role } from '../../shared/contract/roles';
import { CloseCode } from '../../shared/contract/errors';
import { startServer, type TestServer } from '../helpers/server';
import { api, connectClient, createArticle, disconnect, withTimeout } from '../helpers/clients';
import { connectDesk } from '../helpers/desk';

let server: TestServer;
let articleId: string;
let badTokens: Record<'none' | 'bad signature' | 'expired' | 'garbage' | 'revoked', string>;

beforeAll(async () => {
  server = await startServer();
  articleId = (await createArticle(server, 'Matrix')).id;
  const editor = await server.app.storage.getUserByName('editor');
  const now = Math.floor(Date.now() / 1000);
  badTokens = {
    none: '',
    'bad signature': await new SignJWT({ name: 'editor', role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(editor!.id)
      .setIssuer('copydesk')
      .setExpirationTime(now + 3600)
      .sign(new TextEncoder().encode('not-the-server-secret-not-the-server-secret')),
    expired: (await server.app.accounts.openSession({ id: editor!.id, name: 'editor', role: 'editor' }, Date.now() - 48 * 3600 * 1000)).token,
    garbage: 'not.a.token',
    // A real sign-in, then logged out: the token's session is revoked server-side.
    revoked: (await server.app.accounts.openSession({ id: editor!.id, name: 'editor', role: 'editor' })).token,
  };
  await server.app.accounts.signOut(badTokens.revoked);
});
afterAll(() => server.close());

/** The expected access of every route; `body` is what a permitted request sends. */
const routes: Record<string, { access: Access; body?: () => { type: string; data: string } }> = {
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
  'GET /api/articles/:id/threads': { access: 'read' },
  'GET /api/notifications': { access: 'signed-in' },
  'POST /api/notifications/read': { access: 'signed-in', body: () => json({ all: true }) },
};

function json(v: unknown) {
  return { type: 'application/json', data: JSON.stringify(v) };
}

test('the table covers every declared route, with the same access rule', () => {
  const declared = Object.fromEntries(declaredRoutes().map((r) => [`${r.method.toUpperCase()} ${r.path}`, r.access]));
  expect(declared).toEqual(Object.fromEntries(Object.entries(routes).map(([k, v]) => [k, v.access])));
});

const cases: [string, Role | keyof typeof badTokens][] = [];
for (const key of Object.keys(routes)) {
  for (const who of [...ROLES, 'none', 'bad signature', 'expired', 'garbage', 'revoked'] as const) cases.push([key, who]);
}

test.each(cases)('%s as %s', async (key, who) => {
  const { access, body } = routes[key];
  const [method, pattern] = key.split(' ');
  const path = pattern.replace(':id', articleId) + (pattern.endsWith('/export') ? '?format=json' : '');
  const isRole = (ROLES as readonly string[]).includes(who);
  // Logging out revokes the token sent: that cell gets a fresh sign-in, not the role's shared token.
  const token = !isRole
    ? badTokens[who as keyof typeof badTokens]
    : key === 'POST /api/logout'
      ? await freshToken(who as Role)
      : server.tokens[who as Role];
  const b = body?.();
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (b) headers['content-type'] = b.type;
  const res = await fetch(`${server.url}${path}`, { method, headers, body: b?.data });
  const role = (ROLES as readonly string[]).includes(who) ? (who as Role) : null;
  const allowed = access === 'public' || (role !== null && (access === 'signed-in' || can(role, access)));
  if (allowed) {
    // Allowed requests get past the guard: anything but 401/403 (e.g. 200, 201, 404 not published, 409).
    expect([key, who, res.status === 401 || res.status === 403]).toEqual([key, who, key === 'POST /api/login']);
  } else {
    expect([key, who, res.status]).toEqual([key, who, role === null ? 401 : 403]);
    const err = (await res.json()) as { error: { code: string } };
    expect(err.error.code).toBe(role === null ? 'unauthorized' : 'forbidden');
  }
});

async function freshToken(role: Role): Promise<string> {
  const user = await server.app.storage.getUserByName(role);
  return (await server.app.accounts.openSession({ id: user!.id, name: role, role })).token;
}

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

test.each(['none', 'bad signature', 'expired', 'garbage', 'revoked'] as const)('/collab refuses %s with 4401 before sending data', async (which) => {
  expect(await collabClose(badTokens[which])).toBe(CloseCode.unauthorized);
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

test.each(['none', 'bad signature', 'expired', 'garbage', 'revoked'] as const)('/desk refuses %s', async (which) => {
  await expect(connectDesk(server.url, { auth: { token: badTokens[which] } })).rejects.toThrow(/unauthorized|expired/);
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

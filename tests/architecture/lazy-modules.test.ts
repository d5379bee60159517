/**
 * Idle memory: modules only some requests need are not loaded when the server starts. The quote
 * finder's NLP library (compromise, ~30 MB) loads on the first wire-copy import; Postgres and Redis
 * clients load only when configured; socket.io (/desk) on the first /desk request of a single
 * instance; y-prosemirror (and the prosemirror-view it requires) on the first conversion of a
 * document to ProseMirror (a read of the article, an export, a report), never to create an article,
 * relay typing or index it for the desk. Checked in a fresh Node process (jest keeps its own registry).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { passwordOf, startServerProcess, tempDataDir } from '../helpers/server';
import { api, bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc } from '../helpers/clients';
import { connectDesk } from '../helpers/desk';
import { loadedModulesEnv, loadedModulesOf } from '../helpers/loaded-modules';
import { Role } from '../../shared/contract/roles';

const repoRoot = path.resolve(__dirname, '..', '..');

function loadedAfter(script: string): string[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '[]') as string[];
}

const listLoadedOf = (wanted: string[]) => `
const { createRequire } = await import('node:module');
const cache = createRequire(import.meta.url).cache;
const wanted = ${JSON.stringify(wanted)};
console.log(JSON.stringify(wanted.filter((m) => Object.keys(cache).some((f) => f.includes('/node_modules/' + m + '/')))));
`;
const listLoaded = listLoadedOf(['compromise', 'pg', 'ioredis', 'socket.io', 'engine.io']);

test('loading the server (instance, routes, checker) loads neither the NLP library nor pg nor ioredis nor socket.io nor y-prosemirror', () => {
  expect(loadedAfter(`await import('./server/instance.ts');${listLoadedOf(['compromise', 'pg', 'ioredis', 'socket.io', 'engine.io', 'y-prosemirror', 'prosemirror-view'])}`)).toEqual([]);
}, 90_000);

test('the wire-copy import module loads the NLP library (so the lazy import above is what defers it)', () => {
  expect(loadedAfter(`await import('./server/articles/import.ts');${listLoaded}`)).toEqual(['compromise']);
}, 90_000);

test('a running single instance loads socket.io on the first /desk client, not before (an edit over /collab does not)', () => {
  const script = `
const load = async (file) => { const m = await import(file); return m.default ?? m; }; // tsx: a CommonJS module's exports
const { startServer } = await load('./tests/helpers/server.ts');
const { createArticle, connectClient, firstParagraphText, untilDoc, disconnect } = await load('./tests/helpers/clients.ts');
const { connectDesk } = await load('./tests/helpers/desk.ts');
const { createRequire } = await import('node:module');
const cache = createRequire(import.meta.url).cache;
const loaded = () => Object.keys(cache).some((f) => f.includes('/node_modules/socket.io/'));
const server = await startServer();
const seen = [loaded()];
const { id } = await createArticle(server, 'Lazy desk');
const a = await connectClient(server, id);
const b = await connectClient(server, id);
firstParagraphText(a.doc).insert(0, 'typed');
await untilDoc(b.doc, () => b.doc.getXmlFragment('article').toString().includes('typed'));
seen.push(loaded());
const desk = await connectDesk(server.url, { auth: { token: server.tokens.editor } });
const joined = await desk.emitWithAck('article:join', { articleId: id });
seen.push(loaded(), joined.ok);
desk.disconnect();
disconnect(a, b);
await server.close();
console.log(JSON.stringify(seen));
process.exit(0);
`;
  expect(loadedAfter(script)).toEqual([false, false, true, true]);
}, 90_000);

test('a running instance creates an article, relays typing and indexes it without y-prosemirror, and loads it to read the article', () => {
  const script = `
const load = async (file) => { const m = await import(file); return m.default ?? m; }; // tsx: a CommonJS module's exports
const { startServer } = await load('./tests/helpers/server.ts');
const { createArticle, connectClient, firstParagraphText, untilDoc, disconnect, api } = await load('./tests/helpers/clients.ts');
const { createRequire } = await import('node:module');
const cache = createRequire(import.meta.url).cache;
const loaded = () => ['y-prosemirror', 'prosemirror-view'].filter((m) => Object.keys(cache).some((f) => f.includes('/node_modules/' + m + '/')));
const server = await startServer();
const seen = [loaded()];
const { id } = await createArticle(server, 'Lazy conversions');
const a = await connectClient(server, id);
const b = await connectClient(server, id);
firstParagraphText(a.doc).insert(0, 'typed words');
await untilDoc(b.doc, () => b.doc.getXmlFragment('article').toString().includes('typed words'));
await server.app.rooms.open(id).then((room) => room.run(() => undefined)); // stored
const searched = async () => (await (await api(server, '/api/articles?q=typed')).json()).articles.map((x) => x.id);
for (let i = 0; i < 100 && !(await searched()).includes(id); i++) await new Promise((r) => setTimeout(r, 50));
seen.push(loaded(), (await searched()).includes(id));
const read = await api(server, '/api/articles/' + id);
seen.push(read.status, loaded());
disconnect(a, b);
await server.close();
console.log(JSON.stringify(seen));
process.exit(0);
`;
  expect(loadedAfter(script)).toEqual([[], [], true, 200, ['y-prosemirror', 'prosemirror-view']]);
}, 90_000);

/**
 * What a server that only creates articles and relays typing never loads (issue 14, idle and W1
 * memory): prom-client until /metrics is scraped (and its @opentelemetry/api, which it reads only for
 * exemplars, not even then: server/otel-api.ts), jose's signing until a sign-in, every HTTP router
 * but the articles one until a request reaches it, the /desk handlers until a /desk client comes.
 * Each path works once used. The Redis relay (REDIS_URL only) is covered by the Redis suites.
 */
test('a real server creates an article and relays typing without the lazy modules, and serves each lazy path when used', async () => {
  const LAZY = [
    '/node_modules/prom-client/',
    '/node_modules/@opentelemetry/api/dist/api/', // its modules, not its entry (server/otel-api.ts caches a stand-in there)
    '/node_modules/jose/dist/node/cjs/index.js',
    '/node_modules/jose/dist/node/cjs/jwt/sign.js',
    '/node_modules/compromise/',
    '/node_modules/socket.io/',
    '/server/desk/desk.ts',
    '/shared/contract/desk-requests.ts',
    '/server/http/auth.ts',
    '/server/http/audit.ts',
    '/server/http/users.ts',
    '/server/http/workflow.ts',
    '/server/http/versions.ts',
    '/server/http/threads.ts',
    '/server/scale/redis-relay.ts',
  ];
  const dataDir = tempDataDir();
  const env = loadedModulesEnv(dataDir);
  const server = await startServerProcess({ DATA_DIR: dataDir, ...env });
  const among = (loaded: string[]) => LAZY.filter((m) => loaded.some((f) => f.includes(m)));
  try {
    const { id } = await createArticle(server, 'Lazy paths');
    const a = await connectClient(server, id);
    const b = await connectClient(server, id);
    firstParagraphText(a.doc).insert(0, 'typed');
    await untilDoc(b.doc, () => bodyText(b.doc) === 'typed');
    const afterTyping = await loadedModulesOf(server.child, env);
    expect(afterTyping.some((f) => f.endsWith('/server/http/articles.ts'))).toBe(true); // the list is the server's
    expect(among(afterTyping)).toEqual([]);
    // zod's locales: English only (server/zod-locales.ts, required first by server/main.ts), not the index's 63
    expect(afterTyping.filter((f) => f.includes('/zod/v4/locales/')).map((f) => path.basename(f)).sort()).toEqual(['en.cjs', 'index.cjs']);

    const metrics = await api(server, '/metrics');
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/^copydesk_collab_connections 2$/m);
    const login = await api(server, '/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'admin', password: passwordOf(Role.admin) }) });
    expect(login.status).toBe(200);
    const admin = { ...server, token: ((await login.json()) as { token: string }).token };
    expect((await api(admin, '/api/me')).status).toBe(200);
    expect((await api(admin, '/api/audit?limit=10')).status).toBe(200);
    expect((await api(admin, '/api/users')).status).toBe(200);
    expect((await api(server, `/api/articles/${id}/versions`)).status).toBe(200);
    expect((await api(server, `/api/articles/${id}/threads`)).status).toBe(200);
    expect((await api(server, '/api/notifications')).status).toBe(200);
    const moved = await api(server, `/api/articles/${id}/transition`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ to: 'in_review' }) });
    expect(moved.status).toBe(200);
    const desk = await connectDesk(server.url, { auth: { token: server.token } });
    const joined = await desk.emitWithAck('article:join', { articleId: id });
    desk.disconnect();
    expect(joined.ok).toBe(true);
    disconnect(a, b);
    expect(among(await loadedModulesOf(server.child, env))).toEqual(LAZY.filter((m) => !/jose\/dist\/node\/cjs\/index|compromise|redis-relay|opentelemetry/.test(m)));
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}, 120_000);

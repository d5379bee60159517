/**
 * Sessions and sign-in throttling that hold on every instance and across restarts, with real
 * server processes (`tsx server/main.ts`):
 * - a logged-out token stays refused after a restart on the same SQLite file;
 * - two instances on one Postgres schema and one Redis: logout on A closes the token's `/collab`
 *   and `/desk` sockets on B (4440), `npm run user -- passwd` signs the user out everywhere, and
 *   failures on A make the same name at the same address wait on B;
 * - two instances on one Postgres schema without Redis: the 1 s re-read closes B's socket.
 * The Postgres/Redis suites skip (with a warning) or fail (under CI) when those are unreachable.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import WebSocket from 'ws';
import { io as ioClient, type Socket } from 'socket.io-client';
import { CloseCode } from '../../shared/contract/errors';
import { DESK_NAMESPACE } from '../../shared/contract/desk';
import { childEnv, passwordOf, startServerProcess, tempDataDir, type ServerProcess } from '../helpers/server';
import { createArticle, withTimeout } from '../helpers/clients';
import { createTestSchema, testPostgresUrl, type TestSchema } from '../helpers/postgres';
import { testRedisPrefix, testRedisUrl } from '../helpers/redis';

const postgresUrl = testPostgresUrl();
const redisUrl = testRedisUrl();
const repoRoot = path.resolve(__dirname, '..', '..');
jest.setTimeout(60_000);

const running: ServerProcess[] = [];
async function start(env: Record<string, string> & { DATA_DIR: string }): Promise<ServerProcess> {
  const p = await startServerProcess({ TRUST_PROXY_HOPS: '1', ...env });
  running.push(p);
  return p;
}
async function stop(p: ServerProcess): Promise<void> {
  p.child.kill('SIGTERM');
  await p.exited;
}
afterAll(async () => {
  await Promise.all(running.splice(0).map((p) => (p.child.exitCode === null && p.child.signalCode === null ? stop(p) : undefined)));
});

async function login(p: ServerProcess, name: string, password: string, address = '192.0.2.1'): Promise<Response> {
  return fetch(`${p.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ name, password }),
  });
}
async function signIn(p: ServerProcess, name: string, password = passwordOf(name as 'editor')): Promise<string> {
  const res = await login(p, name, password);
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}
const me = (p: ServerProcess, token: string) => fetch(`${p.url}/api/me`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
const logout = (p: ServerProcess, token: string) => fetch(`${p.url}/api/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });

/** An admitted /collab socket (the server's first sync message arrived) and its close code. */
function openCollab(p: ServerProcess, articleId: string, token: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const ws = new WebSocket(`${p.collabUrl}/${articleId}?token=${token}`);
  const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
  return withTimeout(new Promise((resolve) => ws.once('message', () => resolve({ ws, closed }))), 10_000, 'collab admitted');
}
async function openDesk(p: ServerProcess, token: string): Promise<{ desk: Socket; gone: Promise<string> }> {
  const desk = ioClient(`${p.url}${DESK_NAMESPACE}`, { auth: { token }, transports: ['websocket'], reconnection: false });
  await withTimeout(new Promise<void>((r, j) => (desk.once('connect', () => r()), desk.once('connect_error', j))), 10_000, 'desk connected');
  return { desk, gone: new Promise<string>((r) => desk.once('disconnect', (reason) => r(reason))) };
}

test('after a restart on the same SQLite file a logged-out token stays refused, another session still answers, and a throttled address still waits', async () => {
  const dataDir = tempDataDir();
  const first = await start({ DATA_DIR: dataDir });
  const out = await signIn(first, 'editor');
  const kept = await signIn(first, 'editor');
  expect((await logout(first, out)).status).toBe(200);
  expect(await me(first, out)).toBe(401);
  // 50 failures from one address (a different unknown name each): that address waits 15 minutes.
  let status = 0;
  for (let i = 0; i < 60 && status !== 429; i++) status = (await login(first, `nobody-${i}`, 'wrong-password', '203.0.113.5')).status;
  expect(status).toBe(429);
  await stop(first);
  const second = await start({ DATA_DIR: dataDir });
  expect(await me(second, out)).toBe(401);
  expect(await me(second, kept)).toBe(200);
  expect((await login(second, 'viewer', passwordOf('viewer'), '203.0.113.5')).status).toBe(429);
  expect((await login(second, 'viewer', passwordOf('viewer'), '198.51.100.5')).status).toBe(200);
});

(postgresUrl && redisUrl ? describe : describe.skip)('two instances on Postgres and Redis', () => {
  let schema: TestSchema;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    schema = await createTestSchema(postgresUrl!);
    const env = { DATABASE_URL: schema.url, REDIS_URL: redisUrl!, REDIS_PREFIX: testRedisPrefix() };
    a = await start({ ...env, DATA_DIR: tempDataDir() });
    b = await start({ ...env, DATA_DIR: tempDataDir() });
  });
  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(stop));
    await schema?.drop();
  });

  test('logout on A closes the token’s /collab (4440) and /desk sockets on B; the token is refused on B', async () => {
    const { id } = await createArticle(b, 'Logout across instances');
    const token = await signIn(a, 'editor');
    const { closed } = await openCollab(b, id, token);
    const { gone } = await openDesk(b, token);
    const started = Date.now();
    expect((await logout(a, token)).status).toBe(200);
    expect(await withTimeout(closed, 5000, 'collab on B closed')).toBe(CloseCode.sessionEnded);
    const ms = Date.now() - started;
    expect(await withTimeout(gone, 5000, 'desk on B disconnected')).toBe('io server disconnect');
    console.info(`logout on A closed the /collab socket on B after ${ms} ms`);
    expect(await me(b, token)).toBe(401);
  });

  test('`npm run user -- passwd` signs the user out everywhere; the new password works, the old does not', async () => {
    await signIn(a, 'reviewer'); // reviewer's sessions: this one and the seeded one
    const { id } = await createArticle(a, 'Password change');
    const token = await signIn(b, 'reviewer');
    const { closed } = await openCollab(b, id, token);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/user.ts', 'passwd', 'reviewer', '--password', 'a-brand-new-password'], {
      cwd: repoRoot,
      env: { ...childEnv(), DATA_DIR: tempDataDir(), DATABASE_URL: schema.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('changed the password of reviewer');
    expect(await withTimeout(closed, 5000, 'collab on B closed')).toBe(CloseCode.sessionEnded);
    expect(await me(a, token)).toBe(401);
    expect((await login(a, 'reviewer', passwordOf('reviewer'), '192.0.2.50')).status).toBe(401);
    expect((await login(b, 'reviewer', 'a-brand-new-password', '192.0.2.51')).status).toBe(200);
  });

  test('failures on A make that name at that address wait on B (429, Retry-After); the real user elsewhere signs in on B', async () => {
    let limited: Response | null = null;
    for (let i = 0; i < 10 && !limited; i++) {
      const res = await login(a, 'viewer', `wrong-${i}`, '203.0.113.77');
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(401);
    }
    expect(limited?.status).toBe(429);
    const onB = await login(b, 'viewer', passwordOf('viewer'), '203.0.113.77');
    expect(onB.status).toBe(429);
    expect(Number(onB.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await login(b, 'viewer', passwordOf('viewer'), '198.51.100.77')).status).toBe(200);
  });
});

(postgresUrl ? describe : describe.skip)('two instances on Postgres without Redis', () => {
  let schema: TestSchema;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    schema = await createTestSchema(postgresUrl!);
    a = await start({ DATABASE_URL: schema.url, DATA_DIR: tempDataDir() });
    b = await start({ DATABASE_URL: schema.url, DATA_DIR: tempDataDir() });
  });
  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(stop));
    await schema?.drop();
  });

  test('logout on A closes the token’s /collab socket on B through the periodic re-read', async () => {
    const { id } = await createArticle(b, 'Logout without Redis');
    const token = await signIn(a, 'editor');
    const { closed } = await openCollab(b, id, token);
    expect((await logout(a, token)).status).toBe(200);
    expect(await withTimeout(closed, 5000, 'collab on B closed')).toBe(CloseCode.sessionEnded);
    expect(await me(b, token)).toBe(401);
  });
});

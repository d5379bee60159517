/** Accounts: sign-in, sessions, throttling, the user CLI, demo accounts, the audit log. */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { childEnv, startServer, passwordOf, tempDataDir, type TestServer } from '../helpers/server';
import { api } from '../helpers/clients';
import { LOGIN_FREE_FAILURES } from '../../server/auth/accounts';
import { unmatchableHash, verifyPassword } from '../../server/auth/passwords';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const login = (name: string, password: string) =>
  fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });

test('signing in gives a token and an httpOnly SameSite=Strict cookie; both authenticate; logout clears the cookie', async () => {
  const res = await login('editor', passwordOf('editor'));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { user: { name: string; role: string }; token: string; expiresAt: string };
  expect(body.user).toMatchObject({ name: 'editor', role: 'editor' });
  expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
  const cookie = res.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^copydesk_token=[^;]+;/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Strict/i);

  const viaBearer = await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${body.token}` } });
  expect(((await viaBearer.json()) as { user: { name: string } }).user.name).toBe('editor');
  const viaCookie = await fetch(`${server.url}/api/me`, { headers: { cookie: cookie.split(';')[0] } });
  expect(viaCookie.status).toBe(200);

  const out = await fetch(`${server.url}/api/logout`, { method: 'POST' });
  expect(out.headers.get('set-cookie')).toMatch(/^copydesk_token=;.*Expires=Thu, 01 Jan 1970/i);
});

test('a wrong password and an unknown name get the same 401; bad bodies get 400', async () => {
  const wrong = await login('viewer', 'not-the-password');
  const unknown = await login('nobody-here', 'whatever-password');
  expect(wrong.status).toBe(401);
  expect(unknown.status).toBe(401);
  expect(await wrong.json()).toEqual(await unknown.json());
  const bad = await fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":5}' });
  expect(bad.status).toBe(400);
});

test('sign-in is throttled per name at one address after LOGIN_FREE_FAILURES failures, even with the right password', async () => {
  for (let i = 0; i < LOGIN_FREE_FAILURES; i++) expect((await login('reviewer', `wrong-${i}`)).status).toBe(401);
  const blocked = await login('reviewer', passwordOf('reviewer'));
  expect(blocked.status).toBe(429);
  expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  // Other users are not affected.
  expect((await login('viewer', passwordOf('viewer'))).status).toBe(200);
});

test('passwords are stored as salted scrypt hashes', async () => {
  const a = await server.app.storage.getUserByName('editor');
  const b = await server.app.storage.getUserByName('viewer');
  expect(a?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(a?.passwordHash).not.toContain(passwordOf('editor'));
  expect(a?.passwordHash.split('$')[4]).not.toBe(b?.passwordHash.split('$')[4]);
});

test('an unknown name is checked against a hash with the real parameters that no password matches', async () => {
  const real = (await server.app.storage.getUserByName('editor'))!.passwordHash;
  const dummy = unmatchableHash();
  expect(dummy.split('$').slice(0, 4)).toEqual(real.split('$').slice(0, 4)); // same scrypt cost
  expect(dummy.split('$')[5].length).toBe(real.split('$')[5].length);
  expect(await verifyPassword(passwordOf('editor'), dummy)).toBe(false);
  expect(await verifyPassword('', dummy)).toBe(false);
  expect(unmatchableHash()).not.toBe(dummy);
});

test('the generated secret is stored owner-only', () => {
  const mode = fs.statSync(path.join(server.dataDir, 'secret.key')).mode & 0o777;
  expect(mode).toBe(0o600);
});

test('the audit log records sign-ins and failures, readable by admins only', async () => {
  expect((await api(server, '/api/audit')).status).toBe(403);
  const res = await api(server.as('admin'), '/api/audit?limit=500');
  expect(res.status).toBe(200);
  const { entries } = (await res.json()) as { entries: { action: string; actor: string }[] };
  expect(entries.some((e) => e.action === 'login' && e.actor === 'editor')).toBe(true);
  expect(entries.some((e) => e.action === 'login_failed' && e.actor === 'reviewer')).toBe(true);
});

function cli(dataDir: string, args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/user.ts', ...args], {
    env: { ...childEnv(), DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

test('the user CLI adds (password from stdin), lists, changes roles and disables', () => {
  const dir = tempDataDir();
  const add = cli(dir, ['add', 'maria', '--role', 'reviewer'], 'a-long-password\n');
  expect([add.status, add.stderr]).toEqual([0, '']);
  expect(add.stdout).toContain('added maria (reviewer)');
  expect(cli(dir, ['add', 'maria', '--role', 'editor', '--password', 'another-password']).status).toBe(1);
  expect(cli(dir, ['add', 'x', '--role', 'chief', '--password', 'another-password']).status).toBe(2);
  expect(cli(dir, ['add', 'short', '--role', 'viewer', '--password', 'short']).stderr).toContain('at least 8');
  expect(cli(dir, ['set-role', 'maria', 'editor']).stdout).toContain('maria is now editor');
  expect(cli(dir, ['disable', 'maria']).stdout).toContain('disabled maria');
  expect(cli(dir, ['list']).stdout.trim()).toBe('maria\teditor\tdisabled');
  expect(cli(dir, ['frobnicate']).status).toBe(2);
});

function startOnce(dataDir: string, env: Record<string, string>) {
  // PORT=0 and an immediate SIGTERM once the URL is printed: we only need the start-up output.
  return spawnSync(
    process.execPath,
    ['-e', `
      const { spawn } = require('node:child_process');
      const c = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env }, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      c.stdout.on('data', (d) => { out += d; if (/Sign in|password:/.test(out) && /running at/.test(out)) setTimeout(() => c.kill('SIGTERM'), 100); });
      c.on('exit', () => process.stdout.write(out));
    `],
    { env: { ...childEnv(), DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 30_000 },
  ).stdout;
}

test('a brand-new data folder gets demo accounts printed once, never in production', () => {
  const dir = tempDataDir();
  const first = startOnce(dir, {});
  expect(first).toMatch(/editor\s+name: editor\s+password: \S{16}/);
  expect(first).toMatch(/reviewer\s+name: reviewer\s+password: \S{16}/);
  const second = startOnce(dir, {});
  expect(second).not.toContain('password:');
  expect(second).toContain('Sign in with your account');
  const prod = startOnce(tempDataDir(), { NODE_ENV: 'production' });
  expect(prod).not.toContain('password:');
});

test('GET /api/users lists enabled users for mentions', async () => {
  const res = await api(server.as('reviewer'), '/api/users');
  expect(res.status).toBe(200);
  const { users } = (await res.json()) as { users: { name: string; role: string }[] };
  expect(users).toEqual(expect.arrayContaining([{ name: 'editor', role: 'editor' }, { name: 'reviewer', role: 'reviewer' }]));
  expect(users.every((u) => Object.keys(u).sort().join() === 'name,role')).toBe(true);
});

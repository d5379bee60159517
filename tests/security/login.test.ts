/** Sign-in attacks: telling who exists by cost, locking the real user out, hammering without a bound. */
import { startServer, passwordOf, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  // One trusted proxy hop: X-Forwarded-For names the client, so tests can speak from two addresses.
  server = await startServer({ TRUST_PROXY_HOPS: '1' });
  await server.app.accounts.createUser('gone', 'editor', 'password-of-gone');
  await server.app.accounts.disable('gone');
});
afterAll(() => server.close());

const login = (name: string, password: string, address: string) =>
  fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ name, password }),
  });

/** Password hashes computed so far, read from the public metrics. */
async function passwordChecks(): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const m = /^copydesk_password_checks_total (\d+)/m.exec(text);
  if (!m) throw new Error('copydesk_password_checks_total missing from /metrics');
  return Number(m[1]);
}

test('an unknown name, a disabled user and a wrong password cost the same: one password hash each', async () => {
  for (const [name, address] of [['nobody-at-all', '10.0.0.1'], ['gone', '10.0.0.2'], ['viewer', '10.0.0.3']] as const) {
    const before = await passwordChecks();
    const res = await login(name, 'not-the-password', address);
    expect([name, res.status]).toEqual([name, 401]);
    expect([name, (await passwordChecks()) - before]).toEqual([name, 1]);
  }
});

test('failures from one address slow that address down with Retry-After, growing; the real user elsewhere signs in', async () => {
  let limited: Response | null = null;
  for (let i = 0; i < 10 && !limited; i++) {
    const res = await login('reviewer', `wrong-${i}`, '203.0.113.9');
    if (res.status === 429) limited = res;
    else expect(res.status).toBe(401);
  }
  expect(limited?.status).toBe(429);
  const first = Number(limited?.headers.get('retry-after'));
  expect(first).toBeGreaterThanOrEqual(1);
  const body = (await limited?.json()) as { error: { code: string } };
  expect(body.error.code).toBe('rate_limited');
  // Even the right password waits at the attacker's address…
  expect((await login('reviewer', passwordOf('reviewer'), '203.0.113.9')).status).toBe(429);
  // …but the real user at another address is never locked out.
  expect((await login('reviewer', passwordOf('reviewer'), '198.51.100.7')).status).toBe(200);
  // Once the wait is over, another failure earns a longer wait.
  await new Promise((r) => setTimeout(r, first * 1000 + 100));
  expect((await login('reviewer', 'wrong-again', '203.0.113.9')).status).toBe(401);
  const next = await login('reviewer', 'wrong-again-2', '203.0.113.9');
  expect(next.status).toBe(429);
  expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(first);
});

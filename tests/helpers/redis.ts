/**
 * Redis for tests: `REDIS_URL`, else this machine's default. Like Postgres (postgres.ts), suites run
 * against it when it answers; when it does not, they FAIL if `CI` is set and are skipped with one
 * warning otherwise. Each suite namespaces its channels and keys with a fresh `REDIS_PREFIX`.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { inCI } from './postgres';

export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';
/** How long the reachability check waits for a PONG. */
const CONNECT_TIMEOUT_MS = 2000;

const repoRoot = path.resolve(__dirname, '..', '..');
let checked: { url: string | null } | null = null;

/**
 * The Redis URL for this test file, or null (after one console.warn saying why) when it cannot be
 * reached and `CI` is unset; throws when it cannot be reached and `CI` is set. Synchronous (a child
 * process sends a real PING), so it can decide `describe` vs `describe.skip`.
 */
export function testRedisUrl(): string | null {
  if (checked) return checked.url;
  const url = process.env.REDIS_URL || DEFAULT_TEST_REDIS_URL;
  const probe = `
    const { Redis } = require('ioredis');
    const c = new Redis(process.argv[1], { lazyConnect: true, connectTimeout: ${CONNECT_TIMEOUT_MS}, maxRetriesPerRequest: 0, retryStrategy: () => null });
    c.on('error', () => undefined);
    c.connect().then(() => c.ping()).then(() => c.quit()).then(
      () => process.exit(0),
      (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', probe, url], { cwd: repoRoot, encoding: 'utf8', timeout: CONNECT_TIMEOUT_MS + 3000 });
  if (r.status === 0) return (checked = { url }).url;
  const why = `Redis at ${url.replace(/\/\/[^@/]*@/, '//***@')} is unreachable (${(r.stderr || r.error?.message || `exit ${r.status}`).trim()})`;
  if (inCI()) throw new Error(`${why}; CI is set, so the Redis suites fail instead of being skipped.`);
  console.warn(`${why}: skipping the Redis suites. Start Redis or set REDIS_URL to run them.`);
  return (checked = { url: null }).url;
}

/** A `REDIS_PREFIX` no other test run uses. */
export function testRedisPrefix(): string {
  return `copydesk_test_${crypto.randomBytes(6).toString('hex')}`;
}

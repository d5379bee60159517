/** Configuration from env: defaults, and one clear line per bad value. */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadConfig } from '../../server/config';

test('defaults', () => {
  const r = loadConfig({});
  if (!r.ok) throw new Error(r.error.join());
  expect(r.value).toMatchObject({
    port: 3000,
    host: '0.0.0.0',
    dataDir: path.resolve('./data'),
    sqliteFile: path.resolve('./data/copydesk.sqlite'),
    logLevel: 'info',
    production: false,
    maxMessageBytes: 8 * 1024 * 1024,
    compactThreshold: 500,
    roomUnloadGraceMs: 30000,
  });
});

test('each bad value gives one line naming the variable', () => {
  const r = loadConfig({ PORT: '70000', LOG_LEVEL: 'loud', COMPACT_THRESHOLD: 'many' });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error).toHaveLength(3);
  expect(r.error.find((l) => l.startsWith('PORT="70000"'))).toBeDefined();
  expect(r.error.find((l) => l.startsWith('LOG_LEVEL="loud"'))).toBeDefined();
  expect(r.error.find((l) => l.startsWith('COMPACT_THRESHOLD="many": must be a whole number'))).toBeDefined();
});

test('the process refuses to start on bad config and says why', () => {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: 'eighty' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(out.status).toBe(2);
  expect(out.stderr).toContain('copydesk: bad configuration: PORT="eighty"');
});

test('Redis: off by default, a URL that is never echoed, a namespacing prefix, and only with a shared database', () => {
  const off = loadConfig({});
  expect(off.ok && [off.value.redisUrl, off.value.redisPrefix]).toEqual([null, 'copydesk']);

  const db = 'postgres://u:p@db:5432/x';
  const on = loadConfig({ REDIS_URL: 'redis://:hunter2@cache:6379', REDIS_PREFIX: 'desk-7', DATABASE_URL: db });
  expect(on.ok && [on.value.redisUrl, on.value.redisPrefix]).toEqual(['redis://:hunter2@cache:6379', 'desk-7']);

  const bad = loadConfig({ REDIS_URL: 'cache:6379 hunter2', REDIS_PREFIX: 'a b', DATABASE_URL: db });
  expect(bad.ok ? [] : bad.error.map((l) => l.split(':')[0])).toEqual(['REDIS_URL=(hidden)', 'REDIS_PREFIX="a b"']);
  expect(bad.ok ? '' : bad.error.join('\n')).not.toContain('hunter2');

  const alone = loadConfig({ REDIS_URL: 'redis://cache:6379' });
  expect(alone.ok ? [] : alone.error).toEqual([expect.stringMatching(/^REDIS_URL=\(hidden\): needs DATABASE_URL/)]);
});

/**
 * Idle memory: modules only some requests need are not loaded when the server starts. The quote
 * finder's NLP library (compromise, ~30 MB) loads on the first wire-copy import; Postgres and Redis
 * clients load only when configured. Checked in a fresh Node process (jest keeps its own registry).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

function loadedAfter(script: string): string[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '[]') as string[];
}

const listLoaded = `
const { createRequire } = await import('node:module');
const cache = createRequire(import.meta.url).cache;
const wanted = ['compromise', 'pg', 'ioredis'];
console.log(JSON.stringify(wanted.filter((m) => Object.keys(cache).some((f) => f.includes('/node_modules/' + m + '/')))));
`;

test('loading the server (instance, routes, checker) loads neither the NLP library nor pg nor ioredis', () => {
  expect(loadedAfter(`await import('./server/instance.ts');${listLoaded}`)).toEqual([]);
}, 90_000);

test('the wire-copy import module loads the NLP library (so the lazy import above is what defers it)', () => {
  expect(loadedAfter(`await import('./server/articles/import.ts');${listLoaded}`)).toEqual(['compromise']);
}, 90_000);

/**
 * zod's 62 other locales are not loaded by the server (issue 14, memory): server/zod-locales.ts puts a stand-in
 * for `zod/v4/locales/index.cjs` into `require.cache` whose exports require a locale's file on first read.
 * Checked in a fresh Node process (jest keeps its own registry and does not use `require.cache`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runInFreshNode as run } from '../helpers/fresh-node';
import { localeExports } from '../../server/zod-locales';

const probe = (first: string) => `
${first}
const { z } = require('zod');
const locales = () => Object.keys(require.cache).filter((f) => f.includes('/zod/v4/locales/')).map((f) => f.split('/').pop()).sort();
const english = z.object({ a: z.string() }).safeParse({ a: 1 }).error.issues[0].message;
const atStart = locales();
const names = Object.keys(z.locales).length;
const french = z.object({ a: z.string() }).safeParse({ a: 1 }, { error: z.locales.fr().localeError }).error.issues[0].message;
console.log(JSON.stringify({ atStart, english, names, french, afterFrench: locales() }));
`;

test("zod's locales index is read: every export name and its file", () => {
  const index = path.join(path.dirname(require.resolve('zod/package.json')), 'v4', 'locales', 'index.cjs');
  const names = localeExports(fs.readFileSync(index, 'utf8'));
  expect(names.size).toBe(63);
  expect(names.get('en')).toBe('./en.cjs');
  expect(names.get('ptBR')).toBe('./pt-BR.cjs');
});

test('with the stand-in, requiring zod loads English only; another locale loads when read, with the same messages', () => {
  const plain = run(probe(''));
  const deferred = run(probe("require('./server/zod-locales');"));
  expect((plain.atStart as string[]).length).toBe(64); // the index and its 63 locales: what the stand-in avoids
  expect(deferred.atStart).toEqual(['en.cjs', 'index.cjs']);
  expect(deferred.afterFrench).toEqual(['en.cjs', 'fr.cjs', 'index.cjs']);
  expect(deferred.english).toBe(plain.english);
  expect(deferred.french).toBe(plain.french);
  expect(deferred.names).toBe(plain.names);
  expect(deferred.english).toMatch(/expected string/);
  expect(deferred.french).not.toBe(deferred.english);
}, 90_000);

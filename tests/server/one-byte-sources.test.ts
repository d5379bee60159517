/**
 * server/one-byte-sources.ts: modules whose source holds characters above U+00FF are compiled from a
 * one-byte copy, so V8 keeps their source at one byte a character, and they behave the same.
 */
import { oneByteSource } from '../../server/one-byte-sources';
import { runInFreshNode } from '../helpers/fresh-node';

const WIDE = /[^\x00-\xff]/;

describe('oneByteSource', () => {
  test('escapes wide characters in comments, strings, templates and regular expressions; the module reads the same', () => {
    const source = [
      '// higher clients first ⇒ sorted — and so on',
      "exports.a = 'x' + '\uFFFD' + \"’\";",
      'exports.b = `dash — ${1 + 1} end`;',
      'exports.c = /[“”]/u.test("say “hi”");',
      'exports.d = "😀".length;',
    ].join('\n');
    const out = oneByteSource(source);
    expect(out).not.toMatch(WIDE);
    const run = (src: string) => {
      const m = { exports: {} as Record<string, unknown> };
      new Function('exports', 'module', src)(m.exports, m);
      return m.exports;
    };
    expect(run(out)).toEqual(run(source));
    expect(run(out)).toEqual({ a: 'x\uFFFD’', b: 'dash — 2 end', c: true, d: 2 });
  });

  test('leaves alone what could read differently or would grow', () => {
    for (const source of ['plain ascii and café', 'x = String.raw`—`;', 'x = "\\—";', '“”„‟']) expect(oneByteSource(source)).toBe(source);
  });
});

describe('the installed hook', () => {
  test('a required module with an em dash in a comment is kept one byte a character', () => {
    // 2 M characters of source, one wide character in a comment: the heap holds ~2 MB for it, not ~4 MB.
    const script = `
      const fs = require('node:fs'), os = require('node:os'), path = require('node:path'), v8 = require('node:v8'), vm = require('node:vm');
      v8.setFlagsFromString('--expose-gc'); const gc = vm.runInNewContext('gc');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'one-byte-'));
      const write = (name) => { const f = path.join(dir, name); fs.writeFileSync(f, '// a comment \u2014 with an em dash\\nexports.n = "' + 'x'.repeat(2e6) + '".length;\\n'); return f; };
      const files = [write('a.js'), write('b.js')];
      const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
      const h0 = heap(); const plain = require(files[0]).n;
      const h1 = heap(); require('./server/one-byte-sources'); const oneByte = require(files[1]).n;
      const h2 = heap();
      fs.rmSync(dir, { recursive: true, force: true });
      console.log(JSON.stringify({ plain, oneByte, before: h1 - h0, after: h2 - h1 }));`;
    const r = runInFreshNode(script) as { plain: number; oneByte: number; before: number; after: number };
    expect(r.plain).toBe(2e6);
    expect(r.oneByte).toBe(2e6);
    expect(r.before).toBeGreaterThan(3.5e6); // two bytes a character without the hook
    expect(r.after).toBeLessThan(2.5e6);
  });
});

/**
 * The built server runs Yjs's ES module build (issue 14, CPU per delivery). The CommonJS builds of
 * yjs, lib0 and y-protocols reach every lib0 function through a getter of an interop namespace object
 * (`_interopNamespaceDefault`: `get: function () { return e[k]; }`), one extra call per
 * `encoding.writeVarUint`, `map.setIfUndefined`, …; the ES builds bind them directly. The shipped
 * Node flags (server/node-flags.ts) add the `module` resolution condition, which those packages'
 * `exports` list before `require`, so `require('yjs')` loads `dist/yjs.mjs` (Node 20.19+ requires
 * ES modules synchronously), and every importer in the process gets that one copy. Checked in a fresh
 * plain Node process (no tsx: a server run from source leaves the condition out, SOURCE_NODE_FLAGS).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { SERVER_NODE_FLAGS, SOURCE_NODE_FLAGS } from '../../server/node-flags';

const repoRoot = path.resolve(__dirname, '..', '..');

/** What `require` of the packages the collab path uses resolves to, and which of them a process then holds, under `flags`. */
function resolvedUnder(flags: readonly string[]): { yjs: string; loaded: string[]; sameDoc: boolean } {
  const script = `
const Y = require('yjs');
const { Awareness } = require('y-protocols/awareness');
require('lib0/encoding');
const doc = new Y.Doc();
new Awareness(doc).destroy();
const loaded = Object.keys(require.cache).filter((f) => /\\/node_modules\\/(yjs|lib0|y-protocols)\\//.test(f)).map((f) => f.replace(/.*\\/node_modules\\//, ''));
console.log(JSON.stringify({ yjs: require.resolve('yjs').replace(/.*\\/node_modules\\//, ''), loaded, sameDoc: doc instanceof require('yjs').Doc }));
process.exit(0);`;
  const out = execFileSync(process.execPath, [...flags, '-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { yjs: string; loaded: string[]; sameDoc: boolean };
}

test('the shipped flags resolve yjs, lib0 and y-protocols to their ES module builds, one copy of each', () => {
  expect(SERVER_NODE_FLAGS).toContain('--conditions=module');
  const shipped = resolvedUnder(SERVER_NODE_FLAGS);
  expect(shipped.yjs).toBe('yjs/dist/yjs.mjs');
  expect(shipped.loaded.filter((f) => f.endsWith('.cjs'))).toEqual([]);
  expect(shipped.loaded).toEqual(expect.arrayContaining(['yjs/dist/yjs.mjs', 'y-protocols/awareness.js', 'lib0/encoding.js']));
  expect(shipped.sameDoc).toBe(true);
});

test('without the condition (a server run from source under tsx) the same requires take the CommonJS builds', () => {
  expect(SOURCE_NODE_FLAGS).not.toContain('--conditions=module');
  expect(resolvedUnder(SOURCE_NODE_FLAGS).yjs).toBe('yjs/dist/yjs.cjs');
});

/**
 * The server runs Yjs's ES module build (issue 14, CPU per delivery). The CommonJS builds of yjs,
 * lib0 and y-protocols reach every lib0 function through a getter of an interop namespace object
 * (`_interopNamespaceDefault`: `get: function () { return e[k]; }`), one extra call per
 * `encoding.writeVarUint`, `map.setIfUndefined`, …; the ES builds bind them directly. The shipped
 * Node flags (server/node-flags.ts) add the `module` resolution condition, which those packages'
 * `exports` list before `require`, so `require('yjs')` loads `dist/yjs.mjs` (Node 20.19+ requires
 * ES modules synchronously), and every importer in the process gets that one copy.
 */
import { SERVER_NODE_FLAGS } from '../../server/node-flags';
import { startServerProcess, tempDataDir } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc } from '../helpers/clients';
import { loadedModulesEnv, loadedModulesOf } from '../helpers/loaded-modules';

test('the shipped flags resolve packages by their `module` condition', () => {
  expect(SERVER_NODE_FLAGS).toContain('--conditions=module');
});

test('a real server relays typing with the ES module build of Yjs, and no CommonJS build of yjs, lib0 or y-protocols', async () => {
  const dataDir = tempDataDir();
  const env = loadedModulesEnv(dataDir);
  const server = await startServerProcess({ DATA_DIR: dataDir, ...env });
  try {
    const { id } = await createArticle(server, 'Which Yjs');
    const a = await connectClient(server, id);
    const b = await connectClient(server, id);
    firstParagraphText(a.doc).insert(0, 'a kettle of herons');
    await untilDoc(b.doc, () => bodyText(b.doc) === 'a kettle of herons');
    const loaded = await loadedModulesOf(server.child, env);
    disconnect(a, b);
    expect(loaded.filter((f) => f.includes('/node_modules/yjs/'))).toEqual([expect.stringMatching(/\/node_modules\/yjs\/dist\/yjs\.mjs$/)]);
    expect(loaded.filter((f) => /\/node_modules\/(yjs|lib0|y-protocols)\/.*\.cjs$/.test(f))).toEqual([]);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}, 120_000);

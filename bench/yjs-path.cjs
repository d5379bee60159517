/**
 * The Yjs work of W1 keys alone (no storage, no sockets, no timers): two typists' one-character updates
 * applied to a server document, their cursors applied with y-protocols' awareness, every other pair of
 * one typist's updates merged; `measured` key pairs after `warm` untimed ones, between two
 * `v8.getHeapStatistics()` marks (valgrind's callgrind: `--dump-before='*Isolate*GetHeapStatistics*'`).
 * Which build of yjs, lib0 and y-protocols loads is the Node flags' choice: plain `node` takes their
 * CommonJS builds, `node --conditions=module` (the shipped flags, server/node-flags.ts) their ES builds.
 * Plain CommonJS, so no loader compiles the ES build (tsx's would). Prints the build and CPU per pair.
 *
 *   taskset -c 0 node [--conditions=module] bench/yjs-path.cjs [measured=5000] [warm=5000]
 */
'use strict';
const v8 = require('node:v8');
const Y = require('yjs');
const awarenessProtocol = require('y-protocols/awareness');
const N = Number(process.argv[2] || 5000), WARM = Number(process.argv[3] || 5000);
function makeKeys(n, clientID) {
  const d = new Y.Doc(); d.clientID = clientID;
  const out = []; d.on('update', (u) => out.push(u));
  const t = d.getXmlFragment('prosemirror'); const p = new Y.XmlElement('paragraph'); const x = new Y.XmlText(); p.insert(0, [x]); t.insert(0, [p]);
  const aw = new awarenessProtocol.Awareness(d); const awUpdates = [];
  for (let i = 0; i < n; i++) { x.insert(x.length, 'abcdefghij'[i % 10]); aw.setLocalState({ user: { name: 'u' + clientID, color: '#123456' }, cursor: { anchor: i, head: i } }); awUpdates.push(awarenessProtocol.encodeAwarenessUpdate(aw, [d.clientID])); }
  return { ups: out, awUpdates };
}
const A = makeKeys(N + WARM, 11), B = makeKeys(N + WARM, 22);
function run(from, to) {
  const doc = run.doc || (run.doc = new Y.Doc());
  const aw = run.aw || (run.aw = new awarenessProtocol.Awareness(doc));
  for (let i = from; i < to; i++) {
    for (const K of [A, B]) {
      const u = K.ups[i + 1];
      if (!u) continue;
      Y.applyUpdate(doc, u, 'client');
      awarenessProtocol.applyAwarenessUpdate(aw, K.awUpdates[i], 'client');
    }
    if (i % 4 === 0 && A.ups[i + 1] && A.ups[i + 2]) Y.mergeUpdates([A.ups[i + 1], A.ups[i + 2]]);
  }
}
Y.applyUpdate(run.doc = new Y.Doc(), A.ups[0]); Y.applyUpdate(run.doc, B.ups[0]);
run(0, WARM);
v8.getHeapStatistics();
const c0 = process.cpuUsage();
run(WARM, WARM + N);
const c = process.cpuUsage(c0);
v8.getHeapStatistics();
console.log(require.resolve('yjs').split('/').pop(), `${((c.user + c.system) / N).toFixed(2)} µs per key pair`);
process.exit(0);

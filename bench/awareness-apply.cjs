/**
 * What one cursor's awareness entry costs `applyAwarenessEntries` (server/collab/awareness-apply.ts) per
 * build: one entry of a known client, a newer clock (the W1 cursor), applied to an Awareness with one
 * `update` listener (as a room's), 50,000 warm-up calls, then five rounds of 20,000 calls. Prints the
 * bytes allocated per call in each round (heap growth across the round, with new space large enough that no
 * collection runs in it: a round in which one ran prints `gc`). The last round runs between two
 * `v8.getHeapStatistics()` calls, marks for callgrind (`--dump-before='*Isolate*GetHeapStatistics*'`:
 * the second dump holds it, divide by 20,000).
 *
 *   node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 bench/awareness-apply.cjs <build dir>
 *   valgrind --tool=callgrind --dump-before='*Isolate*GetHeapStatistics*' node --predictable --hash-seed=1 --random-seed=1 --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 bench/awareness-apply.cjs <build dir>
 */
'use strict';
const path = require('path');
const build = path.resolve(process.argv[2]);
const { applyAwarenessEntries } = require(path.join(build, 'server/collab/awareness-apply.js'));
const { Awareness } = require(require.resolve('y-protocols/awareness', { paths: [build] }));
const Y = require(require.resolve('yjs', { paths: [build] }));
const { PerformanceObserver } = require('perf_hooks');
const v8 = require('v8');
const doc = new Y.Doc();
const aw = new Awareness(doc);
let seen = 0;
aw.on('update', (c) => { seen += c.added.length + c.updated.length + c.removed.length; });
const states = Array.from({ length: 64 }, (_, i) => ({ cursor: { anchor: i, head: i + 1 }, user: { name: 'x' } }));
let clock = 0;
const entries = states.map((s) => [{ clientId: 7, clock: 0, state: s }]);
const one = (i) => { const e = entries[i & 63]; e[0].clock = ++clock; applyAwarenessEntries(aw, e, 'origin'); };
for (let i = 0; i < 50000; i++) one(i);
let gcs = 0;
const obs = new PerformanceObserver((l) => (gcs += l.getEntries().length));
obs.observe({ entryTypes: ['gc'] });
const N = 20000;
const rounds = [];
(async () => {
  for (let r = 0; r < 5; r++) {
    await new Promise((res) => setImmediate(res));
    global.gc?.();
    await new Promise((res) => setTimeout(res, 20));
    if (r === 4) v8.getHeapStatistics();
    const g0 = gcs;
    const h0 = process.memoryUsage().heapUsed;
    for (let i = 0; i < N; i++) one(i);
    const h1 = process.memoryUsage().heapUsed;
    await new Promise((res) => setTimeout(res, 20));
    rounds.push(gcs === g0 ? ((h1 - h0) / N).toFixed(1) : 'gc');
  }
  obs.disconnect();
  aw.destroy();
  v8.getHeapStatistics();
  console.log(`${path.basename(build)}: bytes per call ${rounds.join(' ')} (seen ${seen})`);
})();

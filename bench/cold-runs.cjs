/**
 * The quote finder's cold figures in one fresh process (bench/finder-cold.ts runs it):
 *   node --expose-gc bench/cold-runs.cjs <bundle.cjs> <paragraphs.json> [afterGcRuns=10] [warmRuns=20] [profile=none|first|warm|gc] [profileOut]
 * Times, in this order: `require` of the bundle; the first findQuotations run in the process (nothing
 * compiled yet: what an editor's first paste after the page loads costs); the second run; `warmRuns` runs
 * after time-runs.cjs's WARM_UP_RUNS (the bench's warm figure); then `afterGcRuns` runs each after two full
 * collections (`gc(); gc()`, untimed), which empty V8's cache of compiled regular expressions while the
 * functions stay optimised (an article pasted after the page has done other work). Prints one JSON line:
 * { require, first, second, warm: [..], afterGc: [..] } with wall ms, and cpu* the same in CPU ms.
 * With profile=first, warm or gc, the V8 CPU profile (100 µs sampling) of that phase alone (the first run,
 * the warm runs, or the after-collection runs with their collections) is written to profileOut.
 */
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');
const { WARM_UP_RUNS } = require('./time-runs.cjs');

const [bundle, input, gcArg, warmArg, profile = 'none', profileOut] = process.argv.slice(2);
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const afterGcRuns = Number(gcArg ?? 10);
const warmRuns = Number(warmArg ?? 20);
const paragraphs = JSON.parse(readFileSync(input, 'utf8'));

let session = null;
const startProfile = () => {
  const inspector = require('node:inspector');
  session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 100 });
  session.post('Profiler.start');
};
const stopProfile = () => {
  // same-thread inspector sessions answer synchronously
  session.post('Profiler.stop', (err, result) => {
    if (err) throw err;
    writeFileSync(profileOut, JSON.stringify(result.profile));
  });
};

/** Wall and CPU ms of one call. */
const timed = (f) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, value };
};

const out = { require: 0, first: 0, second: 0, warm: [], afterGc: [], cpuFirst: 0, cpuSecond: 0, cpuWarm: [], cpuAfterGc: [] };
const loaded = timed(() => require(bundle).findQuotations);
out.require = loaded.wall;
const find = loaded.value;

if (profile === 'first') startProfile();
const first = timed(() => find(paragraphs));
if (profile === 'first') stopProfile();
out.first = first.wall; out.cpuFirst = first.cpu;
const second = timed(() => find(paragraphs));
out.second = second.wall; out.cpuSecond = second.cpu;

for (let i = 0; i < WARM_UP_RUNS; i++) find(paragraphs);
if (profile === 'warm') startProfile();
for (let i = 0; i < warmRuns; i++) {
  const t = timed(() => find(paragraphs));
  out.warm.push(t.wall); out.cpuWarm.push(t.cpu);
}
if (profile === 'warm') stopProfile();

if (profile === 'gc') startProfile();
for (let i = 0; i < afterGcRuns; i++) {
  globalThis.gc(); globalThis.gc();
  const t = timed(() => find(paragraphs));
  out.afterGc.push(t.wall); out.cpuAfterGc.push(t.cpu);
}
if (profile === 'gc') stopProfile();

console.log(JSON.stringify(out));

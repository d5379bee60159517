/**
 * Preloaded into a server process (`BENCH_SERVER_NODE_OPTIONS="--require <abs>/bench/loop-probe.cjs"`)
 * when LOOP_PROBE_DIR is set: records, on the main thread, where the event loop stalls and what
 * ran then, and writes <LOOP_PROBE_DIR>/probe-<pid>.json when the process exits:
 *  - lags: a 2 ms timer chain; every wake more than 3 ms late (epoch ms of the wake, lag ms, monotonic µs of
 *    the wake: the clock of a .cpuprofile's timestamps, to find what ran in the stall);
 *  - gcs: every GC (epoch ms of its start, duration ms, kind: 1 minor, 2 major, 4 incremental, 8 weak);
 *  - commits: every better-sqlite3 `exec('COMMIT')` (epoch ms of its start, duration ms, the WAL
 *    header's checkpoint sequence read right after it: it changes when a checkpoint let the WAL restart);
 *  - immediates: every setImmediate callback that ran longer than 2 ms (epoch ms, ms, function name).
 * Diagnosis only: it adds a timer wake every 2 ms and a 32-byte read per commit.
 */
'use strict';
const { isMainThread } = require('node:worker_threads');
const dir = process.env.LOOP_PROBE_DIR;
if (dir && isMainThread) {
  // LOOP_PROBE_V8_FLAGS: V8 flags NODE_OPTIONS refuses (e.g. --no-parallel-scavenge), set at start.
  if (process.env.LOOP_PROBE_V8_FLAGS) require('node:v8').setFlagsFromString(process.env.LOOP_PROBE_V8_FLAGS);
  const fs = require('node:fs');
  const path = require('node:path');
  const { performance, PerformanceObserver } = require('node:perf_hooks');
  const epoch = () => performance.timeOrigin + performance.now();
  const out = { lags: [], gcs: [], commits: [], immediates: [] };

  let expected = performance.now() + 2;
  const tick = () => {
    const t = performance.now();
    const lag = t - expected;
    if (lag > 3) out.lags.push([performance.timeOrigin + t, +lag.toFixed(2), Number(process.hrtime.bigint() / 1000n)]);
    expected = performance.now() + 2;
    setTimeout(tick, 2).unref();
  };
  setTimeout(tick, 2).unref();

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) out.gcs.push([performance.timeOrigin + e.startTime, +e.duration.toFixed(2), e.detail ? e.detail.kind : e.kind]);
  }).observe({ entryTypes: ['gc'] });

  const Database = require(require.resolve('better-sqlite3', { paths: [process.cwd()] }));
  const exec = Database.prototype.exec;
  const header = Buffer.alloc(16);
  Database.prototype.exec = function (sql) {
    if (sql !== 'COMMIT') return exec.call(this, sql);
    const at = epoch();
    const t0 = performance.now();
    const r = exec.call(this, sql);
    const ms = performance.now() - t0;
    let seq = -1;
    try {
      const fd = fs.openSync(`${this.name}-wal`, 'r');
      fs.readSync(fd, header, 0, 16, 0);
      fs.closeSync(fd);
      seq = header.readUInt32BE(12);
    } catch {}
    out.commits.push([at, +ms.toFixed(3), seq]);
    return r;
  };

  const setImm = global.setImmediate;
  global.setImmediate = function (fn, ...args) {
    return setImm(function () {
      const t0 = performance.now();
      try {
        return fn.apply(this, arguments);
      } finally {
        const ms = performance.now() - t0;
        if (ms > 2) out.immediates.push([performance.timeOrigin + t0, +ms.toFixed(2), fn.name || String(fn).slice(0, 80)]);
      }
    }, ...args);
  };

  process.once('exit', () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `probe-${process.pid}.json`), JSON.stringify(out));
  });
}

/**
 * Preloaded into a server process (`NODE_OPTIONS=--require bench/cpu-profile.cjs`) when
 * BENCH_PROFILE_DIR is set: profiles the main thread with the inspector and writes
 * <BENCH_PROFILE_DIR>/server-<pid>.cpuprofile when the process exits (open it in Chrome DevTools).
 * `--cpu-prof` itself is not allowed in NODE_OPTIONS, hence this.
 */
'use strict';
const { isMainThread } = require('node:worker_threads');
const dir = process.env.BENCH_PROFILE_DIR;
if (dir && isMainThread) {
  const fs = require('node:fs');
  const path = require('node:path');
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  process.once('exit', () => {
    // Same-thread inspector sessions answer synchronously, so this completes before exit.
    session.post('Profiler.stop', (err, result) => {
      if (err) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}

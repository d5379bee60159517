/**
 * Preloaded into a server process (`NODE_OPTIONS=--require bench/heap-profile.cjs`) when
 * BENCH_HEAP_PROFILE_DIR is set: runs V8's sampling heap profiler on the main thread for the process's
 * whole life, counting objects a scavenge or a major GC already freed too (so the figure is bytes
 * allocated, not bytes live), and writes <BENCH_HEAP_PROFILE_DIR>/server-<pid>.heapprofile on exit
 * (Chrome DevTools opens it). Sampling interval: BENCH_HEAP_SAMPLE_BYTES, default 16384 bytes; V8
 * scales each sample, so a node's `selfSize` estimates the bytes it allocated. Allocation counts do
 * not move with the machine's load the way CPU seconds do (only with how updates were batched).
 */
'use strict';
const { isMainThread } = require('node:worker_threads');
const dir = process.env.BENCH_HEAP_PROFILE_DIR;
if (dir && isMainThread) {
  const fs = require('node:fs');
  const path = require('node:path');
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  session.post('HeapProfiler.enable');
  session.post('HeapProfiler.startSampling', {
    samplingInterval: Number(process.env.BENCH_HEAP_SAMPLE_BYTES || 16384),
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  process.once('exit', () => {
    // Same-thread inspector sessions answer synchronously, so this completes before exit.
    session.post('HeapProfiler.stopSampling', (err, result) => {
      if (err) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `server-${process.pid}.heapprofile`), JSON.stringify(result.profile));
    });
  });
}

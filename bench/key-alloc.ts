/**
 * What one W1 key allocates on the server, per build: the `key` path of bench/paths-ab.ts (25 articles
 * × 3 connections on socket stand-ins; per key the typist's update and cursor frames, stored by the
 * group commit and relayed, then the two readers' echoes of the cursor), run `--keys` times after
 * 3,000 warm-up keys under V8's sampling heap profiler, which counts objects scavenges already freed
 * (bytes allocated, not bytes live). Prints per build: bytes allocated per key, scavenges per 1,000
 * keys and their pause, CPU per key, and the functions that allocate most (self bytes per key).
 * Allocation does not move with the machine's load the way CPU does. Socket writes are not included
 * (stand-ins), and no article reaches the compaction threshold at the default `--keys`.
 *
 *   npx tsx bench/key-alloc.ts dist/ab/base [dist/ab/new …] [--keys=8000] [--top=15] [--sample=1024]
 *
 * `--sample=0` turns the heap profiler off (CPU per key without its cost; no bytes then). The measured
 * keys run between two calls of `v8.getHeapStatistics()`, marks for valgrind's callgrind
 * (`--dump-before='*Isolate*GetHeapStatistics*'`: the dump after the first mark holds the keys' instructions).
 *
 * Run it with the shipped V8 flags (`node --max-semi-space-size=8 --heap-growing-percent=30 --import
 * tsx bench/key-alloc.ts …`) for scavenge counts as the service has them. Not a test: it prints.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import inspector from 'node:inspector';
import v8 from 'node:v8';
import { PerformanceObserver } from 'node:perf_hooks';
import * as Y from 'yjs';
import pino from 'pino';
import type { Identity } from '../shared/contract/roles';
import { startBuildInstance } from './build-instance';
import { roundRobinTyping, typistFrames, type KeyFrames } from './typist-frames';

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const builds = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const KEYS = Number(arg('keys', '8000'));
const TOP = Number(arg('top', '15'));
const SAMPLE_BYTES = Number(arg('sample', '1024'));
const WARM_KEYS = 3000;

type ProfileNode = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: ProfileNode[] };

class StandInSocket {
  send(): void {}
  close(): void {}
}

function post<T>(session: inspector.Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r as T))));
}

/** Self bytes by function (`name file:line`, the path shortened to the package or the build's own file). */
function selfBytes(head: ProfileNode): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (n: ProfileNode) => {
    if (n.selfSize > 0) {
      const file = n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/(server|shared)\//, '$1/');
      const key = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
      out.set(key, (out.get(key) ?? 0) + n.selfSize);
    }
    for (const c of n.children) walk(c);
  };
  walk(head);
  return out;
}

async function measure(build: string): Promise<void> {
  const dir = path.resolve(build);
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Connection } = require(path.join(dir, 'server/collab/connection.js')) as typeof import('../server/collab/connection');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const { user, openNewArticle } = await startBuildInstance(dir, fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-key-alloc-')));
  const options = {
    logger: pino({ level: 'silent' }),
    canWrite: true,
    maxQueuedFrames: 1_000_000,
    maxMessagesPerSecond: 1_000_000_000,
    user: user as Identity,
    presence: { maxStateBytes: 16 * 1024, maxUpdatesPerSecond: 1_000_000_000 },
    counts: { echoesDropped: 0 },
  };
  type Conn = InstanceType<typeof Connection>;
  const typists: { room: { run<T>(task: () => T): Promise<T> }; conn: Conn; readers: Conn[]; frames: KeyFrames[] }[] = [];
  const perTypist = Math.ceil((KEYS + WARM_KEYS) / 75);
  for (let a = 0; a < 25; a++) {
    const room = await openNewArticle(`key-alloc ${a}`);
    const state = await room.run(() => Y.encodeStateAsUpdate(room.doc));
    const conns = [0, 1, 2].map(() => new Connection(new StandInSocket(), room, options));
    for (const c of conns) await room.join(c);
    for (let t = 0; t < 3; t++) {
      const { hello, keys } = typistFrames(state, user.name, perTypist);
      conns[t].receive(hello);
      typists.push({ room, conn: conns[t], readers: conns.filter((c) => c !== conns[t]), frames: keys });
    }
    await room.run(() => undefined);
  }
  const type = roundRobinTyping(typists);
  await type(WARM_KEYS);

  const session = new inspector.Session();
  session.connect();
  const scavenges: number[] = [];
  let majors = 0;
  const gcs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if ((e as { detail?: { kind?: number } }).detail?.kind === 1) scavenges.push(e.duration);
      else majors++;
    }
  });
  gcs.observe({ entryTypes: ['gc'] });
  const sampling = SAMPLE_BYTES > 0;
  if (sampling) {
    await post(session, 'HeapProfiler.enable');
    await post(session, 'HeapProfiler.startSampling', { samplingInterval: SAMPLE_BYTES, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  v8.getHeapStatistics(); // a mark for callgrind (`--dump-before='*Isolate*GetHeapStatistics*'`): the keys' instructions are between two
  const c0 = process.cpuUsage();
  await type(KEYS);
  const cpu = process.cpuUsage(c0);
  v8.getHeapStatistics();
  const emptyProfile: ProfileNode = { callFrame: { functionName: '', url: '', lineNumber: 0 }, selfSize: 0, children: [] };
  const { profile } = sampling ? await post<{ profile: { head: ProfileNode } }>(session, 'HeapProfiler.stopSampling') : { profile: { head: emptyProfile } };
  await new Promise((r) => setImmediate(r)); // the last GC entries
  gcs.disconnect();
  session.disconnect();

  const bytes = selfBytes(profile.head);
  let total = 0;
  for (const b of bytes.values()) total += b;
  const pause = scavenges.reduce((s, d) => s + d, 0);
  console.log(`${build}: ${KEYS} keys, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(
    `  allocated ${(total / KEYS).toFixed(0)} B per key; scavenges ${((scavenges.length / KEYS) * 1000).toFixed(2)} per 1,000 keys, ` +
      `pause ${((pause / KEYS) * 1000).toFixed(1)} ms per 1,000 keys; other GCs ${majors}; CPU ${((cpu.user + cpu.system) / KEYS).toFixed(1)} µs per key (sampling ${sampling ? 'on' : 'off'})`,
  );
  for (const [fn, b] of [...bytes].sort((p, q) => q[1] - p[1]).slice(0, TOP)) console.log(`  ${(b / KEYS).toFixed(0).padStart(6)} B/key  ${fn}`);
}

async function main(): Promise<void> {
  if (builds.length === 0) throw new Error('usage: key-alloc.ts <build dir> [<build dir> …] [--keys=8000] [--top=15] [--sample=1024]');
  for (const b of builds) await measure(b);
  process.exit(0);
}

main().catch((e: Error) => {
  console.error(e);
  process.exit(1);
});

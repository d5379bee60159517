/**
 * The server's part of one W1 key, without sockets or clients in the figure: for instruction counts
 * (`valgrind --tool=callgrind`) and bytes allocated, which do not move with the machine's load the way
 * CPU seconds do. A/B two builds on it; it is not a latency or throughput benchmark.
 *
 * What runs: a real instance of the chosen build (`COLLAB_PATH_BUILD`, a folder holding a built
 * `server/`, default `dist`; SQLite in a temp folder, auth on), `--articles` articles with three
 * connections each, made as the WebSocket transport makes them (`Connection` on the room) but on
 * socket stand-ins that only count what they are sent. Every frame is made before the measured part:
 * per key, one typing update and one awareness (cursor) update of the typist, as a stock y-websocket
 * provider sends them, and the two readers' echoes of that awareness update. Keys go one at a time,
 * round robin over every typist (3 per article): a key's two frames are handed to its connection,
 * then the bench waits until both readers were sent the update and the cursor (stored, then relayed:
 * one group commit per key, as in a W1 run whose server keeps up), then hands over the echoes. The
 * connections have no rate limits (the keys go as fast as the server takes them).
 *
 *   npx tsx bench/collab-path.ts --keys=600 [--articles=5] [--heap=<file>]
 *   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p npx tsx bench/collab-path.ts --keys=600
 *
 * Per-key figures: run it at two `--keys` values and divide the difference (start-up, the frames'
 * making and the instance's start cost the same in both). `--keys=0` makes the frames and sends none.
 * `--heap=<file>` writes a sampling heap profile of the sending part (objects already collected
 * included: bytes allocated). Prints keys, the frames sent to readers and the wall/CPU time of the part.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import inspector from 'node:inspector';
import * as Y from 'yjs';
import pino from 'pino';
import type { Connection as ConnectionClass } from '../server/collab/connection';
import { DEFAULT_PRESENCE_LIMITS } from '../server/collab/presence';
import { typistFrames, type KeyFrames } from './typist-frames';
import { startBuildInstance } from './build-instance';

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

const keys = Number(arg('keys', '600'));
const articles = Number(arg('articles', '5'));
const heapFile = arg('heap', '');
const build = path.resolve(process.env.COLLAB_PATH_BUILD ?? 'dist');

/* eslint-disable @typescript-eslint/no-require-imports */
const { Connection } = require(path.join(build, 'server/collab/connection.js')) as { Connection: typeof ConnectionClass };
/* eslint-enable @typescript-eslint/no-require-imports */

/** A socket stand-in: counts frames and wakes whoever waits for a count. */
class CountingSocket {
  sent = 0;
  private waiter: { n: number; resolve: () => void } | null = null;
  send(): void {
    this.sent++;
    if (this.waiter && this.sent >= this.waiter.n) {
      const w = this.waiter;
      this.waiter = null;
      w.resolve();
    }
  }
  close(): void {}
  until(n: number): Promise<void> {
    if (this.sent >= n) return Promise.resolve();
    return new Promise((resolve) => (this.waiter = { n, resolve }));
  }
}

type Typist = { conn: ConnectionClass; readers: CountingSocket[]; keys: KeyFrames[] };

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-collab-path-'));
  const { app, user, openNewArticle } = await startBuildInstance(build, dataDir);

  const typists: Typist[] = [];
  /** Each socket stand-in's connection (a reader's echo comes in on it). */
  const readerConn = new Map<CountingSocket, ConnectionClass>();
  const perTypist = Math.ceil(keys / (articles * 3));
  for (let a = 0; a < articles; a++) {
    const room = await openNewArticle(`collab path ${a}`);
    const state = await room.run(() => Y.encodeStateAsUpdate(room.doc));
    const sockets = [new CountingSocket(), new CountingSocket(), new CountingSocket()];
    const conns = sockets.map(
      (s) =>
        new Connection(s, room, {
          logger: pino({ level: 'silent' }),
          canWrite: true,
          maxQueuedFrames: 10_000,
          maxMessagesPerSecond: 1_000_000,
          user,
          presence: { ...DEFAULT_PRESENCE_LIMITS, maxUpdatesPerSecond: 1_000_000 },
          counts: { echoesDropped: 0 },
        }),
    );
    sockets.forEach((s, i) => readerConn.set(s, conns[i]));
    for (const c of conns) await room.join(c);
    // Each client's frames, made from its own copy of the article (what a stock provider would send).
    for (let t = 0; t < 3; t++) {
      const { hello, keys: made } = typistFrames(state, user.name, perTypist);
      conns[t].receive(hello);
      typists.push({ conn: conns[t], readers: sockets.filter((_, i) => i !== t), keys: made });
    }
    // The joins' and presence frames are out of the way before measuring.
    await room.run(() => undefined);
  }

  const session = new inspector.Session();
  if (heapFile) {
    session.connect();
    session.post('HeapProfiler.enable');
    session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let sentToReaders = 0;
  for (let k = 0; k < keys; k++) {
    const ty = typists[k % typists.length];
    const key = ty.keys[Math.floor(k / typists.length)];
    const want = ty.readers.map((r) => r.sent + 2);
    ty.conn.receive(key.update);
    ty.conn.receive(key.cursor);
    await Promise.all(ty.readers.map((r, i) => r.until(want[i])));
    sentToReaders += 4;
    // Each reader's stock provider echoes the cursor it heard (the same entry, the same bytes).
    for (const r of ty.readers) readerConn.get(r)?.receive(key.cursor);
  }
  await new Promise((r) => setImmediate(r));
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - t0;
  if (heapFile) {
    await new Promise<void>((resolve) =>
      session.post('HeapProfiler.stopSampling', (err, result) => {
        if (!err) fs.writeFileSync(heapFile, JSON.stringify(result.profile));
        resolve();
      }),
    );
  }
  console.log(JSON.stringify({ build: path.relative(process.cwd(), build) || '.', keys, articles, sentToReaders, wallMs: Math.round(wall), cpuMs: Math.round((cpu.user + cpu.system) / 1000) }));
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e: Error) => {
  console.error(e);
  process.exit(1);
});

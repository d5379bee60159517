/**
 * The y-websocket reference server's part of one W1 key, the same harness shape as bench/key-alloc.ts
 * (25 articles × 3 connections on socket stand-ins; per key the typist's update and cursor frames, then
 * the two readers' echoes of the cursor; the same frames from bench/typist-frames.ts on the same article
 * layout the peers bench seeds), through `@y/websocket-server`'s own `setupWSConnection` (in memory, as
 * the peers bench runs it). `--keys` keys after 3,000 warm-up keys, between two `v8.getHeapStatistics()`
 * marks for callgrind (`--dump-before='*Isolate*GetHeapStatistics*'`). Bundle it (yjs, lib0, y-protocols
 * external, so `-C module` picks their ES builds as the peer's process does) and run it from the repository's
 * root (it loads `node_modules/@y/websocket-server/src/utils.js` from the working directory) beside key-alloc:
 *
 *   node_modules/.bin/esbuild bench/ywebsocket-key.ts --bundle --platform=node --format=cjs --outfile=/tmp/ywk.cjs \
 *     --external:yjs --external:'lib0/*' --external:'y-protocols/*'
 *   valgrind --tool=callgrind --dump-before='*Isolate*GetHeapStatistics*' node --predictable --hash-seed=1 \
 *     --random-seed=1 -C module /tmp/ywk.cjs --keys=2000
 */
import { EventEmitter } from 'node:events';
import v8 from 'node:v8';
import * as Y from 'yjs';
import path from 'node:path';
import { createArticleYDoc } from '../shared/article/convert';
import { typistFrames, updateFrame, type KeyFrames } from './typist-frames';

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const KEYS = Number(arg('keys', '8000'));
const WARM_KEYS = 3000;

/** A `ws` socket stand-in: open, takes what it is sent, and hands frames to the server's listener. */
class StandInWs extends EventEmitter {
  readyState = 1;
  binaryType = 'nodebuffer';
  sent = 0;
  send(_m: Uint8Array, _o: unknown, _cb: (e?: Error) => void): void {
    this.sent++;
  }
  ping(): void {}
  close(): void {}
  receive(frame: Uint8Array): void {
    this.emit('message', frame);
  }
}

/**
 * The package's ES source, as its own server (`src/server.js`, the peers bench's y-websocket) runs it: its imports
 * of yjs, lib0 and y-protocols bind directly (the `require` export, `dist/utils.cjs`, and a bundled copy reach
 * them through interop getters, which the peer's process does not pay). Node 20.19+ requires it synchronously.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { setupWSConnection } = require(path.join(process.cwd(), 'node_modules/@y/websocket-server/src/utils.js')) as {
  setupWSConnection: (conn: unknown, req: { url: string }) => void;
};

async function main(): Promise<void> {
  const layout = Y.encodeStateAsUpdate(createArticleYDoc({ headline: 'Bench' }));
  const typists: { conn: StandInWs; readers: StandInWs[]; frames: KeyFrames[] }[] = [];
  const perTypist = Math.ceil((KEYS + WARM_KEYS) / 75);
  for (let a = 0; a < 25; a++) {
    const conns = [0, 1, 2].map(() => new StandInWs());
    for (const c of conns) setupWSConnection(c, { url: `/room-${a}` });
    conns[0].receive(updateFrame(layout)); // the seed, as the bench's first client sends it
    for (let t = 0; t < 3; t++) {
      const { hello, keys } = typistFrames(layout, `typist ${t}`, perTypist);
      conns[t].receive(hello);
      typists.push({ conn: conns[t], readers: conns.filter((c) => c !== conns[t]), frames: keys });
    }
  }
  let next = 0;
  const type = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++, next++) {
      const ty = typists[next % typists.length];
      const key = ty.frames[Math.floor(next / typists.length)];
      ty.conn.receive(key.update);
      ty.conn.receive(key.cursor);
      await Promise.resolve(); // the one await per key key-alloc's harness has (its room turn)
      for (const r of ty.readers) r.receive(key.cursor);
    }
    await new Promise((r) => setImmediate(r));
  };
  await type(WARM_KEYS);
  v8.getHeapStatistics();
  const c0 = process.cpuUsage();
  await type(KEYS);
  const cpu = process.cpuUsage(c0);
  v8.getHeapStatistics();
  console.log(`y-websocket: ${KEYS} keys, CPU ${((cpu.user + cpu.system) / KEYS).toFixed(1)} µs per key, sent ${typists.reduce((s, t) => s + t.conn.sent, 0)}`);
  process.exit(0);
}

main().catch((e: Error) => {
  console.error(e);
  process.exit(1);
});

/**
 * What decoding a W1 key's frames costs in one build's protocol module, alone: per key the typist's
 * update frame and cursor frame through `decodeMessage` (the update's structs checked, the cursor's
 * entries decoded, as `Connection.receive` does), and the cursor again through `awarenessFrameClientId`
 * (as `Room.isPresenceEcho` reads each reader's echo). No server, socket or timer, so the figure is the
 * protocol module's own: CPU ns per key, and between two `v8.getHeapStatistics()` marks for callgrind
 * (`--dump-before='*Isolate*GetHeapStatistics*'`: the dump after the first mark holds the measured keys).
 *
 *   node_modules/.bin/esbuild bench/frame-decode.ts --bundle --platform=node --format=cjs --outfile=dist/ab/frame-decode.cjs --external:yjs --external:'lib0/*' --external:'y-protocols/*'
 *   taskset -c 0 node -C module dist/ab/frame-decode.cjs dist/ab/base [--keys=200000]
 *
 * Run it with `-C module` (the shipped `--conditions=module`) for the ES module builds of yjs and lib0
 * the built server loads. Not a test: it prints.
 */
import path from 'node:path';
import v8 from 'node:v8';
import * as Y from 'yjs';
import { typistFrames } from './typist-frames';

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const build = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!build) throw new Error('usage: frame-decode.cjs <build dir> [--keys=N]');
const KEYS = Number(arg('keys', '200000'));
const WARM = Math.min(KEYS, 50_000);

type Protocol = typeof import('../server/collab/protocol');
const protocol = require(path.resolve(build, 'server/collab/protocol.js')) as Protocol;
const { createArticleYDoc } = require(path.resolve(build, 'shared/article/convert.js')) as typeof import('../shared/article/convert');

const state = Y.encodeStateAsUpdate(createArticleYDoc({ headline: 'Decoded while typed', standfirst: 'A standfirst of a few words' }));
const { keys } = typistFrames(state, 'Frame Decoder', 1000);

let sink = 0;
function run(n: number): void {
  for (let i = 0; i < n; i++) {
    const k = keys[i % keys.length];
    const u = protocol.decodeMessage(k.update);
    const c = protocol.decodeMessage(k.cursor);
    if (!u.ok || !c.ok) throw new Error('a frame did not decode');
    sink += protocol.awarenessFrameClientId(k.cursor) ?? 0;
  }
}

run(WARM);
v8.getHeapStatistics();
const t0 = process.cpuUsage();
run(KEYS);
const t = process.cpuUsage(t0);
v8.getHeapStatistics();
console.log(`${build}: ${(((t.user + t.system) * 1000) / KEYS).toFixed(0)} ns CPU per key (${KEYS} keys after ${WARM}; ${sink > 0 ? 'ok' : '?'})`);

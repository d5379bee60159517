/**
 * Times the /collab heartbeat's callbacks at N open sockets (issue 14, docs/benchmarks.md "Twelfth
 * pass: the heartbeat sweep"). Usage: `npx tsx bench/heartbeat-sweep.ts 150 1000 5000`; with
 * `BENCH_ROOT=/tmp/base` the server code is imported from that checkout instead (A/B).
 * Every timer/immediate callback whose source mentions the heartbeat is timed with performance.now();
 * the printed figures are the longest single callback and the summed callback time per interval.
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import WebSocket from 'ws';

const samples: number[] = [];
const marker = /ping|heartbeat|sweep/i;
function wrap<F extends (...a: any[]) => any>(orig: F): F {
  return ((fn: (...a: unknown[]) => unknown, ...rest: unknown[]) => {
    if (typeof fn !== 'function' || !marker.test(fn.toString())) return orig(fn, ...rest);
    return orig(function timed(this: unknown, ...args: unknown[]) {
      const t0 = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        samples.push(performance.now() - t0);
      }
    }, ...rest);
  }) as F;
}
globalThis.setInterval = wrap(globalThis.setInterval);
globalThis.setTimeout = wrap(globalThis.setTimeout);
globalThis.setImmediate = wrap(globalThis.setImmediate);

const HEARTBEAT_MS = 1000;
const root = process.env.BENCH_ROOT ?? path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const { startServer } = await import(path.join(root, 'tests/helpers/server'));
  const { createArticle } = await import(path.join(root, 'tests/helpers/clients'));
  for (const n of process.argv.slice(2).map(Number)) {
    const server = await startServer({ HEARTBEAT_MS: String(HEARTBEAT_MS) });
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await createArticle(server, `Sweep ${i}`)).id);
    const sockets: WebSocket[] = [];
    for (let i = 0; i < n; i += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, n - i) }, (_, k) => {
          const ws = new WebSocket(`${server.collabUrl}/${ids[(i + k) % ids.length]}?token=${server.token}`);
          sockets.push(ws);
          return new Promise<void>((resolve, reject) => {
            ws.once('message', () => resolve());
            ws.once('close', (code) => reject(new Error(`closed ${code}`)));
          });
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 2 * HEARTBEAT_MS));
    samples.length = 0;
    const intervals = 5;
    await new Promise((r) => setTimeout(r, intervals * HEARTBEAT_MS));
    const open = server.app.collab.openSockets;
    const sorted = [...samples].sort((a, b) => a - b);
    const sum = samples.reduce((a, b) => a + b, 0);
    console.log(
      JSON.stringify({
        n,
        open,
        callbacks: samples.length,
        longestMs: +sorted[sorted.length - 1].toFixed(2),
        p50Ms: +sorted[Math.floor(sorted.length / 2)].toFixed(3),
        perIntervalMs: +(sum / intervals).toFixed(2),
        load: (await import('node:os')).loadavg()[0].toFixed(2),
      }),
    );
    for (const ws of sockets) ws.terminate();
    await server.close();
  }
}
void main().then(() => process.exit(0));

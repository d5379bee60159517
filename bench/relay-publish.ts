/**
 * The relay's publishing on a real Redis, in process: `--builds=base,new` (dirs under dist/ab/ holding
 * a `npm run build:server` output), alternating, `--rounds` times each. Each round publishes
 * `--turns` turns of the event loop, each turn an update and a cursor for `--rooms` articles (what
 * rooms publish after one group commit), through the build's RedisRelay; nothing subscribes. Prints the
 * publisher's CPU µs per message, Redis's (its process, from /proc), and wall ms until Redis acknowledged the last.
 *
 *   npx tsx bench/relay-publish.ts --builds=base,new --rounds=4
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';

const arg = (name: string, def: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const builds = arg('builds', 'base,new').split(',');
const rounds = Number(arg('rounds', '4'));
const rooms = Number(arg('rooms', '40'));
const turns = Number(arg('turns', '500'));
const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const root = path.resolve(__dirname, '..');

async function one(build: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RedisRelay } = require(path.join(root, 'dist/ab', build, 'server/scale/redis-relay.js'));
  const prefix = `bench-relay-${crypto.randomBytes(4).toString('hex')}`;
  const pub = new Redis(url);
  const relaySub = new Redis(url);
  const relay = new RedisRelay(pub, relaySub, prefix, pino({ level: 'silent' }));
  const ids = Array.from({ length: rooms }, (_, i) => `article-${i}`);
  const update = new Uint8Array(40).fill(7);
  const cursor = new Uint8Array(60).fill(9);
  const total = turns * rooms * 2;
  const redisPid = Number(/process_id:(\d+)/.exec(await pub.info('server'))?.[1]);
  const redis0 = redisCpuMs(redisPid);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let t = 0; t < turns; t++) {
    for (const id of ids) {
      relay.publishUpdate(id, update);
      relay.publishAwareness(id, cursor);
    }
    await new Promise((r) => setImmediate(r));
  }
  const queue = (pub as unknown as { commandQueue: { length: number } }).commandQueue;
  await new Promise((r) => setImmediate(r));
  while (queue.length > 0) await new Promise((r) => setTimeout(r, 1));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const redisUs = (redisCpuMs(redisPid) - redis0) * 1000;
  relay.detach();
  await Promise.all([pub.quit(), relaySub.quit()]);
  return `${build}: ${total} messages, ${((cpu.user + cpu.system) / total).toFixed(2)} µs CPU each (Redis ${(redisUs / total).toFixed(2)}), ${wall.toFixed(0)} ms wall`;
}

/** A process's user+system CPU (ms) from /proc (Redis runs on this machine). */
function redisCpuMs(pid: number): number {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}

void (async () => {
  console.log(`load ${require('node:os').loadavg().map((x: number) => x.toFixed(2)).join(' ')}`);
  for (let r = 1; r <= rounds; r++) for (const b of r % 2 ? builds : [...builds].reverse()) console.log(`round ${r} ${await one(b)}`);
  console.log(`load ${require('node:os').loadavg().map((x: number) => x.toFixed(2)).join(' ')}`);
})();

/**
 * `npm run bench -- peers [options]`: Copydesk side by side with the servers it replaces, in one
 * table. Each server starts fresh as its own process pinned to core 0; this process (the load
 * generator, stock y-websocket providers) is pinned to core 1.
 *
 *   --seconds=N     typing time per workload (default 10: the whole run takes ~2-3 minutes)
 *   --warmup=N      seconds of the same typing before each W1/W2/W4 window, not measured (default 0)
 *   --articles=N    W1/W4 articles (default 50; the scale figure uses 200)
 *   --clients=N     W2 clients on the one article (default 100; the scale figure uses 500)
 *   --joins=N       W3 joins per server (default 9)
 *   --servers=a,b   any of copydesk, copydesk-2x, y-websocket, hocuspocus, hocuspocus-sqlite (default
 *                   all but copydesk-2x). copydesk-2x: two instances on Postgres + Redis, the compose configuration
 *                   as processes (servers.ts); needs both running (DATABASE_URL, REDIS_URL or the defaults)
 *   --workloads=a,b any of w1, w2, w3, w4 (default all; w4 is single-instance Copydesk only: it has /desk)
 *   --readers=light|stock  W2's clients beyond its two typists: light readers (default: bench/peers/reader.ts,
 *                   the stock provider's frames without its Y.Doc) or stock providers (the figures before the fifteenth pass)
 *   --markdown      also print the table as markdown
 */
import os from 'node:os';
import { percentile } from '../lib';
import { PEER_NAMES, pin, startPeer, type PeerName } from './servers';
import { joinWorkload, typingWorkload, type Result } from './workloads';

type Options = { seconds: number; warmup: number; articles: number; clients: number; joins: number; servers: PeerName[]; workloads: string[]; readers: 'light' | 'stock'; markdown: boolean };

function parse(argv: string[]): Options {
  const get = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1];
  const num = (k: string, d: number) => {
    const v = get(k);
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${k} must be a positive integer, got ${v}`);
    return n;
  };
  const servers = (get('servers')?.split(',') ?? PEER_NAMES.filter((n) => n !== 'copydesk-2x')) as PeerName[];
  for (const s of servers) if (!PEER_NAMES.includes(s)) throw new Error(`--servers: unknown server ${s}`);
  const workloads = get('workloads')?.toLowerCase().split(',') ?? ['w1', 'w2', 'w3', 'w4'];
  for (const w of workloads) if (!['w1', 'w2', 'w3', 'w4'].includes(w)) throw new Error(`--workloads: unknown workload ${w}`);
  const readers = get('readers') ?? 'light';
  if (readers !== 'light' && readers !== 'stock') throw new Error(`--readers must be light or stock, got ${readers}`);
  return { readers, seconds: num('seconds', 10), warmup: num('warmup', 0), articles: num('articles', 50), clients: num('clients', 100), joins: num('joins', 9), servers, workloads, markdown: argv.includes('--markdown') };
}

const COLUMNS: [string, (r: Result) => string][] = [
  ['workload', (r) => r.workload],
  ['server', (r) => r.server],
  ['p50 ms', (r) => q(r, 50)],
  ['p99 ms', (r) => q(r, 99)],
  ['p99.9 ms', (r) => q(r, 99.9)],
  ['max ms', (r) => q(r, 100)],
  ['deliv/s', (r) => ((r.deliveries * 1000) / r.wallMs).toFixed(0)],
  ['lost', (r) => String(r.lost)],
  ['CPU s', (r) => (r.cpuMs / 1000).toFixed(2)],
  ['CPU µs/deliv', (r) => ((r.cpuMs * 1000) / Math.max(1, r.deliveries)).toFixed(0)],
  ['peak RSS MB', (r) => r.peakRssMb.toFixed(0)],
  ['gen loop p99/max ms', (r) => `${r.loopP99Ms.toFixed(1)}/${r.loopMaxMs.toFixed(0)}`],
  ['gen CPU %', (r) => ((100 * r.genCpuMs) / r.wallMs).toFixed(0)],
  ['runq wait ms gen/server', (r) => `${r.genRunqMs.toFixed(0)}/${r.serverRunqMs.toFixed(0)}`],
  ['notes', (r) => r.notes.join('; ')],
];

function q(r: Result, p: number): string {
  const sorted = [...r.samples].sort((a, b) => a - b);
  const v = percentile(sorted, p);
  return Number.isNaN(v) ? '' : v >= 100 ? v.toFixed(0) : v.toFixed(2);
}

function table(rows: Result[], markdown: boolean): string {
  const cells = rows.map((r) => COLUMNS.map(([, f]) => f(r)));
  if (markdown) {
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    return [`| ${COLUMNS.map(([t]) => t).join(' | ')} |`, `|${COLUMNS.map(() => '---').join('|')}|`, ...cells.map((c) => `| ${c.map(esc).join(' | ')} |`)].join('\n');
  }
  const widths = COLUMNS.map(([t], i) => Math.max(t.length, ...cells.map((c) => c[i].length)));
  const line = (v: string[]) => v.map((s, i) => (i < 2 || i === v.length - 1 ? s.padEnd(widths[i]) : s.padStart(widths[i]))).join(' | ').trimEnd();
  return [line(COLUMNS.map(([t]) => t)), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)].join('\n');
}

/** Generator delay this high means the clients, not the server, limit the figures. */
const GENERATOR_BOUND_MS = 20;
/** Below this share of a core the generator's delay is not its own work but waiting for the core (the machine's load). */
const GENERATOR_BUSY_SHARE = 0.5;

/** Why a row's generator was late: its own work, or other processes holding its core. */
function generatorWarning(r: Result): string | null {
  if (r.loopP99Ms <= GENERATOR_BOUND_MS) return null;
  const share = r.genCpuMs / r.wallMs;
  const p99 = r.loopP99Ms.toFixed(0);
  if (share >= GENERATOR_BUSY_SHARE) return `WARNING generator-bound (loop p99 ${p99} ms, generator CPU ${(100 * share).toFixed(0)}%)`;
  return `WARNING generator delayed by the machine (loop p99 ${p99} ms at ${(100 * share).toFixed(0)}% CPU; it waited ${r.genRunqMs.toFixed(0)} ms for a core)`;
}

export async function runPeers(argv: string[]): Promise<number> {
  const o = parse(argv);
  const log = (s: string) => console.error(s);
  const pinned = pin(process.pid, 1);
  const load0 = os.loadavg();
  log(`peers: ${o.servers.join(', ')}; ${o.workloads.join(', ')}; ${o.seconds} s typing; generator pinned to core 1: ${pinned}`);
  const rows: Result[] = [];
  for (const name of o.servers) {
    const wants = (w: string) => o.workloads.includes(w) && (w !== 'w4' || name === 'copydesk');
    const runs: [string, (p: Awaited<ReturnType<typeof startPeer>>) => Promise<Result[]>][] = [
      ['w1', async (p) => [await typingWorkload(p, `W1 ${o.articles}×3`, { rooms: o.articles, clientsPerRoom: 3, typistsPerRoom: 3, keysPerSec: 5, seconds: o.seconds, comments: false, warmup: o.warmup })]],
      ['w2', async (p) => [await typingWorkload(p, `W2 1×${o.clients}`, { rooms: 1, clientsPerRoom: o.clients, typistsPerRoom: 2, keysPerSec: 5, seconds: o.seconds, comments: false, warmup: o.warmup, readers: o.readers })]],
      ['w3', (p) => joinWorkload(p, o.joins)],
      ['w4', async (p) => [await typingWorkload(p, `W4 ${o.articles}×3+desk`, { rooms: o.articles, clientsPerRoom: 3, typistsPerRoom: 3, keysPerSec: 5, seconds: o.seconds, comments: true, warmup: o.warmup })]],
    ];
    for (const [w, run] of runs) {
      if (!wants(w)) continue;
      // A fresh server per workload: each figure (RSS, CPU) is that workload's alone.
      const peer = await startPeer(name, { ROOM_UNLOAD_GRACE_MS: '500' });
      try {
        log(`> ${name} ${w}`);
        for (const r of await run(peer)) {
          const warning = generatorWarning(r);
          if (warning) r.notes.push(warning);
          rows.push(r);
          log(`  ${r.workload}: p99 ${q(r, 99)} ms, lost ${r.lost}, CPU ${(r.cpuMs / 1000).toFixed(2)} s`);
        }
      } catch (e) {
        log(`  ${name} ${w} FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        rows.push({ workload: w, server: name, samples: [], deliveries: 0, lost: 0, wallMs: 1, cpuMs: 0, peakRssMb: 0, loopP99Ms: 0, loopMaxMs: 0, genCpuMs: 0, genRunqMs: 0, serverRunqMs: 0, notes: [`FAILED: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`] });
      } finally {
        await peer.close();
      }
    }
  }
  rows.sort((a, b) => a.workload.localeCompare(b.workload));
  const load1 = os.loadavg();
  console.log(`\nPeers (server on core 0, generator on core 1; ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}; node ${process.version}; load average ${load0.map((l) => l.toFixed(2)).join(' ')} at start, ${load1.map((l) => l.toFixed(2)).join(' ')} at end)\n`);
  console.log(table(rows, false));
  if (o.markdown) console.log(`\n${table(rows, true)}`);
  return rows.some((r) => r.notes.some((n) => n.startsWith('FAILED')) || r.lost > 0) ? 1 : 0;
}

/**
 * The peers workloads. W1/W2/W4 are typing on a schedule: every typist is due one key every
 * 1000/keysPerSec ms from a staggered start; a key typed late keeps its due time, so latency is
 * measured from the schedule (no coordinated omission). Each key also sets the typist's awareness
 * cursor. A delivery is one key reaching one other client of the room. W3 times joins of the
 * 259,778-edit trace article. Nothing here asserts; it measures.
 */
import fs from 'node:fs';
import * as Y from 'yjs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { disconnect, untilDoc, type Client } from '../../tests/helpers/clients';
import { connectDesk, type DeskClient } from '../../tests/helpers/desk';
import { anchorOf, newId } from '../../tests/helpers/threads';
import { applyTrace, bodyParagraphLength, bodyParagraphText, loadTrace, now, percentile, sleep } from '../lib';
import { LogReader, processCpuMs, processRss, untilUnloaded } from '../server';
import { PeerWatch, Typist, type ClockSource } from '../typing';
import type { LightReader } from './reader';
import type { Peer } from './servers';

export type Result = {
  workload: string;
  server: string;
  samples: number[];
  deliveries: number;
  lost: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  loopP99Ms: number;
  loopMaxMs: number;
  /** The generator's own CPU over the window (ms): near `wallMs`, it is the limit. */
  genCpuMs: number;
  /**
   * Time (ms) the generator's and the server's main threads were runnable but waiting for a core over
   * the window (/proc/<pid>/schedstat): the machine's other load, not either process's own work.
   */
  genRunqMs: number;
  serverRunqMs: number;
  notes: string[];
};

/**
 * `warmup`: seconds of the same typing before the measured window (not counted: JIT and caches warm).
 * `readers`: the clients beyond the typists are light readers (`light`, the default: ./reader.ts, the
 * stock provider's frames without its Y.Doc) or stock providers (`stock`, as before the fifteenth pass).
 */
export type TypingShape = { rooms: number; clientsPerRoom: number; typistsPerRoom: number; keysPerSec: number; seconds: number; comments: boolean; warmup?: number; readers?: 'light' | 'stock' };

/** One client of a room as the measurement sees it: a stock provider (`client`) or a light reader (`reader`). */
type Member = { client: Client; reader?: undefined; clocks: Y.Doc } | { client?: undefined; reader: LightReader; clocks: ClockSource };

type Scheduled = { typist: Typist; client: Client; due: number };

/**
 * Writes <BENCH_SAMPLES_DIR>/<name>-<epoch ms>.json: `[arrival epoch ms, latency ms, ms the key was typed
 * late by the generator]` per delivery.
 */
function writeSamples(name: string, samples: readonly number[], arrivals: readonly number[], sentLate: readonly number[]): void {
  const dir = process.env.BENCH_SAMPLES_DIR!;
  fs.mkdirSync(dir, { recursive: true });
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const rows = samples.map((ms, i) => [r2(arrivals[i]), r2(ms), r2(sentLate[i])]);
  fs.writeFileSync(`${dir}/${name.replace(/[^\w.-]+/g, '_')}-${Date.now()}.json`, JSON.stringify(rows));
}

/** Types every typist's keys on schedule until `end` (one cursor update per burst); resolves at `end`. */
function typeUntil(typists: Scheduled[], period: number, end: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const t = now();
      for (const ty of typists) {
        const before = ty.typist.typed;
        while (ty.due <= t && ty.due < end) {
          ty.typist.typeOne('x', ty.due);
          ty.due += period;
        }
        // One cursor update per burst, as an editor sends one per transaction.
        const n = ty.typist.typed;
        if (n > before) ty.client.provider.awareness.setLocalStateField('cursor', { anchor: n, head: n });
      }
      if (t >= end) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
}

/** Typists for the first `typistsPerRoom` clients of each room, their first keys spread over one period. */
function scheduleTypists(clients: Member[][], shape: TypingShape, start: number): Scheduled[] {
  const period = 1000 / shape.keysPerSec;
  const typists: Scheduled[] = [];
  clients.forEach((cs) => {
    for (let t = 0; t < shape.typistsPerRoom; t++) {
      const client = stockClient(cs[t]);
      typists.push({ typist: new Typist(bodyParagraphText(client.doc)), client, due: start + (period * typists.length) / (shape.rooms * shape.typistsPerRoom) });
    }
  });
  return typists;
}

function stockClient(m: Member): Client {
  if (!m.client) throw new Error('a typist needs a stock provider');
  return m.client;
}

/**
 * Opens clients `batch` at a time (a few hundred sockets at once would time out on 2 cores): the
 * first `typists` of each room as stock providers, the rest as `readers` says.
 */
async function connectMany(peer: Peer, rooms: string[], perRoom: number, typists: number, readers: 'light' | 'stock', batch = 20): Promise<Member[][]> {
  const out: Member[][] = rooms.map(() => []);
  const jobs = rooms.flatMap((room, r) => Array.from({ length: perRoom }, (_, k) => ({ room, r, light: readers === 'light' && k >= typists })));
  const open = async (j: (typeof jobs)[number]): Promise<Member> => {
    if (j.light) {
      const reader = await peer.connectReader(j.room);
      return { reader, clocks: reader };
    }
    const client = await peer.connect(j.room);
    return { client, clocks: client.doc };
  };
  // Stock providers first (a peer's first client seeds its room), then the light readers.
  for (const part of [jobs.filter((j) => !j.light), jobs.filter((j) => j.light)]) {
    for (let i = 0; i < part.length; i += batch) {
      const done = await Promise.all(part.slice(i, i + batch).map(open));
      done.forEach((c, k) => out[part[i + k].r].push(c));
    }
  }
  return out;
}

function leave(members: Member[]): void {
  for (const m of members) {
    if (m.client) disconnect(m.client);
    else m.reader.close();
  }
}

/** CPU (ms) the server's processes have used so far, summed. */
const serverCpuMs = (peer: Peer) => peer.pids.reduce((ms, pid) => ms + processCpuMs(pid), 0);

/**
 * CPU (ms) of this machine's Postgres and Redis processes that are alive at both ends of a window
 * (`postgres` and `redis-server` by /proc comm). Machine-wide: other users' queries count too.
 */
function dataServicesCpu(): () => number {
  const read = () => {
    const cpu = new Map<number, number>();
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const comm = fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
        if (comm === 'postgres' || comm === 'redis-server') cpu.set(Number(entry), processCpuMs(Number(entry)));
      } catch {
        // The process ended meanwhile.
      }
    }
    return cpu;
  };
  const before = read();
  return () => {
    let ms = 0;
    for (const [pid, c] of read()) ms += c - (before.get(pid) ?? c);
    return ms;
  };
}

/** Nanoseconds the main thread of `pid` has waited runnable for a core (/proc/<pid>/schedstat's second field); 0 where unreadable. */
function runqNs(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) || 0;
  } catch {
    return 0;
  }
}

function meter(peer: Peer) {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const cpu0 = serverCpuMs(peer);
  const gen0 = process.cpuUsage();
  const runq = () => [runqNs(process.pid), peer.pids.reduce((n, pid) => n + runqNs(pid), 0)];
  const [genRunq0, serverRunq0] = runq();
  const t0 = now();
  return () => {
    loop.disable();
    const gen = process.cpuUsage(gen0);
    const [genRunq1, serverRunq1] = runq();
    return {
      genCpuMs: (gen.user + gen.system) / 1000,
      genRunqMs: (genRunq1 - genRunq0) / 1e6,
      serverRunqMs: (serverRunq1 - serverRunq0) / 1e6,
      wallMs: now() - t0,
      cpuMs: serverCpuMs(peer) - cpu0,
      peakRssMb: peer.pids.reduce((b, pid) => b + processRss(pid).peak, 0) / 1e6,
      loopP99Ms: loop.percentile(99) / 1e6,
      loopMaxMs: loop.max / 1e6,
    };
  };
}

/** /desk comment traffic for W4: one socket per article, a thread at the start, a comment every 2 s. */
async function startComments(peer: Peer, rooms: string[], texts: Y.XmlText[]) {
  const s = peer.copydesk;
  if (!s) throw new Error('W4 needs Copydesk');
  const desks: DeskClient[] = [];
  const threads: string[] = [];
  for (let i = 0; i < rooms.length; i++) {
    texts[i].insert(0, 'Hello world ');
    const desk = await connectDesk(s.url, { auth: { token: s.token } });
    desks.push(desk);
    const joined = await desk.emitWithAck('article:join', { articleId: rooms[i] });
    if (!joined.ok) throw new Error(`desk join: ${joined.error.message}`);
  }
  await sleep(300);
  for (let i = 0; i < rooms.length; i++) {
    const threadId = newId();
    const r = await desks[i].emitWithAck('thread:create', { articleId: rooms[i], threadId, commentId: newId(), anchor: anchorOf(texts[i], 0, 5), quote: 'Hello', body: 'Source?' });
    if (!r.ok) throw new Error(`thread:create: ${r.error.message}`);
    threads.push(threadId);
  }
  const acks: number[] = [];
  let failed = 0;
  const timers = desks.map((desk, i) =>
    setTimeout(function tick() {
      const t = now();
      desk.emitWithAck('comment:add', { articleId: rooms[i], threadId: threads[i], commentId: newId(), body: `note ${acks.length}` }).then(
        (r) => (r.ok ? acks.push(now() - t) : failed++),
        () => failed++,
      );
      timers[i] = setTimeout(tick, 2_000);
    }, (2_000 * i) / desks.length),
  );
  return () => {
    timers.forEach(clearTimeout);
    desks.forEach((d) => d.close());
    const sorted = acks.sort((a, b) => a - b);
    return `${acks.length} comments acked (p99 ${percentile(sorted, 99).toFixed(1)} ms), ${failed} failed`;
  };
}

/** Copydesk's own counters (GET /metrics, summed over its instances) over the measured window: what group commit and the report audience did. */
async function copydeskCounters(peer: Peer): Promise<() => Promise<string | null>> {
  const urls = peer.metricsUrls ?? [];
  if (urls.length === 0) return async () => null;
  const NAMES = {
    batches: 'copydesk_update_batches_stored_total',
    transactions: 'copydesk_store_transactions_total',
    reports: 'copydesk_attribution_reports_computed_total',
  } as const;
  const readOne = async (url: string) => {
    const text = await (await fetch(`${url}/metrics`)).text();
    const value = (name: string) => Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1] ?? NaN);
    return { batches: value(NAMES.batches), transactions: value(NAMES.transactions), reports: value(NAMES.reports) };
  };
  const read = async () => {
    const each = await Promise.all(urls.map(readOne));
    const sum = (k: keyof typeof NAMES) => each.reduce((n, c) => n + c[k], 0);
    return { batches: sum('batches'), transactions: sum('transactions'), reports: sum('reports') };
  };
  const before = await read();
  return async () => {
    const after = await read();
    const d = (k: keyof typeof NAMES) => (Number.isNaN(after[k]) ? '?' : String(after[k] - before[k]));
    return `server stored ${d('batches')} batches in ${d('transactions')} transactions, computed ${d('reports')} attribution reports`;
  };
}

/** `lost`: deliveries not seen this long after typing stopped (issue 14's definition). */
const LOST_AFTER_MS = 15_000;
/** How much longer a row with lost deliveries waits to tell late ones from ones that never come. */
const LATE_WAIT_MS = 60_000;

/**
 * Says what became of the deliveries missing at the deadline: waits (bounded by LATE_WAIT_MS) for
 * the rest, and counts how many arrived late and how many never did. For Copydesk it also reads the
 * servers' queues at the deadline (`copydesk_collab_queued_tasks`): frames still waiting there were
 * delayed by the server, not dropped. `samples` keeps growing meanwhile.
 */
async function lateOrNever(peer: Peer, samples: readonly number[], expected: number, seen: number): Promise<string> {
  const queued = await serverQueue(peer);
  const t0 = now();
  while (samples.length < expected && now() - t0 < LATE_WAIT_MS) await sleep(50);
  const late = samples.length - seen;
  const never = expected - samples.length;
  const arrived = late > 0 ? `${late} arrived late (the last ${((now() - t0) / 1000).toFixed(1)} s after the deadline, latency up to ${(samples.slice(seen).reduce((a, b) => Math.max(a, b), 0) / 1000).toFixed(1)} s)` : 'none arrived later';
  const at = queued === null ? '' : `; ${queued} frames queued on the servers at the deadline`;
  return `${expected - seen} missing ${LOST_AFTER_MS / 1000} s after typing: ${arrived}, ${never} never within ${LATE_WAIT_MS / 1000} s more${at}`;
}

/** Tasks queued in Copydesk's rooms, summed over its instances (GET /metrics); null for the peers or when unreadable. */
async function serverQueue(peer: Peer): Promise<number | null> {
  const urls = peer.metricsUrls ?? [];
  if (urls.length === 0) return null;
  try {
    const texts = await Promise.all(urls.map(async (url) => (await fetch(`${url}/metrics`)).text()));
    const queued = texts.reduce((n, text) => n + Number(text.split('\n').find((l) => l.startsWith('copydesk_collab_queued_tasks '))?.split(' ')[1] ?? NaN), 0);
    return Number.isNaN(queued) ? null : queued; // a build without the gauge
  } catch {
    return null;
  }
}

export async function typingWorkload(peer: Peer, workload: string, shape: TypingShape): Promise<Result> {
  const rooms: string[] = [];
  for (let i = 0; i < shape.rooms; i++) rooms.push(await peer.newRoom(`${workload} ${i}`));
  const readers = shape.readers ?? 'light';
  const clients = await connectMany(peer, rooms, shape.clientsPerRoom, shape.typistsPerRoom, readers);
  try {
    // Light readers are synced (the server's whole document arrived) when they connect.
    const stock = clients.flat().flatMap((m) => (m.client ? [m.client] : []));
    await Promise.all(stock.map((c) => untilDoc(c.doc, () => c.doc.getXmlFragment('article').length >= 3, 20_000, 'layout arrives')));
    const texts = clients.map((cs) => bodyParagraphText(stockClient(cs[0]).doc));
    // A connection the server closes mid-run loses deliveries: say why (close code × count).
    const closes = new Map<string, number>();
    let measuring = true;
    const onClose = (e: { code?: number; reason?: unknown } | null) => {
      const key = `${e?.code ?? '?'} ${String(e?.reason ?? '')}`.trim();
      if (measuring) closes.set(key, (closes.get(key) ?? 0) + 1);
    };
    for (const m of clients.flat()) {
      if (m.client) m.client.provider.on('connection-close', onClose);
      else m.reader.onClose(onClose);
    }
    const stopComments = shape.comments ? await startComments(peer, rooms, texts) : undefined;
    await sleep(500);
    const period = 1000 / shape.keysPerSec;
    if (shape.warmup) {
      // The same typing, not measured; then wait (bounded) until every key reached every reader.
      const warm = scheduleTypists(clients, shape, now() + 50);
      let seen = 0;
      const warmWatches = warm.flatMap(({ typist, client }) =>
        clients.find((cs) => cs.some((m) => m.client === client))!.filter((m) => m.client !== client).map((other) => new PeerWatch(other.clocks, typist, () => seen++)),
      );
      await typeUntil(warm, period, now() + 50 + shape.warmup * 1000);
      const due = warm.reduce((n, ty) => n + ty.typist.typed * (shape.clientsPerRoom - 1), 0);
      const until = now() + 15_000;
      while (seen < due && now() < until) await sleep(20);
      warmWatches.forEach((w) => w.stop());
      await sleep(500);
    }
    const samples: number[] = [];
    // BENCH_SAMPLES_DIR: each delivery's arrival (epoch ms) beside its latency, to line up with a server probe.
    const arrivals: number[] | undefined = process.env.BENCH_SAMPLES_DIR ? [] : undefined;
    const sentLate: number[] = [];
    const start = now() + 50;
    const typists = scheduleTypists(clients, shape, start);
    const watches: PeerWatch[] = [];
    clients.forEach((cs) => {
      for (const { typist, client } of typists.filter((ty) => cs.some((m) => m.client === ty.client))) {
        for (const other of cs) if (other.client !== client) watches.push(new PeerWatch(other.clocks, typist, (ms, late) => {
          samples.push(ms);
          if (arrivals) {
            arrivals.push(performance.timeOrigin + now());
            sentLate.push(late);
          }
        }));
      }
    });
    const counters = await copydeskCounters(peer);
    const services = peer.name === 'copydesk-2x' ? dataServicesCpu() : undefined;
    const stopMeter = meter(peer);
    const end = start + shape.seconds * 1000;
    await typeUntil(typists, period, end);
    const expected = typists.reduce((n, ty) => n + ty.typist.typed * (shape.clientsPerRoom - 1), 0);
    const deadline = now() + LOST_AFTER_MS;
    while (samples.length < expected && now() < deadline) await sleep(20);
    const seen = samples.length;
    const m = stopMeter();
    const servicesMs = services?.();
    const readerCount = clients.flat().length - typists.length;
    const notes = [...(peer.notes ?? []), `${typists.length} typists, ${clients.flat().length} clients`];
    if (readerCount > 0) notes.push(`${readerCount} readers ${readers === 'light' ? 'light (bench/peers/reader.ts)' : 'on stock providers'}`);
    if (seen < expected) notes.push(await lateOrNever(peer, samples, expected, seen));
    watches.forEach((w) => w.stop());
    measuring = false;
    if (shape.warmup) notes.push(`measured after ${shape.warmup} s of the same typing`);
    if (servicesMs !== undefined) notes.push(`Postgres+Redis CPU ${(servicesMs / 1000).toFixed(2)} s (machine-wide)`);
    for (const [why, n] of closes) notes.push(`${n} closed by the server (${why})`);
    if (stopComments) notes.push(stopComments());
    const counted = await counters();
    if (counted) notes.push(counted);
    if (arrivals) writeSamples(`${workload}-${peer.name}`, samples, arrivals, sentLate);
    // Figures as at the deadline: later arrivals are only counted in the note.
    return { workload, server: peer.name, samples: samples.slice(0, seen), deliveries: seen, lost: expected - seen, ...m, notes };
  } finally {
    leave(clients.flat());
  }
}

/** Built trace updates by the seed's state vector: the peers share one layout, Copydesk has its own. */
const traceUpdates = new Map<string, { update: Uint8Array; length: number }>();

/** The trace applied to the seed's article layout, as one update (built once per layout, on the generator). */
function traceArticle(seed: Y.Doc): { update: Uint8Array; length: number } {
  const key = Buffer.from(Y.encodeStateVector(seed)).toString('base64');
  const cached = traceUpdates.get(key);
  if (cached) return cached;
  const trace = loadTrace();
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(seed));
  applyTrace(bodyParagraphText(local), trace, 100);
  const built = { update: Y.encodeStateAsUpdate(local, Y.encodeStateVector(seed)), length: trace.endContent.length };
  traceUpdates.set(key, built);
  local.destroy();
  return built;
}

async function timeJoin(peer: Peer, room: string, length: number): Promise<number> {
  const t = now();
  const c = await peer.connect(room);
  const ms = now() - t;
  if (bodyParagraphLength(c.doc) !== length) throw new Error(`${peer.name}: joined without the whole trace`);
  disconnect(c);
  return ms;
}

/**
 * Waits (bounded) until the server process uses under `maxMs` of CPU in a `windowMs` window: work it
 * does after a big upload (Copydesk indexes the article for search, takes versions) is then not
 * counted against the joins measured next. Resolves with the CPU it used meanwhile (ms).
 */
async function untilServerIdle(peer: Peer, windowMs = 250, maxMs = 10, boundMs = 15_000): Promise<number> {
  const start = serverCpuMs(peer);
  const deadline = now() + boundMs;
  for (;;) {
    const c0 = serverCpuMs(peer);
    await sleep(windowMs);
    if (serverCpuMs(peer) - c0 < maxMs || now() > deadline) return serverCpuMs(peer) - start;
  }
}

/** W3: median connect -> synced of a client joining the trace article, warm (and cold for Copydesk). */
export async function joinWorkload(peer: Peer, joins: number): Promise<Result[]> {
  const room = await peer.newRoom('W3 trace');
  const writer = await peer.connect(room);
  const { update, length } = traceArticle(writer.doc);
  Y.applyUpdate(writer.doc, update);
  const check = await peer.connect(room);
  await untilDoc(check.doc, () => bodyParagraphLength(check.doc) === length, 60_000, 'the trace reaches the server');
  disconnect(check);
  const settleMs = await untilServerIdle(peer);
  const stopMeter = meter(peer);
  const warm: number[] = [];
  for (let i = 0; i < joins; i++) warm.push(await timeJoin(peer, room, length));
  const mWarm = stopMeter();
  disconnect(writer);
  const out: Result[] = [{ workload: 'W3 warm', server: peer.name, samples: warm, deliveries: warm.length, lost: 0, ...mWarm, notes: [`${joins} joins, room loaded; measured once the server idled (${settleMs.toFixed(0)} ms CPU after the upload, not counted)`] }];
  const s = peer.copydesk;
  if (s) {
    const log = new LogReader(s.sqliteFile);
    try {
      const cold: number[] = [];
      let cpuMs = 0;
      for (let i = 0; i < Math.min(joins, 5); i++) {
        await untilUnloaded(s.url, log, [room], 20_000);
        const c0 = processCpuMs(s.pid);
        cold.push(await timeJoin(peer, room, length));
        cpuMs += processCpuMs(s.pid) - c0;
      }
      const m = { ...mWarm, cpuMs, wallMs: cold.reduce((a, b) => a + b, 0) };
      out.push({ workload: 'W3 cold', server: peer.name, samples: cold, deliveries: cold.length, lost: 0, ...m, notes: [`${cold.length} joins, room unloaded (SQLite read)`] });
    } finally {
      log.close();
    }
  }
  return out;
}

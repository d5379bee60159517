/**
 * Cold open of a large article. The real editing trace (automerge-paper, 259,778 edits) is applied
 * in this process to the first body paragraph of a copy of a new article's Y.Doc; the difference is
 * sent as ONE update through a stock WebsocketProvider (the server decodes, stores and relays it).
 * Then, with ROOM_UNLOAD_GRACE_MS=500 so the room unloads between runs:
 * - open: socket connect -> whole document received (server sync step 2), room not loaded (cold:
 *   SQLite read + merge + apply) and loaded (warm); once with a raw socket (server cost only) and
 *   once with a stock provider (adds applying 100k characters on the client);
 * - `GET /api/articles/:id` (renders the whole document to plain text), cold and warm, and the
 *   latency of edits on the same article while such a GET runs;
 * - the update log's size before and after compaction (see also coldopen-replay.ts).
 */
import * as Y from 'yjs';
import { api, connectClient, createArticle, disconnect, untilDoc, type Client } from '../tests/helpers/clients';
import {
  applyTrace,
  bodyParagraphLength,
  bodyParagraphText,
  MB,
  now,
  patchCount,
  sleep,
  summarize,
  loadTrace,
  type Benchmark,
  type BenchContext,
  type Row,
  type Trace,
} from './lib';
import { cpuNote, launchServer, LogReader, NO_RATE_LIMIT, startCpuMeter, untilUnloaded, type BenchServer } from './server';
import { RawClient } from './raw-client';
import { PeerWatch, Typist } from './typing';
import { replayTraceInChunks } from './coldopen-replay';

const GRACE_MS = 500;
const COLD_RUNS = 5;
const WARM_RUNS = 5;
/** The room's debounced article-row refresh (article-touches.ts TOUCH_INTERVAL_MS) plus a margin. */
const AFTER_LAST_STORE_MS = 1_200;

export const coldOpen: Benchmark = {
  name: 'coldopen',
  description: 'a 104,852-character article built from a real editing trace: store, open cold/warm, GET',
  async run(ctx: BenchContext): Promise<Row[]> {
    const t = now();
    const trace = loadTrace();
    ctx.log(`  trace loaded in ${(now() - t).toFixed(0)} ms: ${patchCount(trace)} edits, ${trace.endContent.length} chars`);
    const server = await launchServer(ctx.serverMode, { ...NO_RATE_LIMIT, ROOM_UNLOAD_GRACE_MS: String(GRACE_MS) });
    const log = new LogReader(server.sqliteFile);
    try {
      const env: Env = { server, log, trace, ctx };
      const rows: Row[] = [];
      const id = await storeWholeTrace(env, rows);
      await measureOpens(env, id, rows);
      await measureGets(env, id, rows);
      rows.push(...(await replayTraceInChunks(env)));
      return rows;
    } finally {
      log.close();
      await server.close();
    }
  },
};

export type Env = { server: BenchServer; log: LogReader; trace: Trace; ctx: BenchContext };

const ms = (t0: number) => now() - t0;

/** Disconnects the clients and waits until the room has unloaded (and compacted its log). */
async function closeAndUnload(env: Env, id: string, clients: Client[], raws: RawClient[] = []): Promise<void> {
  disconnect(...clients);
  await Promise.all(raws.map((r) => r.close()));
  await untilUnloaded(env.server.url, env.log, [id]);
  await sleep(50);
}

async function storeWholeTrace(env: Env, rows: Row[]): Promise<string> {
  const { server, log, trace, ctx } = env;
  const { id } = await createArticle(server, 'Cold open: the automerge-paper editing trace');
  const writer = await connectClient(server, id);
  const peer = await connectClient(server, id);

  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(writer.doc));
  const text = bodyParagraphText(local);
  let t = now();
  applyTrace(text, trace);
  const buildMs = ms(t);
  if (text.toString() !== trace.endContent) throw new Error('the trace did not produce endContent');
  const update = Y.encodeStateAsUpdate(local, Y.encodeStateVector(writer.doc));
  const stateBytes = Y.encodeStateAsUpdate(local).byteLength;
  local.destroy();
  ctx.log(`  built the trace document in ${buildMs.toFixed(0)} ms; update ${update.byteLength} bytes`);
  rows.push({
    name: 'coldopen',
    params: 'build: apply trace to Y.XmlText (client)',
    p50: buildMs,
    opsPerSec: (patchCount(trace) * 1000) / buildMs,
    mb: update.byteLength / MB,
    notes: `1 run; text == endContent; whole-trace update ${update.byteLength} B, full doc state ${stateBytes} B`,
  });

  t = now();
  Y.applyUpdate(writer.doc, update); // the provider sends it as one message
  const len = trace.endContent.length;
  await untilDoc(peer.doc, () => bodyParagraphLength(peer.doc) === len, 60_000, 'peer to receive the trace');
  const relayMs = ms(t);
  rows.push({
    name: 'coldopen',
    params: 'store + relay the whole trace (1 message)',
    p50: relayMs,
    mb: update.byteLength / MB,
    notes: '1 run; writer provider -> server (decode, apply, SQLite) -> peer provider applied',
  });

  await sleep(AFTER_LAST_STORE_MS);
  const beforeLog = log.log(id);
  await closeAndUnload(env, id, [writer, peer]);
  const afterLog = log.log(id);
  rows.push({
    name: 'coldopen',
    params: 'update log, 1-message store',
    mb: afterLog.bytes / MB,
    notes: `before compaction ${beforeLog.rows} rows ${beforeLog.bytes} B; after unload ${afterLog.rows} row ${afterLog.bytes} B`,
  });
  return id;
}

async function measureOpens(env: Env, id: string, rows: Row[]): Promise<void> {
  const { server, trace, ctx } = env;
  const len = trace.endContent.length;
  const coldRaw: number[] = [];
  const coldProvider: number[] = [];
  let step2Bytes = 0;
  for (let i = 0; i < COLD_RUNS; i++) {
    let t = now();
    const raw = new RawClient(server, id);
    coldRaw.push((await raw.waitSynced()) - t);
    step2Bytes = raw.step2Bytes;
    await closeAndUnload(env, id, [], [raw]);

    t = now();
    const c = await connectClient(server, id, 60_000);
    coldProvider.push(ms(t));
    if (bodyParagraphLength(c.doc) !== len) throw new Error('cold open: the synced document is not the trace');
    await closeAndUnload(env, id, [c]);
  }

  const holder = new RawClient(server, id); // keeps the room loaded
  await holder.waitSynced();
  const warmRaw: number[] = [];
  const warmProvider: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    let t = now();
    const raw = new RawClient(server, id);
    warmRaw.push((await raw.waitSynced()) - t);
    await raw.close();
    t = now();
    const c = await connectClient(server, id, 60_000);
    warmProvider.push(ms(t));
    disconnect(c);
  }
  await closeAndUnload(env, id, [], [holder]);

  const row = (params: string, samples: number[], notes: string): Row => {
    const s = summarize(samples);
    return { name: 'coldopen', params, p50: s.p50, p95: s.p95, p99: s.p99, mb: step2Bytes / MB, notes: `n=${s.n}; ${notes}` };
  };
  rows.push(row('open cold, raw socket', coldRaw, 'room not loaded: connect -> whole doc received (SQLite load + merge + encode)'));
  rows.push(row('open cold, stock provider', coldProvider, 'connect -> synced, incl. client applying the doc'));
  rows.push(row('open warm, raw socket', warmRaw, 'room loaded: connect -> whole doc received'));
  rows.push(row('open warm, stock provider', warmProvider, 'connect -> synced, incl. client applying the doc'));
  ctx.log(`  opens: cold raw p50 ${summarize(coldRaw).p50.toFixed(1)} ms, warm raw p50 ${summarize(warmRaw).p50.toFixed(1)} ms`);
}

async function getArticle(env: Env, id: string): Promise<{ ms: number; bytes: number; textLength: number }> {
  const t = now();
  const res = await api(env.server, `/api/articles/${id}`);
  const body = await res.text();
  const elapsed = ms(t);
  if (res.status !== 200) throw new Error(`GET /api/articles/${id}: ${res.status} ${body.slice(0, 200)}`);
  return { ms: elapsed, bytes: Buffer.byteLength(body), textLength: (JSON.parse(body) as { text: string }).text.length };
}

async function measureGets(env: Env, id: string, rows: Row[]): Promise<void> {
  const { server, ctx } = env;
  const cold: number[] = [];
  let last = { ms: 0, bytes: 0, textLength: 0 };
  for (let i = 0; i < WARM_RUNS; i++) cold.push((last = await getArticle(env, id)).ms);

  const writer = await connectClient(server, id, 60_000);
  const peer = await connectClient(server, id, 60_000);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push((await getArticle(env, id)).ms);

  // Edits on the same article, one every 10 ms: first alone, then while warm GETs run back to back.
  const typist = new Typist(bodyParagraphText(writer.doc));
  let samples: number[] = [];
  const watch = new PeerWatch(peer.doc, typist, (l) => samples.push(l));
  const typeFor = async (work: () => Promise<void>) => {
    samples = [];
    const timer = setInterval(() => typist.typeOne(), 10);
    await work();
    clearInterval(timer);
    await untilDoc(peer.doc, () => watch.seen >= typist.typed, 10_000, 'edits to arrive');
    return summarize(samples);
  };
  const cpu = startCpuMeter(server);
  const idle = await typeFor(() => sleep(1_000));
  const idleCpu = cpu.stop();
  const duringGet = await typeFor(async () => {
    for (let i = 0; i < WARM_RUNS; i++) await getArticle(env, id);
  });
  watch.stop();
  await closeAndUnload(env, id, [writer, peer]);

  const s = (xs: number[]) => summarize(xs);
  const note = `n=${WARM_RUNS}; body ${last.bytes} B JSON, text ${last.textLength} chars`;
  rows.push({ name: 'coldopen', params: 'GET /api/articles/:id, room not loaded', ...pick(s(cold)), mb: last.bytes / MB, notes: note });
  rows.push({ name: 'coldopen', params: 'GET /api/articles/:id, room loaded', ...pick(s(warm)), mb: last.bytes / MB, notes: note });
  rows.push({
    name: 'coldopen',
    params: 'edit-to-peer latency, 1 char/10 ms',
    ...pick(idle),
    notes: `in the 104,852-char paragraph, room loaded, no GET; ${idle.n} edits, max ${idle.max.toFixed(1)} ms; ${cpuNote(idleCpu)}`,
  });
  rows.push({
    name: 'coldopen',
    params: 'edit-to-peer latency while GETs run',
    ...pick(duringGet),
    notes: `same, while ${WARM_RUNS} GETs run back to back; ${duringGet.n} edits, max ${duringGet.max.toFixed(0)} ms`,
  });
  ctx.log(`  GET cold p50 ${s(cold).p50.toFixed(0)} ms, warm p50 ${s(warm).p50.toFixed(0)} ms; edit p99 during GET ${duringGet.p99.toFixed(0)} ms`);
}

function pick(s: { p50: number; p95: number; p99: number }): { p50: number; p95: number; p99: number } {
  return { p50: s.p50, p95: s.p95, p99: s.p99 };
}

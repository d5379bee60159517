/**
 * The trace as an editor would send it: the same 259,778 edits replayed into a second article as
 * ~1,000 updates (260 trace transactions each, about one update per second of real typing), sent by
 * a raw socket with up to WINDOW updates in flight and counted by a raw observer. Shows the relay
 * rate of realistic updates, what the update log holds before the unload compaction (the server
 * also compacts every COMPACT_THRESHOLD=500 entries while loaded) and after it, and that a fresh
 * provider gets back exactly the trace's final text.
 */
import * as Y from 'yjs';
import { connectClient, createArticle, disconnect } from '../tests/helpers/clients';
import { applyTrace, bodyParagraphLength, bodyParagraphText, MB, now, pollUntil, sleep, summarize, type Row } from './lib';
import { cpuNote, startCpuMeter, untilUnloaded } from './server';
import { RawClient } from './raw-client';
import type { Env } from './coldopen';

/** 491 updates (+1 creating the paragraph's text): the log stays under COMPACT_THRESHOLD (500), so it
 * holds every update until the unload compaction. */
const TXNS_PER_UPDATE = 530;
const WINDOW = 8;

export async function replayTraceInChunks(env: Env): Promise<Row[]> {
  const { server, log, trace, ctx } = env;
  const { id } = await createArticle(server, 'Cold open: the trace replayed in chunks');

  // Build the chunks on a copy of the new article's document, one Yjs update per chunk.
  const base = await connectClient(server, id);
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(base.doc));
  disconnect(base);
  const chunks: Uint8Array[] = [];
  local.on('update', (u: Uint8Array) => chunks.push(u));
  const text = bodyParagraphText(local); // creating the paragraph's text is the first update
  applyTrace(text, trace, TXNS_PER_UPDATE);
  if (text.toString() !== trace.endContent) throw new Error('the trace did not produce endContent');
  local.destroy();
  const sentBytes = chunks.reduce((n, c) => n + c.byteLength, 0);

  const writer = new RawClient(server, id);
  const sentAt: number[] = [];
  const latencies: number[] = [];
  let acked = 0;
  let pump = () => undefined as void;
  const observer = new RawClient(server, id, {
    onUpdate: () => {
      latencies.push(now() - sentAt[acked++]);
      pump();
    },
  });
  await Promise.all([writer.waitSynced(), observer.waitSynced()]);
  await sleep(100);
  const seq0 = log.lastSeq();
  const cpu = startCpuMeter(server);
  pump = () => {
    while (sentAt.length < chunks.length && sentAt.length - acked < WINDOW) {
      sentAt.push(now());
      writer.sendUpdate(chunks[sentAt.length - 1]);
    }
  };
  pump();
  await pollUntil(() => acked >= chunks.length, 120_000, 'every chunk to be relayed', 5);
  const usage = cpu.stop();
  const appended = log.lastSeq() - seq0;
  const before = log.log(id);
  await Promise.all([writer.close(), observer.close()]);
  await untilUnloaded(server.url, log, [id]);
  const after = log.log(id);

  const check = await connectClient(server, id, 60_000);
  const ok = bodyParagraphLength(check.doc) === trace.endContent.length && bodyParagraphText(check.doc).toString() === trace.endContent;
  disconnect(check);
  if (!ok) throw new Error('the replayed article does not hold the trace end content');

  const s = summarize(latencies);
  const rate = (chunks.length * 1000) / usage.wallMs;
  ctx.log(`  replay: ${chunks.length} updates in ${usage.wallMs.toFixed(0)} ms; log ${before.rows} rows ${before.bytes} B -> ${after.bytes} B`);
  return [
    {
      name: 'coldopen',
      params: `replay trace as ${chunks.length} updates, window ${WINDOW}`,
      p50: s.p50,
      p95: s.p95,
      p99: s.p99,
      opsPerSec: rate,
      mb: sentBytes / MB,
      notes: `updates/s relayed (latency = send -> observer); ${(usage.wallMs / 1000).toFixed(1)} s, ${appended} SQLite appends; ${cpuNote(usage)}; reopened text == endContent`,
    },
    {
      name: 'coldopen',
      params: 'update log, replayed article',
      mb: after.bytes / MB,
      notes: `before unload ${before.rows} rows ${(before.bytes / MB).toFixed(2)} MB; after compaction ${after.rows} row ${(after.bytes / MB).toFixed(2)} MB`,
    },
  ];
}

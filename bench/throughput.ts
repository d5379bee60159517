/**
 * Throughput: K articles, two stock providers on each, both typing forward into the same paragraph
 * (one appending at its end, one typing from its start) as fast as the server acknowledges. The
 * protocol has no ack, so a character counts as acknowledged once the *other* client has it: the server stores an update
 * before relaying it, so arrival at the peer means stored and relayed. Each client keeps at most
 * WINDOW characters unacknowledged. Reported: characters the peers received per second (end to end),
 * updates the server appended to SQLite per second, and the type-to-peer latency under that load.
 */
import { connectClient, createArticle, disconnect, untilDoc, type Client } from '../tests/helpers/clients';
import { bodyParagraphLength, bodyParagraphText, pollUntil, sleep, summarize, type Benchmark, type BenchContext, type Row } from './lib';
import { cpuNote, launchServer, LogReader, NO_RATE_LIMIT, startCpuMeter, type BenchServer } from './server';
import { PeerWatch, Typist } from './typing';

const ARTICLE_COUNTS = [1, 20];
/** Characters a client may have in flight (typed, not yet seen by its peer). */
const WINDOW = 1;
const DURATION_MS = 5_000;

export const throughput: Benchmark = {
  name: 'throughput',
  description: 'K articles x 2 clients typing as fast as the peer receives; updates/s end to end',
  async run(ctx: BenchContext): Promise<Row[]> {
    const server = await launchServer(ctx.serverMode, NO_RATE_LIMIT);
    const log = new LogReader(server.sqliteFile);
    try {
      const rows: Row[] = [];
      for (const k of ARTICLE_COUNTS) rows.push(await measure(server, log, k, ctx));
      return rows;
    } finally {
      log.close();
      await server.close();
    }
  },
};

type Pair = { a: Client; b: Client; loops: { typist: Typist; watch: PeerWatch }[] };

async function openPair(server: BenchServer, k: number): Promise<{ a: Client; b: Client }> {
  const { id } = await createArticle(server, `Throughput article ${k}`);
  const a = await connectClient(server, id);
  const b = await connectClient(server, id);
  bodyParagraphText(a.doc).insert(0, '.');
  await untilDoc(b.doc, () => bodyParagraphLength(b.doc) === 1, 10_000, 'peer has the paragraph');
  return { a, b };
}

async function measure(server: BenchServer, log: LogReader, articleCount: number, ctx: BenchContext): Promise<Row> {
  const opened: { a: Client; b: Client }[] = [];
  try {
    for (let i = 0; i < articleCount; i += 10) {
      opened.push(...(await Promise.all(Array.from({ length: Math.min(10, articleCount - i) }, (_, j) => openPair(server, i + j)))));
    }
    await sleep(200);

    let running = false;
    const latencies: number[] = [];
    const pairs: Pair[] = opened.map(({ a, b }) => {
      const loops: Pair['loops'] = [];
      for (const [writer, peer, where] of [
        [a, b, 'end'],
        [b, a, 'prefix'],
      ] as const) {
        const typist = new Typist(bodyParagraphText(writer.doc), where);
        const loop = {
          typist,
          watch: new PeerWatch(peer.doc, typist, (ms) => {
            latencies.push(ms);
            // Pumped from the peer's update event: the next character goes once this one arrived.
            queueMicrotask(() => pump(loop));
          }),
        };
        loops.push(loop);
      }
      return { a, b, loops };
    });
    const pump = (loop: Pair['loops'][number]) => {
      while (running && loop.typist.typed - loop.watch.seen < WINDOW) loop.typist.typeOne();
    };
    const allLoops = pairs.flatMap((p) => p.loops);

    const seq0 = log.lastSeq();
    const cpu = startCpuMeter(server);
    running = true;
    allLoops.forEach(pump);
    await sleep(DURATION_MS);
    running = false;
    const usage = cpu.stop();
    const seen = allLoops.reduce((n, l) => n + l.watch.seen, 0);
    const stored = log.lastSeq() - seq0;
    await pollUntil(() => allLoops.every((l) => l.watch.seen >= l.typist.typed), 15_000, 'in-flight characters to arrive');
    allLoops.forEach((l) => l.watch.stop());

    const s = summarize(latencies);
    const perSec = (seen * 1000) / usage.wallMs;
    ctx.log(`  throughput K=${articleCount}: ${perSec.toFixed(0)} updates/s relayed, ${((stored * 1000) / usage.wallMs).toFixed(0)}/s stored`);
    return {
      name: 'throughput',
      params: `${articleCount} article${articleCount > 1 ? 's' : ''} x 2 clients, window ${WINDOW}`,
      p50: s.p50,
      p95: s.p95,
      p99: s.p99,
      opsPerSec: perSec,
      notes: `updates relayed/s (latency = type-to-peer); ${((stored * 1000) / usage.wallMs).toFixed(0)}/s appended to SQLite; ${cpuNote(usage)}`,
    };
  } finally {
    disconnect(...opened.flatMap((p) => [p.a, p.b]));
  }
}

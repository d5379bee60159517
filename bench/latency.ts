/**
 * Edit-to-peer latency: one writer and N observers (stock WebsocketProviders) on one article. The
 * writer types one character every 20 ms for 5 s; each observer records, per character, the time
 * from the writer's insert to the update reaching its Y.Doc (same process, same clock).
 */
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../shared/article/layout';
import { connectClient, createArticle, disconnect, untilDoc, type Client } from '../tests/helpers/clients';
import { bodyParagraphText, pollUntil, sleep, summarize, type Benchmark, type BenchContext, type Row } from './lib';
import { cpuNote, launchServer, startCpuMeter, type BenchServer } from './server';
import { PeerWatch, Typist } from './typing';

const OBSERVER_COUNTS = [1, 10, 50];
const INTERVAL_MS = 20;
const DURATION_MS = 5_000;

export const latency: Benchmark = {
  name: 'latency',
  description: 'edit-to-peer latency, 1 writer + N observers, one character every 20 ms for 5 s',
  async run(ctx: BenchContext): Promise<Row[]> {
    const server = await launchServer(ctx.serverMode);
    try {
      const rows: Row[] = [];
      for (const n of OBSERVER_COUNTS) rows.push(await measure(server, n, ctx));
      return rows;
    } finally {
      await server.close();
    }
  },
};

function hasBodyText(doc: Y.Doc): boolean {
  const p = doc.getXmlFragment(ARTICLE_FRAGMENT).get(2);
  return p instanceof Y.XmlElement && p.get(0) instanceof Y.XmlText;
}

async function measure(server: BenchServer, observerCount: number, ctx: BenchContext): Promise<Row> {
  const { id } = await createArticle(server, `Latency with ${observerCount} observers`);
  const writer = await connectClient(server, id);
  const observers: Client[] = [];
  try {
    const text = bodyParagraphText(writer.doc);
    for (let i = 0; i < observerCount; i += 10) {
      const batch = Math.min(10, observerCount - i);
      observers.push(...(await Promise.all(Array.from({ length: batch }, () => connectClient(server, id)))));
    }
    await Promise.all(observers.map((o) => untilDoc(o.doc, () => hasBodyText(o.doc), 10_000, 'observer has the paragraph')));
    await sleep(200); // let the join-time awareness traffic settle

    const typist = new Typist(text);
    const samples: number[] = [];
    const watches = observers.map((o) => new PeerWatch(o.doc, typist, (ms) => samples.push(ms)));
    const total = Math.round(DURATION_MS / INTERVAL_MS);
    const cpu = startCpuMeter(server);
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        typist.typeOne();
        if (typist.typed >= total) {
          clearInterval(timer);
          resolve();
        }
      }, INTERVAL_MS);
    });
    const typingMs = cpu.stop().wallMs;
    await pollUntil(() => watches.every((w) => w.seen >= total), 15_000, 'every observer to see every character');
    const usage = cpu.stop();
    watches.forEach((w) => w.stop());

    const s = summarize(samples);
    ctx.log(`  latency N=${observerCount}: p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, max ${s.max.toFixed(1)} ms`);
    return {
      name: 'latency',
      params: `1 writer + ${observerCount} observer${observerCount > 1 ? 's' : ''}, 1 char/${INTERVAL_MS} ms`,
      p50: s.p50,
      p95: s.p95,
      p99: s.p99,
      opsPerSec: (total * 1000) / typingMs,
      notes: `${s.n} deliveries, max ${s.max.toFixed(1)} ms; ${cpuNote(usage)}`,
    };
  } finally {
    disconnect(writer, ...observers);
  }
}

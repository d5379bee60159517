/**
 * How long after a word is stored until GET /api/articles?q= finds it (SEARCH_INDEX_DELAY_MS plus
 * the indexing), on SQLite, or on Postgres with DATABASE_URL set (in a fresh schema). `npx tsx bench/search-latency.ts`.
 * Not a test: prints the median and worst of RUNS words typed by a stock y-websocket client.
 */
import { startServer } from '../tests/helpers/server';
import { createTestSchema } from '../tests/helpers/postgres';
import { api, connectClient, createArticle, disconnect, firstParagraphText, untilDoc } from '../tests/helpers/clients';

const RUNS = 20;

async function main(): Promise<void> {
  // Postgres: a fresh schema, dropped afterwards (the database's own tables are left alone).
  const schema = process.env.DATABASE_URL ? await createTestSchema(process.env.DATABASE_URL) : null;
  const server = await startServer(schema ? { DATABASE_URL: schema.url } : {});
  const { id } = await createArticle(server, 'Search latency');
  const writer = await connectClient(server, id);
  const observer = await connectClient(server, id);
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const word = `zq${i}x${Math.random().toString(36).slice(2, 8)}`;
      firstParagraphText(writer.doc).insert(0, `${word} `);
      await untilDoc(observer.doc, () => observer.doc.getXmlFragment('article').toString().includes(word));
      const stored = performance.now();
      for (;;) {
        const res = await api(server, `/api/articles?q=${word}`);
        if (((await res.json()) as { articles: unknown[] }).articles.length === 1) break;
        if (performance.now() - stored > 5000) throw new Error(`not found after 5 s: ${word}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      times.push(performance.now() - stored);
    }
  } finally {
    disconnect(writer, observer);
    await server.close();
    await schema?.drop();
  }
  times.sort((a, b) => a - b);
  console.log(`${server.app.storage.kind}: stored → searchable over ${RUNS} words: median ${times[RUNS >> 1].toFixed(0)} ms, worst ${times[RUNS - 1].toFixed(0)} ms`);
}

void main();

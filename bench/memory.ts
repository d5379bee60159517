/**
 * Server memory: RSS of the server process (always a child process here, /proc/<pid>/status) when
 * idle, with 200 idle connections spread over 20 articles (raw sockets that synced and announced
 * an awareness state, like open editor tabs), and after they all left and the rooms unloaded
 * (ROOM_UNLOAD_GRACE_MS=500). The connect/leave cycle runs three times to show whether memory
 * comes back or keeps growing.
 */
import { createArticle } from '../tests/helpers/clients';
import { MB, sleep, type Benchmark, type BenchContext, type Row } from './lib';
import { launchServer, LogReader, processRss, untilUnloaded } from './server';
import { RawClient } from './raw-client';

const ARTICLES = 20;
const CONNECTIONS = 200;
const CYCLES = 3;
const GRACE_MS = 500;
const SETTLE_MS = 1_000;

export const memory: Benchmark = {
  name: 'memory',
  description: 'server RSS with 200 idle connections over 20 articles, and after they leave',
  async run(ctx: BenchContext): Promise<Row[]> {
    if (ctx.serverMode === 'inproc') ctx.log('  memory: always measured on a child-process server');
    const server = await launchServer('process', { ROOM_UNLOAD_GRACE_MS: String(GRACE_MS) });
    const log = new LogReader(server.sqliteFile);
    const rss = () => processRss(server.pid);
    try {
      await sleep(SETTLE_MS);
      const idle = rss().rss;
      const ids: string[] = [];
      for (let i = 0; i < ARTICLES; i++) ids.push((await createArticle(server, `Memory article ${i}`)).id);
      await sleep(SETTLE_MS);
      const withArticles = rss().rss;

      const connected: number[] = [];
      const unloaded: number[] = [];
      let awarenessFrames = 0;
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const clients: RawClient[] = [];
        for (let i = 0; i < CONNECTIONS; i += 20) {
          const batch = Array.from(
            { length: 20 },
            (_, j) =>
              new RawClient(server, ids[(i + j) % ARTICLES], {
                awareness: { clientId: 1_000_000 * (cycle + 1) + i + j, state: { user: { name: `Editor ${i + j}`, color: '#3366ff' } } },
              }),
          );
          await Promise.all(batch.map((c) => c.waitSynced()));
          clients.push(...batch);
        }
        await sleep(SETTLE_MS);
        connected.push(rss().rss);
        awarenessFrames = clients.reduce((n, c) => n + c.awarenessReceived, 0);
        await Promise.all(clients.map((c) => c.close()));
        await untilUnloaded(server.url, log, ids, 30_000);
        await sleep(SETTLE_MS);
        unloaded.push(rss().rss);
        ctx.log(`  memory cycle ${cycle + 1}: ${(connected[cycle] / MB).toFixed(1)} MB connected, ${(unloaded[cycle] / MB).toFixed(1)} MB after unload`);
      }
      const peak = rss().peak;
      const perConn = (connected[0] - withArticles) / CONNECTIONS / 1000;
      return [
        {
          name: 'memory',
          params: 'server idle, then 20 articles created',
          mb: withArticles / MB,
          notes: `RSS; just started ${(idle / MB).toFixed(1)} MB`,
        },
        {
          name: 'memory',
          params: `${CONNECTIONS} idle sockets over ${ARTICLES} articles`,
          mb: connected[0] / MB,
          notes: `RSS; +${perConn.toFixed(0)} kB per connection (room + socket); ${awarenessFrames} awareness frames received by clients; cycles 2-3: ${connected
            .slice(1)
            .map((b) => (b / MB).toFixed(1))
            .join(', ')} MB`,
        },
        {
          name: 'memory',
          params: `after all left + rooms unloaded (grace ${GRACE_MS} ms)`,
          mb: unloaded[0] / MB,
          notes: `RSS ${SETTLE_MS} ms after the last unload; cycles 2-3: ${unloaded
            .slice(1)
            .map((b) => (b / MB).toFixed(1))
            .join(', ')} MB; peak (VmHWM) ${(peak / MB).toFixed(1)} MB`,
        },
      ];
    } finally {
      log.close();
      await server.close();
    }
  },
};

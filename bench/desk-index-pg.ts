/**
 * The desk index's write on Postgres, in process: `--builds=base,new` (dirs under dist/ab/ holding a
 * `npm run build:server` output), alternating, `--rounds` times each; per round, `--articles`
 * drafts each re-indexed `--times` times with a growing body (what typing does), `--concurrency` at
 * once (indexings of different articles overlap as the desk index's timers fire). Prints wall ms,
 * process CPU ms and Postgres round trips per indexing for each build and round. `--mode=touch`:
 * instead, `--times` refreshes of every article's row (`touchArticles`, what ArticleTouches writes
 * once a second): wall ms per refresh, CPU ms per row, round trips per refresh.
 *
 *   npx tsx bench/desk-index-pg.ts --builds=base,new --rounds=4
 *   npx tsx bench/desk-index-pg.ts --builds=base,new --rounds=4 --mode=touch --articles=200 --times=10
 */
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';

const arg = (name: string, def: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const builds = arg('builds', 'base,new').split(',');
const rounds = Number(arg('rounds', '4'));
const articles = Number(arg('articles', '100'));
const times = Number(arg('times', '10'));
const concurrency = Number(arg('concurrency', '8'));
const mode = arg('mode', 'index');
const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const root = path.resolve(__dirname, '..');

async function one(build: string): Promise<string> {
  const schema = `bench_desk_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const options = `-c search_path=${schema}`;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { openPostgresPort } = require(path.join(root, 'dist/ab', build, 'server/storage/sql/postgres-port.js'));
  const { storageOver } = require(path.join(root, 'dist/ab', build, 'server/storage/open-storage.js'));
  const { postgresMigrations } = require(path.join(root, 'dist/ab', build, 'server/storage/migrations/postgres'));
  const port = openPostgresPort(url, { options });
  let trips = 0;
  port.pool.on('connect', (client: { query: (...a: unknown[]) => unknown }) => {
    const q = client.query.bind(client);
    client.query = (...a: unknown[]) => (trips++, q(...a));
  });
  const storage = await storageOver('postgres', port, postgresMigrations);
  try {
    const ids = Array.from({ length: articles }, () => crypto.randomUUID());
    const at = new Date().toISOString();
    for (const id of ids) {
      await storage.createArticle({ id, headline: 'Bench', status: 'draft', createdAt: at, updatedAt: at }, new Uint8Array([0, 0]));
      await storage.indexArticle(entry(id, 0));
    }
    if (mode === 'touch') {
      // ArticleTouches: every article's row refreshed once per batch, `--times` batches.
      trips = 0;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (let k = 1; k <= times; k++) await storage.touchArticles(ids.map((id) => ({ id, headline: `Headline ${k}`, updatedAt: new Date().toISOString() })));
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const n = times * ids.length;
      return `${build}: ${times} refreshes of ${ids.length} rows, ${(wall / times).toFixed(2)} ms wall each, ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms CPU per row, ${(trips / times).toFixed(1)} round trips each`;
    }
    const jobs: [string, number][] = [];
    for (let k = 1; k <= times; k++) for (const id of ids) jobs.push([id, k]);
    trips = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < jobs.length) {
          const [id, k] = jobs[next++];
          await storage.indexArticle(entry(id, k));
        }
      }),
    );
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const n = jobs.length;
    return `${build}: ${n} indexings, ${(wall / n).toFixed(3)} ms wall each, ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms CPU each, ${(trips / n).toFixed(2)} round trips each`;
  } finally {
    await storage.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

function entry(articleId: string, k: number) {
  return {
    articleId,
    headline: 'Bench headline',
    body: `The council met on Tuesday and the mayor said ${'word '.repeat(20 + k)}`,
    section: 'News',
    slug: `slug-${articleId.slice(0, 8)}`,
    byline: 'Ada Reporter',
    contentHash: () => 'h',
  };
}

void (async () => {
  console.log(`load ${require('node:os').loadavg().map((x: number) => x.toFixed(2)).join(' ')}`);
  for (let r = 1; r <= rounds; r++) for (const b of r % 2 ? builds : [...builds].reverse()) console.log(`round ${r} ${await one(b)}`);
  console.log(`load ${require('node:os').loadavg().map((x: number) => x.toFixed(2)).join(' ')}`);
})();

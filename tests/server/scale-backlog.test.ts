/**
 * Two instances as processes (`tsx server/main.ts`) on one Postgres schema and one Redis prefix, with
 * stock y-websocket clients: when a room's store falls behind (here: the update log locked by
 * another transaction), the frames that queue meanwhile are delayed, never dropped, and the room
 * catches up in one transaction, not one per queued frame — the cause of the two-instance W1 200
 * bench losing deliveries (docs/benchmarks.md, "Tenth pass: two instances keep every delivery").
 * Skipped (with a warning) or failed (under CI) without Postgres or Redis.
 */
import * as Y from 'yjs';
import pg from 'pg';
import { startServerProcess, tempDataDir, type ServerProcess } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, withTimeout, type Client } from '../helpers/clients';
import { createTestSchema, testPostgresUrl, type TestSchema } from '../helpers/postgres';
import { testRedisPrefix, testRedisUrl } from '../helpers/redis';

const postgresUrl = testPostgresUrl();
const redisUrl = testRedisUrl();
jest.setTimeout(180_000);

/** One metric of a server process (`GET /metrics`), summed over its label sets. */
async function metric(p: ServerProcess, name: string): Promise<number> {
  const text = await (await fetch(`${p.url}/metrics`)).text();
  const lines = text.split('\n').filter((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  if (lines.length === 0) throw new Error(`no metric ${name}`);
  return lines.reduce((n, l) => n + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

/** Polls `check` every 50 ms until it holds; bounded (a wait, not a timing assert). */
async function until(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  await withTimeout(
    (async () => {
      while (!(await check())) await new Promise((r) => setTimeout(r, 50));
    })(),
    ms,
    what,
  );
}

(postgresUrl && redisUrl ? describe : describe.skip)('a store that falls behind, two instances through Redis', () => {
  let schema: TestSchema;
  const running: ServerProcess[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    schema = await createTestSchema(postgresUrl!);
    const prefix = testRedisPrefix();
    for (let i = 0; i < 2; i++) {
      running.push(
        await startServerProcess({
          DATA_DIR: tempDataDir(),
          DATABASE_URL: schema.url,
          REDIS_URL: redisUrl!,
          REDIS_PREFIX: prefix,
          COMPACT_THRESHOLD: '1000000',
          // The test types a burst: the per-second presence bound is not what it checks.
          MAX_AWARENESS_PER_SECOND: '1000',
        }),
      );
    }
  });
  afterAll(async () => {
    disconnect(...clients.splice(0));
    await Promise.all(
      running.splice(0).map(async (p) => {
        p.child.kill('SIGTERM');
        await p.exited;
      }),
    );
    await schema?.drop();
  });

  test('frames queued behind a blocked store are delayed, stored in one more transaction, and all reach both instances; a cursor never arrives before its key', async () => {
    const [one, two] = running;
    const { id } = await createArticle(one, 'Backlog');
    const writer = await connectClient(one, id);
    const near = await connectClient(one, id); // a reader on the writer's instance
    const far = await connectClient(two, id); // a reader on the other instance (through Redis)
    clients.push(writer, near, far);
    const closes: string[] = [];
    for (const [name, c] of [['writer', writer], ['near', near], ['far', far]] as const) {
      c.provider.on('connection-close', (e: { code?: number } | null) => closes.push(`${name} ${e?.code}`));
    }
    const text = firstParagraphText(writer.doc);
    text.insert(0, 'start');
    for (const r of [near, far]) await untilDoc(r.doc, () => bodyText(r.doc) === 'start', 10_000, 'the first edit arrives');

    // Every cursor the near reader hears from the writer points at a key it already has.
    const early: string[] = [];
    near.provider.awareness.on('change', () => {
      const cursor = (near.provider.awareness.getStates().get(writer.doc.clientID) as { cursor?: { anchor: number } } | undefined)?.cursor;
      const have = bodyText(near.doc).length - 'start'.length;
      if (cursor && cursor.anchor > have) early.push(`cursor ${cursor.anchor} with ${have} keys`);
    });

    const transactionsBefore = [await metric(one, 'copydesk_store_transactions_total'), await metric(two, 'copydesk_store_transactions_total')];
    const rowsBefore = await countRows(schema.url, id);
    // Another transaction holds the update log: the instance's next store waits for it.
    const blocker = new pg.Client({ connectionString: schema.url });
    await blocker.connect();
    const keys = 20;
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE doc_updates IN SHARE MODE');
      // One frame per key and one per cursor, as an editor sends them.
      for (let i = 1; i <= keys; i++) {
        text.insert(text.length, 'x');
        writer.provider.awareness.setLocalStateField('cursor', { anchor: i, head: i });
      }
      // Every one of them queued on the writer's instance (the first waits in the blocked store).
      await until(async () => (await metric(one, 'copydesk_collab_queued_tasks')) >= 2 * keys, 'the frames queue on the writer instance');
      expect(bodyText(near.doc)).toBe('start');
      expect(bodyText(far.doc)).toBe('start');
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }

    const expected = 'start' + 'x'.repeat(keys);
    for (const r of [near, far]) await untilDoc(r.doc, () => bodyText(r.doc) === expected, 20_000, 'every key arrives');
    await untilDoc(near.doc, () => (near.provider.awareness.getStates().get(writer.doc.clientID) as { cursor?: { anchor: number } } | undefined)?.cursor?.anchor === keys, 10_000, 'the last cursor arrives');
    await until(async () => (await metric(one, 'copydesk_collab_queued_tasks')) === 0, 'the queue empties');

    // The blocked store, then one for everything that queued behind it (was: one per key). One in
    // all when every frame arrived in one read, before the room ran the first.
    const transactions = (await metric(one, 'copydesk_store_transactions_total')) - transactionsBefore[0];
    expect(transactions).toBeGreaterThanOrEqual(1);
    expect(transactions).toBeLessThanOrEqual(2);
    expect((await metric(two, 'copydesk_store_transactions_total')) - transactionsBefore[1]).toBe(0);
    expect((await countRows(schema.url, id)) - rowsBefore).toBe(transactions);
    // What the readers have is what is stored: the log alone rebuilds the text.
    expect(await storedText(schema.url, id)).toBe(expected);
    expect(early).toEqual([]);
    expect(closes).toEqual([]);
  });
});

async function countRows(url: string, articleId: string): Promise<number> {
  return query(url, async (c) => Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM doc_updates WHERE article_id = $1', [articleId])).rows[0].n));
}

/** The article's body text rebuilt from its stored update log alone. */
async function storedText(url: string, articleId: string): Promise<string> {
  const rows = await query(url, async (c) => (await c.query<{ data: Buffer }>('SELECT data FROM doc_updates WHERE article_id = $1 ORDER BY seq', [articleId])).rows);
  const doc = new Y.Doc();
  for (const r of rows) Y.applyUpdate(doc, new Uint8Array(r.data));
  return bodyText(doc);
}

async function query<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Two instances sharing one Postgres schema and one Redis (a fresh REDIS_PREFIX): a document edited
 * on both converges, awareness crosses (joins, late loads and departures), /desk events reach sockets
 * on the other instance, reports are computed once, each update is stored exactly once, the guard's
 * revert reaches the other instance, and an unloaded room leaves its channel. Skipped (with a
 * warning) or failed (under CI) without Postgres or Redis: tests/helpers/postgres.ts, redis.ts.
 */
import * as Y from 'yjs';
import { Redis } from 'ioredis';
import { startServer, type TestServer } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilConverged, untilDoc, withTimeout, type Client } from '../helpers/clients';
import { connectDesk, nextEvent, type DeskClient } from '../helpers/desk';
import { anchorOf, createThread, joinedDesk, value } from '../helpers/threads';
import { createTestSchema, storedUpdateRows, testPostgresUrl, type TestSchema } from '../helpers/postgres';
import { testRedisPrefix, testRedisUrl } from '../helpers/redis';
import type { AttributionReport } from '../../shared/contract/desk';

const postgresUrl = testPostgresUrl();
const redisUrl = testRedisUrl();
const SECRET = 'scale-test-secret-scale-test-secret-0123456789';

/** Resolves once `check()` holds, re-checked on every awareness change of `client`; bounded. */
function untilAwareness(client: Client, check: () => boolean, what: string, ms = 5000): Promise<void> {
  const awareness = client.provider.awareness;
  return withTimeout(
    new Promise<void>((resolve) => {
      const onChange = () => {
        if (!check()) return;
        awareness.off('change', onChange);
        resolve();
      };
      awareness.on('change', onChange);
      onChange();
    }),
    ms,
    what,
  );
}

(postgresUrl && redisUrl ? describe : describe.skip)('two instances through Redis', () => {
  let schema: TestSchema;
  let prefix: string;
  let one: TestServer;
  let two: TestServer;
  const clients: Client[] = [];
  const desks: DeskClient[] = [];

  const start = () =>
    startServer({
      DATABASE_URL: schema.url,
      REDIS_URL: redisUrl!,
      REDIS_PREFIX: prefix,
      COPYDESK_SECRET: SECRET,
      COMPACT_THRESHOLD: '1000000',
      ROOM_UNLOAD_GRACE_MS: '100',
    });
  const connect = async (server: TestServer, id: string) => {
    const c = await connectClient(server, id);
    clients.push(c);
    return c;
  };


  beforeAll(async () => {
    schema = await createTestSchema(postgresUrl!);
    prefix = testRedisPrefix();
    one = await start();
    two = await start();
  });
  afterEach(() => {
    disconnect(...clients.splice(0));
    for (const d of desks.splice(0)) d.disconnect();
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await schema?.drop();
  });

  test('stock clients on different instances converge, and each update is stored exactly once', async () => {
    const { id } = await createArticle(one, 'Two instances');
    const a = await connect(one, id);
    const b = await connect(two, id);
    firstParagraphText(a.doc); // creates the paragraph's text node (an update of its own) before counting
    await untilConverged(a, b);
    const before = await storedUpdateRows(schema.url, id);

    const edits = 6;
    for (let i = 0; i < edits; i++) {
      const [writer, reader] = i % 2 === 0 ? [a, b] : [b, a];
      const words = ` w${i}`;
      const text = firstParagraphText(writer.doc);
      text.insert(text.length, words);
      await untilDoc(reader.doc, () => bodyText(reader.doc).endsWith(words), 5000, `edit ${i} crosses`);
    }
    await untilConverged(a, b);
    expect(bodyText(a.doc)).toBe(' w0 w1 w2 w3 w4 w5');
    expect(bodyText(b.doc)).toBe(bodyText(a.doc));
    expect(Buffer.from(Y.encodeStateVector(a.doc))).toEqual(Buffer.from(Y.encodeStateVector(b.doc)));
    // Both servers' documents too (an API read on each).
    const read = (s: TestServer) => s.app.rooms.read(id, (doc) => Buffer.from(Y.encodeStateVector(doc)));
    expect(await read(one)).toEqual(Buffer.from(Y.encodeStateVector(a.doc)));
    expect(await read(two)).toEqual(Buffer.from(Y.encodeStateVector(a.doc)));
    expect(await storedUpdateRows(schema.url, id)).toBe(before + edits);
  });

  test('awareness crosses instances: set, seen by a room loaded later, and removed on disconnect', async () => {
    const { id } = await createArticle(one, 'Presence');
    const a = await connect(one, id);
    // A field of its own: the server rewrites `user.name` to the signed-in account's name.
    a.provider.awareness.setLocalStateField('probe', 'Ann');
    const nameOf = (c: Client, clientId: number) => (c.provider.awareness.getStates().get(clientId) as { probe?: string } | undefined)?.probe;
    // Instance two loads the article only now: it asks the others for their clients' awareness.
    const b = await connect(two, id);
    await untilAwareness(b, () => nameOf(b, a.doc.clientID) === 'Ann', 'b sees Ann');
    b.provider.awareness.setLocalStateField('probe', 'Bo');
    await untilAwareness(a, () => nameOf(a, b.doc.clientID) === 'Bo', 'a sees Bo');

    const c = await connect(two, id);
    await untilAwareness(c, () => nameOf(c, a.doc.clientID) === 'Ann' && nameOf(c, b.doc.clientID) === 'Bo', 'a late joiner sees both');

    disconnect(clients.splice(clients.indexOf(a), 1)[0]);
    await untilAwareness(b, () => !b.provider.awareness.getStates().has(a.doc.clientID), "Ann's departure crosses");
  });

  test('/desk: a thread created on one instance and the report of an edit stored there reach a socket on the other, once', async () => {
    const { id } = await createArticle(one, 'Desk across instances');
    const a = await connect(one, id);
    const text = firstParagraphText(a.doc);
    text.insert(0, 'The minister resigned.');
    const b = await connect(two, id);
    await untilDoc(b.doc, () => bodyText(b.doc) === 'The minister resigned.');

    const watcher = (await joinedDesk(two, 'viewer', id)).desk;
    const writer = (await joinedDesk(one, 'reviewer', id)).desk;
    desks.push(watcher, writer);
    const computed: Record<'one' | 'two', AttributionReport[]> = { one: [], two: [] };
    const onOne = (r: AttributionReport) => r.articleId === id && computed.one.push(r);
    const onTwo = (r: AttributionReport) => r.articleId === id && computed.two.push(r);
    one.app.reports.on('report', onOne);
    two.app.reports.on('report', onTwo);
    try {
      const changed = nextEvent(watcher, 'thread:changed', (c) => c.articleId === id && c.type === 'thread-created');
      value(await createThread(writer, id, { anchor: anchorOf(text, 4, 12), quote: 'minister', body: 'Which one?' }));
      expect(await changed).toMatchObject({ seq: 1, by: { name: 'reviewer' }, thread: { quote: 'minister' } });

      // An unattributed quote typed on instance one: its report (computed there) reaches instance two's socket.
      const report = nextEvent(watcher, 'attribution:report', (r) => r.articleId === id && r.issues.some((i) => i.kind === 'unattributed'));
      text.insert(text.length, ' “I am done,” he said.');
      expect((await report).issues).toEqual([expect.objectContaining({ kind: 'unattributed' })]);
      expect(computed.one.length).toBeGreaterThan(0);
      expect(computed.two).toEqual([]); // instance two relayed the edit but did not store it: no report of its own
    } finally {
      one.app.reports.off('report', onOne);
      two.app.reports.off('report', onTwo);
    }
  });

  test('live reports: none computed while nobody on any instance listens; a listener on the other instance gets a fresh one, then live ones', async () => {
    const { id } = await createArticle(one, 'Heard across instances');
    const a = await connect(one, id);
    const b = await connect(two, id);
    const text = firstParagraphText(a.doc);
    const counts = () => ({ ...one.app.reports.counts });

    // Stored on instance one with no /desk socket joined anywhere: scheduled nothing.
    const quiet = counts();
    text.insert(0, '“Nobody hears this,” she said.');
    await untilDoc(b.doc, () => bodyText(b.doc).includes('Nobody hears this'));
    expect(one.app.reports.counts.skipped).toBeGreaterThan(quiet.skipped);

    // A listener joins on instance two: instance one hears it and sends a report of what it stored.
    const watcher = await connectDesk(two.url, { auth: { token: two.tokens.viewer } });
    desks.push(watcher);
    const fresh = nextEvent(watcher, 'attribution:report', (r) => r.articleId === id);
    expect(await watcher.emitWithAck('article:join', { articleId: id })).toMatchObject({ ok: true });
    expect((await fresh).issues).toEqual([expect.objectContaining({ kind: 'unattributed', text: 'Nobody hears this' })]);

    // And live reports while it stays, computed on the storing instance.
    const heard = counts();
    const live = nextEvent(watcher, 'attribution:report', (r) => r.articleId === id && r.issues.length === 2);
    text.insert(text.length, ' “Everyone hears this,” she said.');
    expect((await live).issues.map((i) => i.text).sort()).toEqual(['Everyone hears this', 'Nobody hears this']);
    expect(one.app.reports.counts.computed).toBeGreaterThan(heard.computed);
    expect(one.app.reports.counts.skipped).toBe(heard.skipped);
  });

  test("the guard's revert on the storing instance reaches a client on the other one", async () => {
    const { id } = await createArticle(one, 'Guarded');
    const a = await connect(one, id);
    const b = await connect(two, id);
    const quote = { id: 'q1', speaker: 'Maria Zakharova', said: 'We regret this' };
    a.doc.transact(() => {
      const t = firstParagraphText(a.doc);
      t.insert(0, '“');
      t.insert(1, 'We regret this', { quote });
      t.insert(15, ',” she said.', { quote: null });
    });
    type Op = { insert: string; attributes?: { quote?: { speaker: string } } };
    // Read without creating anything (firstParagraphText would add a text node to an empty paragraph).
    const para = (c: Client) => {
      const p = c.doc.getXmlFragment('article').get(2);
      const t = p instanceof Y.XmlElement ? p.get(0) : null;
      return t instanceof Y.XmlText ? t : null;
    };
    const speakerOn = (c: Client) => ((para(c)?.toDelta() ?? []) as Op[]).find((op) => op.insert.includes('regret'))?.attributes?.quote?.speaker;
    await untilDoc(b.doc, () => speakerOn(b) === quote.speaker, 5000, 'b has the quote');
    const reverts: string[] = [];
    const onOne = () => reverts.push('one');
    one.app.rooms.events.on('guard-revert', onOne);
    try {
      const revertedOnTwo = withTimeout(new Promise((r) => two.app.rooms.events.once('guard-revert', r)), 5000, 'instance two reverts');
      // B (on instance two) strips the attribution: instance two stores the change with its revert.
      para(b)!.format(1, 14, { quote: null });
      await revertedOnTwo;
      // Clearing a format may only delete items (no new state), so wait for the revert's own items.
      await untilDoc(b.doc, () => speakerOn(b) === quote.speaker, 5000, "b's strip is undone");
      await untilConverged(a, b);
      expect(speakerOn(a)).toBe(quote.speaker);
      expect(speakerOn(b)).toBe(quote.speaker);
      expect(reverts).toEqual([]); // instance one applied the relayed change and revert; its guard did not act
    } finally {
      one.app.rooms.events.off('guard-revert', onOne);
    }
  });

  test('an instance whose Redis does not answer does not start, and says why', async () => {
    await expect(
      startServer({ DATABASE_URL: schema.url, REDIS_URL: 'redis://127.0.0.1:1', REDIS_PREFIX: prefix, COPYDESK_SECRET: SECRET }),
    ).rejects.toThrow(/^Redis \(REDIS_URL\) is unreachable: /);
  });

  test('an unloaded room leaves its Redis channel; reloaded, it is relayed again', async () => {
    const { id } = await createArticle(one, 'Unload');
    const redis = new Redis(redisUrl!);
    try {
      const subscribers = async () => ((await redis.pubsub('NUMSUB', `${prefix}:collab:${id}`)) as [string, number])[1];
      const a = await connect(one, id);
      const b = await connect(two, id);
      expect(await subscribers()).toBe(2);
      let onUnloaded!: (articleId: string) => void;
      const unloaded = new Promise<void>((r) => (onUnloaded = (x) => x === id && r()));
      two.app.rooms.events.on('unloaded', onUnloaded);
      disconnect(clients.splice(clients.indexOf(b), 1)[0]);
      await withTimeout(unloaded, 5000, 'room on two unloads').finally(() => two.app.rooms.events.off('unloaded', onUnloaded));
      expect(await subscribers()).toBe(1);

      firstParagraphText(a.doc).insert(0, 'While two was away.');
      const c = await connect(two, id);
      await untilDoc(c.doc, () => bodyText(c.doc) === 'While two was away.');
      firstParagraphText(a.doc).insert(0, 'Back: ');
      await untilDoc(c.doc, () => bodyText(c.doc) === 'Back: While two was away.');
      expect(await subscribers()).toBe(2);
    } finally {
      redis.disconnect();
    }
  });
});

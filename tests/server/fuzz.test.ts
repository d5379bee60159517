/**
 * Fuzz: 10,000+ random and mutated frames from several sockets on /collab and /desk. The server
 * stays up, its memory stays bounded, and an honest client on the same article keeps syncing.
 * Deterministic: a seeded generator, so a failure can be replayed.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { io } from 'socket.io-client';
import { startServer, type TestServer } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, withTimeout, type Client } from '../helpers/clients';
import { seededRandom } from '../helpers/random';

let server: TestServer;
let articleId: string;
let a: Client;
let b: Client;
beforeAll(async () => {
  server = await startServer({ MAX_MESSAGE_BYTES: String(256 * 1024), LOG_LEVEL: process.env.FUZZ_LOG ?? 'silent' });
  articleId = (await createArticle(server, 'Fuzzed')).id;
  a = await connectClient(server, articleId);
  b = await connectClient(server, articleId);
});
afterAll(async () => {
  disconnect(a, b);
  await server.close();
});

/** Valid frames to mutate: sync step 1, an update, an awareness update, query-awareness. */
function seeds(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getXmlFragment('article').insert(0, [new Y.XmlText('seed text')]);
  const frame = (f: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    f(e);
    return encoding.toUint8Array(e);
  };
  const update = Y.encodeStateAsUpdate(doc);
  return [
    frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, Y.encodeStateVector(doc)))),
    frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, update))),
    frame((e) => {
      encoding.writeVarUint(e, 1);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 12345);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, '{"user":{"name":"fuzz"}}');
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    }),
    Uint8Array.of(3),
  ];
}

function mutate(rand: () => number, base: Uint8Array[]): Uint8Array {
  const pick = base[Math.floor(rand() * base.length)];
  const kind = Math.floor(rand() * 6);
  const out = Array.from(pick);
  switch (kind) {
    case 0: // random bytes
      return Uint8Array.from({ length: 1 + Math.floor(rand() * 64) }, () => Math.floor(rand() * 256));
    case 1: // flip bytes
      for (let i = 0; i < 1 + rand() * 4; i++) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
      return Uint8Array.from(out);
    case 2: // truncate
      return Uint8Array.from(out.slice(0, Math.floor(rand() * out.length)));
    case 3: // huge varint length after a valid prefix
      return Uint8Array.from([out[0], out[1] ?? 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3]);
    case 4: // trailing garbage
      return Uint8Array.from([...out, ...Array.from({ length: 1 + Math.floor(rand() * 8) }, () => Math.floor(rand() * 256))]);
    default: // valid frame (keeps some sockets alive longer)
      return pick;
  }
}

test('10,000 mutated /collab frames and 2,000 bad /desk packets leave the server up, bounded and syncing', async () => {
  const rand = seededRandom(20261126);
  const base = seeds();
  const TOTAL = 10_000;
  const SOCKETS = 8;
  let sent = 0;
  let closes = 0;
  const heapBefore = process.memoryUsage().heapUsed;

  const worker = async () => {
    while (sent < TOTAL) {
      await new Promise<void>((resolve) => {
        const ws = new WebSocket(`${server.collabUrl}/${articleId}?token=${server.token}`);
        ws.on('error', () => undefined);
        ws.on('close', () => {
          closes++;
          resolve();
        });
        ws.on('open', () => {
          // A burst of up to 50 frames, then close ourselves if the server has not.
          const burst = 1 + Math.floor(rand() * 50);
          for (let i = 0; i < burst && sent < TOTAL && ws.readyState === WebSocket.OPEN; i++, sent++) ws.send(mutate(rand, base));
          setTimeout(() => ws.terminate(), 20);
        });
      });
    }
  };

  const deskJunk = async () => {
    for (let i = 0; i < 2000; i += 20) {
      await new Promise<void>((resolve) => {
        const ws = new WebSocket(`${server.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
        ws.on('error', () => undefined);
        ws.on('close', () => resolve());
        ws.on('open', () => {
          ws.send('40/desk,' + JSON.stringify({ token: server.token }));
          for (let k = 0; k < 20; k++) {
            const junk = ['42/desk,["article:join",', '4', '42/desk,' + '['.repeat(50), '2probe', String(rand()), '42/desk,["thread:create",{"x":' + rand() + '}]'];
            ws.send(junk[Math.floor(rand() * junk.length)]);
          }
          setTimeout(() => ws.terminate(), 20);
        });
      });
    }
  };

  // Meanwhile the honest pair keeps editing and checking.
  let honestRounds = 0;
  const honest = async () => {
    while (sent < TOTAL) {
      const marker = `[ok ${honestRounds++}]`;
      const t = firstParagraphText(a.doc);
      t.insert(t.length, marker);
      await untilDoc(b.doc, () => bodyText(b.doc).includes(marker), 10_000, `honest round ${marker}`);
      // At a person's pace: well under MAX_MESSAGES_PER_SECOND, which would close a faster client.
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  await withTimeout(Promise.all([...Array.from({ length: SOCKETS }, worker), deskJunk(), honest()]), 120_000, 'fuzz run');
  expect(sent).toBeGreaterThanOrEqual(TOTAL);
  expect(closes).toBeGreaterThan(SOCKETS);
  expect(honestRounds).toBeGreaterThan(0);

  // Still up: HTTP answers, a fresh client syncs, a /desk client joins.
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  const fresh = await connectClient(server, articleId);
  expect(bodyText(fresh.doc)).toBe(bodyText(a.doc));
  disconnect(fresh);
  const desk = io(`${server.url}/desk`, { transports: ['websocket'], auth: { token: server.token }, reconnection: false });
  const joined = await withTimeout(desk.emitWithAck('article:join', { articleId }), 5000, 'desk join');
  expect(joined.ok).toBe(true);
  desk.disconnect();

  // Bounded: the sockets are gone and memory did not grow with the number of frames.
  expect(server.app.collab.openSockets).toBe(2);
  if (global.gc) global.gc();
  const grownMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  expect(grownMb).toBeLessThan(150);
});

/** Bad frames and bad articles close only the offending socket, with a catalogued code. */
import WebSocket from 'ws';
import { randomUUID } from 'node:crypto';
import { CloseCode } from '../../shared/contract/errors';
import { startServer, type TestServer } from '../helpers/server';
import { api, 
  bodyText,
  connectClient,
  createArticle,
  disconnect,
  firstParagraphText,
  untilDoc,
  withTimeout,
  type Client,
} from '../helpers/clients';

const MAX = 64 * 1024;
let server: TestServer;
let articleId: string;
let a: Client;
let b: Client;

beforeAll(async () => {
  server = await startServer({ MAX_MESSAGE_BYTES: String(MAX) });
  articleId = (await createArticle(server, 'Under attack')).id;
  a = await connectClient(server, articleId);
  b = await connectClient(server, articleId);
});
afterAll(async () => {
  disconnect(a, b);
  await server.close();
});

/** Opens a raw socket, sends `frames` once open, resolves with the close code. */
function closeCodeAfter(url: string, frames: (Buffer | string)[]): Promise<number> {
  return withTimeout(
    new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.on('error', () => undefined);
      ws.on('open', () => {
        for (const f of frames) ws.send(f, { binary: typeof f !== 'string' });
      });
      ws.on('close', (code) => resolve(code));
      ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    }),
    5000,
    'socket closed by server',
  );
}

/** A and B still sync after the attack. */
async function stillSyncing(marker: string): Promise<void> {
  const t = firstParagraphText(a.doc);
  t.insert(t.length, marker);
  await untilDoc(b.doc, () => bodyText(b.doc).includes(marker), 5000, `B sees ${marker}`);
}

const badFrames: [string, Buffer | string][] = [
  ['random bytes', Buffer.from('9f3c8e27a1b04d6655aa0193e7c2f1d8', 'hex')],
  ['a truncated varint', Buffer.from([0x80])],
  ['a truncated length', Buffer.from([0x00, 0x02, 0xff, 0xff, 0x03])],
  ['a huge length', Buffer.from([0x00, 0x02, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01])],
  ['an unknown message type', Buffer.from([0x07])],
  ['an unknown sync type', Buffer.from([0x00, 0x09, 0x00])],
  ['an undecodable update', Buffer.from([0x00, 0x02, 0x04, 0x05, 0xff, 0xff, 0x01])],
  ['an awareness update with bad JSON', Buffer.from([0x01, 0x06, 0x01, 0x01, 0x01, 0x02, 0x7b, 0x7b])],
  ['trailing bytes', Buffer.from([0x03, 0x00])],
  ['the server-only auth message', Buffer.from([0x02, 0x00])],
  ['a text frame', 'hello'],
];

test.each(badFrames)('%s closes only that socket with 4400', async (name, frame) => {
  const code = await closeCodeAfter(`${server.collabUrl}/${articleId}?token=${server.token}`, [frame]);
  expect(code).toBe(CloseCode.malformed);
  await stillSyncing(`[after ${name}]`);
});

test('an oversize frame closes only that socket with 1009', async () => {
  const big = Buffer.alloc(MAX + 1024, 1);
  const code = await closeCodeAfter(`${server.collabUrl}/${articleId}?token=${server.token}`, [big]);
  expect(code).toBe(CloseCode.tooBig);
  await stillSyncing('[after oversize]');
});

test('an unknown article id is refused with 4404', async () => {
  expect(await closeCodeAfter(`${server.collabUrl}/${randomUUID()}?token=${server.token}`, [])).toBe(CloseCode.unknownArticle);
  expect(await closeCodeAfter(`${server.collabUrl}/not-an-id?token=${server.token}`, [])).toBe(CloseCode.unknownArticle);
  expect(server.app.rooms.isLoaded(articleId)).toBe(true);
});

test('the document is unchanged by the attacks', async () => {
  const res = await api(server, `/api/articles/${articleId}`);
  const body = (await res.json()) as { text: string };
  expect(body.text).toBe(bodyText(a.doc));
  expect(body.text).toContain('[after oversize]');
});

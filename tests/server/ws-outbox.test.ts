/**
 * The transport's per-turn outbox (ws-transport.ts `adapt`, `sequenceFrames`): what one socket is
 * sent in a turn leaves in one write, as the bytes `ws` would write for each message in order; a
 * close sent through the adapter follows the frames sent before it; nothing goes after `ws` has
 * started closing. A real `ws` server and client on port 0.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import pino from 'pino';
import WebSocket, { WebSocketServer } from 'ws';
import { adapt, binaryFrame, sequenceFrames } from '../../server/collab/ws-transport';
import type { CollabSocket } from '../../server/collab/connection';
import { withTimeout } from '../helpers/clients';

const logger = pino({ level: 'silent' });

function bytes(length: number, seed: number): Uint8Array {
  const b = new Uint8Array(length);
  for (let i = 0; i < length; i++) b[i] = (i * 13 + seed) & 0xff;
  return b;
}

test.each([
  [[1, 2]],
  [[20, 44, 0]],
  [[500, 524]], // exactly COPY_MAX_BYTES together
  [[500, 525]],
  [[30, 5000, 40]],
  [[70_000, 10]],
])('messages of %j bytes are framed as each one framed alone, in order', (lengths) => {
  const messages = lengths.map((n, i) => bytes(n, i));
  const expected = Buffer.concat(messages.flatMap((m) => binaryFrame(m)));
  expect(Buffer.concat(sequenceFrames(messages)).equals(expected)).toBe(true);
});

test('small messages together are one buffer, built once for every recipient of the same sequence', () => {
  const update = bytes(22, 1);
  const cursor = bytes(44, 2);
  const first = sequenceFrames([update, cursor]);
  expect(first).toHaveLength(1);
  expect(sequenceFrames([update, cursor])).toBe(first);
  // Another sequence (another order, or other messages) is built again.
  expect(sequenceFrames([cursor, update])).not.toBe(first);
  expect(Buffer.concat(sequenceFrames([cursor, update])).equals(Buffer.concat([...binaryFrame(cursor), ...binaryFrame(update)]))).toBe(true);
});

test("a big message's bytes are not copied into the sequence", () => {
  const big = bytes(5000, 3);
  const framed = sequenceFrames([bytes(10, 4), big]);
  expect(framed.some((chunk) => chunk.buffer === big.buffer)).toBe(true);
});

/** A `ws` server whose first connection is adapted as the collab transport adapts it, and a client on it. */
async function pair(): Promise<{ adapted: CollabSocket; server: WebSocket; client: WebSocket; received: Buffer[]; closed: Promise<number>; stop: () => Promise<void> }> {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const httpServer = http.createServer();
  const accepted = new Promise<{ ws: WebSocket; socket: Duplex }>((resolve) =>
    httpServer.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => resolve({ ws, socket }))),
  );
  await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
  const client = new WebSocket(`ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/`);
  const received: Buffer[] = [];
  client.on('message', (data: Buffer) => received.push(Buffer.from(data)));
  const closed = new Promise<number>((r) => client.on('close', (code) => r(code)));
  const { ws, socket } = await accepted;
  await withTimeout(new Promise((r) => client.once('open', r)), 5000, 'client opens');
  const stop = async () => {
    client.terminate();
    ws.terminate();
    wss.close();
    await new Promise((r) => httpServer.close(r));
  };
  return { adapted: adapt(ws, socket, 1 << 20, logger), server: ws, client, received, closed, stop };
}

test('frames sent in a turn reach the client in order, and a close sent after them follows them', async () => {
  const p = await pair();
  try {
    p.adapted.send(new Uint8Array([1, 2, 3]));
    p.adapted.send(new Uint8Array([4]));
    p.adapted.close(4000, 'bye');
    expect(await withTimeout(p.closed, 5000, 'the client is closed')).toBe(4000);
    expect(p.received).toEqual([Buffer.from([1, 2, 3]), Buffer.from([4])]);
  } finally {
    await p.stop();
  }
});

test('frames sent in a turn in which ws starts closing the socket are not written after its close frame', async () => {
  const p = await pair();
  try {
    p.adapted.send(new Uint8Array([1]));
    p.server.close(4001, 'closing'); // ws writes its close frame now; the outbox is written after the turn
    expect(await withTimeout(p.closed, 5000, 'the client is closed')).toBe(4001);
    expect(p.received).toEqual([]);
  } finally {
    await p.stop();
  }
});

test('frames sent in separate turns each reach the client', async () => {
  const p = await pair();
  try {
    p.adapted.send(new Uint8Array([1]));
    await new Promise((r) => setImmediate(r));
    p.adapted.send(new Uint8Array([2]));
    p.adapted.send(new Uint8Array([3]));
    await withTimeout(
      new Promise<void>((resolve) => {
        const check = () => (p.received.length >= 3 ? resolve() : setTimeout(check, 5));
        check();
      }),
      5000,
      'three frames arrive',
    );
    expect(p.received).toEqual([Buffer.from([1]), Buffer.from([2]), Buffer.from([3])]);
  } finally {
    await p.stop();
  }
});

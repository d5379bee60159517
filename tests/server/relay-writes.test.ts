/**
 * What a key typed costs each reader's socket: the typist's update and cursor, arriving together, are
 * relayed in one turn (the update from the group commit's callback, the cursor from the microtask that
 * settles the room's batch after it) and leave in one socket write, in that order, each frame exactly
 * as `ws` would frame it (ws-transport.ts `adapt`, `uncorkAfterTurn`). Real server, real sockets.
 */
import net from 'node:net';
import * as Y from 'yjs';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { ARTICLE_FRAGMENT } from '../../shared/article/layout';
import { binaryFrame, uncorkAfterTurn } from '../../server/collab/ws-transport';
import { createArticle, withTimeout } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();
const sockets: WebSocket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.terminate();
});

function wireFrame(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (sub !== null) encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

type Raw = { ws: WebSocket; frames: Uint8Array[]; until: (n: number, what: string) => Promise<void> };

/** A raw socket on the article as the fixture's editor; keeps every frame it receives. */
async function raw(id: string): Promise<Raw> {
  const ws = new WebSocket(`${fixture.server.collabUrl}/${id}?token=${fixture.server.token}`);
  sockets.push(ws);
  const frames: Uint8Array[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data: Buffer) => {
    frames.push(new Uint8Array(data));
    for (const w of waiters.splice(0)) w();
  });
  await withTimeout(new Promise((r) => ws.once('open', r)), 5000, 'socket opens');
  const until = (n: number, what: string) =>
    withTimeout(
      new Promise<void>((resolve) => {
        const check = () => (frames.length >= n ? resolve() : waiters.push(check));
        check();
      }),
      5000,
      what,
    );
  return { ws, frames, until };
}

/** The client side of `ws`'s socket (its local port is the server side's remote port). */
const tcpOf = (ws: WebSocket): net.Socket => (ws as unknown as { _socket: net.Socket })._socket;

/** Every write the server's sockets make while `during` runs: the socket's remote port and the bytes of each chunk. */
async function serverWrites(during: () => Promise<void>): Promise<{ port: number | undefined; chunks: Buffer[]; written: Buffer[] }[]> {
  const writes: { port: number | undefined; chunks: Buffer[]; written: Buffer[] }[] = [];
  const proto = net.Socket.prototype as unknown as {
    _writev: (this: net.Socket, data: { chunk: Buffer }[], cb: () => void) => void;
    _write: (this: net.Socket, data: Buffer, enc: string, cb: () => void) => void;
  };
  const { _writev, _write } = proto;
  proto._writev = function (data, cb) {
    writes.push({ port: this.remotePort, chunks: data.map((d) => Buffer.from(d.chunk)), written: data.map((d) => d.chunk) });
    return _writev.call(this, data, cb);
  };
  proto._write = function (data, enc, cb) {
    writes.push({ port: this.remotePort, chunks: [Buffer.from(data)], written: [data] });
    return _write.call(this, data, enc, cb);
  };
  try {
    await during();
  } finally {
    proto._writev = _writev;
    proto._write = _write;
  }
  return writes;
}

/** A typist present on a new article with `readers` raw readers; `key()` types one key as a stock provider sends it. */
async function typedKey(title: string, readers: number) {
  const { id } = await createArticle(fixture.server, title);
  const heard: Raw[] = [];
  for (let i = 0; i < readers; i++) heard.push(await raw(id));
  const typist = await raw(id);
  // All joined: the server's sync step 1 to each (the typist's own state comes from its step 2).
  for (const r of heard) await r.until(1, 'the reader is greeted');
  await typist.until(1, 'the typist is greeted');
  typist.ws.send(wireFrame(0, 0, Y.encodeStateVector(new Y.Doc()))); // sync step 1: asks for the whole article
  const state = await new Promise<Uint8Array>((resolve) => {
    typist.ws.on('message', (data: Buffer) => {
      const f = new Uint8Array(data);
      if (f[0] === 0 && f[1] === 1) resolve(decoding.readVarUint8Array(decoding.createDecoder(f.subarray(2))));
    });
  });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'editor' } });
  const hello = wireFrame(1, null, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
  const heardBefore = heard.map((r) => r.frames.length);
  typist.ws.send(hello);
  for (const [i, r] of heard.entries()) await r.until(heardBefore[i] + 1, 'the typist is present');

  // One key as a stock provider sends it: the update, then the cursor, here in one TCP segment.
  let update: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => (update = u));
  const paragraph = doc.getXmlFragment(ARTICLE_FRAGMENT).get(2) as Y.XmlElement;
  paragraph.insert(0, [new Y.XmlText('x')]);
  awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
  const updateMessage = wireFrame(0, 2, update!);
  const cursorMessage = wireFrame(1, null, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
  awareness.destroy();

  const before = heard.map((r) => r.frames.length);
  const writes = await serverWrites(async () => {
    const tcp = tcpOf(typist.ws);
    tcp.cork();
    typist.ws.send(updateMessage);
    typist.ws.send(cursorMessage);
    tcp.uncork();
    for (const [i, r] of heard.entries()) await r.until(before[i] + 2, 'the reader hears the key');
  });
  return {
    updateMessage,
    cursorMessage,
    /** Per reader: the frames it received for the key, and the server's writes to its socket. */
    readers: heard.map((r, i) => ({
      frames: r.frames.slice(before[i]).map((f) => Buffer.from(f)),
      writes: writes.filter((w) => w.port === tcpOf(r.ws).localPort),
    })),
  };
}

test("a typed key's update and cursor reach each reader in one socket write of one buffer, update first, framed as ws frames them", async () => {
  const { updateMessage, cursorMessage, readers } = await typedKey('One write per key', 1);
  const [reader] = readers;
  expect(reader.frames).toEqual([Buffer.from(updateMessage), Buffer.from(cursorMessage)]);
  expect(reader.writes).toHaveLength(1);
  // One buffer: a plain write, not a writev of one chunk per frame.
  expect(reader.writes[0].chunks).toHaveLength(1);
  expect(reader.writes[0].chunks[0]).toEqual(Buffer.concat([...binaryFrame(updateMessage), ...binaryFrame(cursorMessage)]));
});

test("a key's frames are built once for all its readers: every reader's socket is written the same buffer", async () => {
  const { updateMessage, cursorMessage, readers } = await typedKey('Built once', 3);
  const expected = Buffer.concat([...binaryFrame(updateMessage), ...binaryFrame(cursorMessage)]);
  for (const reader of readers) {
    expect(reader.frames).toEqual([Buffer.from(updateMessage), Buffer.from(cursorMessage)]);
    expect(reader.writes).toHaveLength(1);
    expect(reader.writes[0].written).toHaveLength(1);
    expect(reader.writes[0].chunks[0]).toEqual(expected);
  }
  expect(readers[1].writes[0].written[0]).toBe(readers[0].writes[0].written[0]);
  expect(readers[2].writes[0].written[0]).toBe(readers[0].writes[0].written[0]);
});

test('uncorkAfterTurn runs after the ticks and the microtasks an immediate queued, before the next immediate', async () => {
  const order: string[] = [];
  await new Promise<void>((resolve) =>
    setImmediate(() => {
      order.push('relay');
      uncorkAfterTurn(() => order.push('uncork'));
      queueMicrotask(() => {
        order.push('settle');
        queueMicrotask(() => order.push('later microtask'));
      });
      process.nextTick(() => order.push('tick'));
      setImmediate(() => {
        order.push('next immediate');
        resolve();
      });
    }),
  );
  expect(order).toEqual(['relay', 'tick', 'settle', 'uncork', 'later microtask', 'next immediate']);
});

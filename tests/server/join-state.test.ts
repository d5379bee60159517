/**
 * What a joining client is sent: the whole document, built once and reused while the document is
 * unchanged (room.ts `syncStep2`), and never a stale copy after a change — including a change that
 * waits for missing parts (pending) and so changes no content yet.
 */
import * as Y from 'yjs';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { applyStored } from '../../server/collab/room';
import { startServer, type TestServer } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, withTimeout } from '../helpers/clients';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

const frame = (write: (e: encoding.Encoder) => void): Buffer => {
  const e = encoding.createEncoder();
  write(e);
  return Buffer.from(encoding.toUint8Array(e));
};
/** Sync step 1 of a client with state vector `sv`. */
const askFrom = (sv: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint8Array(e, sv);
  });
/** Sync step 1 of an empty document: "send me everything". */
const askWhole = () => askFrom(new Uint8Array([0]));
const updateFrame = (update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
  });

/** A raw protocol socket that collects the server's sync step 2 payloads, in order. */
async function rawSocket(articleId: string): Promise<{ ws: WebSocket; step2: Uint8Array[]; next: (n: number) => Promise<Uint8Array> }> {
  const ws = new WebSocket(`${server.collabUrl}/${articleId}?token=${encodeURIComponent(server.token)}`);
  const step2: Uint8Array[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(d) !== 0 || decoding.readVarUint(d) !== 1) return;
    step2.push(decoding.readVarUint8Array(d));
    for (const w of waiters.splice(0)) w();
  });
  await withTimeout(new Promise((r) => ws.once('open', r)), 10_000, 'raw socket open');
  const next = (n: number) =>
    withTimeout(
      new Promise<Uint8Array>((resolve) => {
        const check = () => (step2.length >= n ? resolve(step2[n - 1]) : waiters.push(check));
        check();
      }),
      10_000,
      `sync step 2 #${n}`,
    );
  return { ws, step2, next };
}

test('a joiner after an edit gets the edit, though the whole state was built for the joiner before', async () => {
  const { id } = await createArticle(server, 'Joins');
  const first = await connectClient(server, id); // the room loads; the whole state comes from the stored row
  const second = await connectClient(server, id); // the same bytes, reused
  firstParagraphText(first.doc).insert(0, 'one ');
  await untilDoc(second.doc, () => bodyText(second.doc) === 'one ');
  const third = await connectClient(server, id);
  expect(bodyText(third.doc)).toBe('one ');
  firstParagraphText(third.doc).insert(4, 'two');
  await untilDoc(first.doc, () => bodyText(first.doc) === 'one two');
  const fourth = await connectClient(server, id);
  expect(bodyText(fourth.doc)).toBe('one two');
  disconnect(first, second, third, fourth);
});

test('an update waiting for a missing earlier one is part of the whole state a joiner gets', async () => {
  const { id } = await createArticle(server, 'Pending');
  const editor = await connectClient(server, id);
  // A writer with its own client id makes two updates; only the second reaches the server.
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(editor.doc));
  const made: Uint8Array[] = [];
  local.on('update', (u: Uint8Array) => made.push(u));
  const text = firstParagraphText(local); // creates the paragraph's text: an update of its own
  text.insert(0, 'a');
  text.insert(1, 'b');
  const missing = Y.mergeUpdates(made.slice(0, -1));
  const waiting = made[made.length - 1];

  const raw = await rawSocket(id);
  raw.ws.send(askWhole());
  const before = await raw.next(1); // builds (and keeps) the whole state
  raw.ws.send(updateFrame(waiting)); // cannot be integrated yet: it follows `missing`
  // A step 1 naming what the client has is answered in the room's queue, so after that update.
  raw.ws.send(askFrom(Y.encodeStateVector(editor.doc)));
  await raw.next(2);
  raw.ws.send(askWhole());
  const after = await raw.next(3);

  const read = (step2: Uint8Array) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, step2);
    Y.applyUpdate(doc, missing); // the joiner receives the missing part later
    return bodyText(doc);
  };
  expect(read(before)).toBe('a');
  expect(read(after)).toBe('ab');
  raw.ws.close();
  disconnect(editor);
  local.destroy();
});

test('stored entries apply whatever their order, the compacted state among them', () => {
  const source = new Y.Doc();
  const made: Uint8Array[] = [];
  source.on('update', (u: Uint8Array) => made.push(u));
  const text = source.getText('t');
  for (let i = 0; i < 50; i++) text.insert(text.length, `${i} `);
  const compacted = Y.mergeUpdates(made.slice(0, 40));
  const tail = made.slice(40);
  // Postgres may return an entry appended concurrently before the compacted one.
  for (const rows of [[compacted, ...tail], [tail[0], compacted, ...tail.slice(1)], [...tail].reverse().concat([compacted])]) {
    const doc = new Y.Doc();
    applyStored(doc, rows, null);
    expect(doc.getText('t').toString()).toBe(text.toString());
    doc.destroy();
  }
});

test('an article whose stored log cannot be applied closes its joiners (1011) and the server goes on', async () => {
  const { id } = await createArticle(server, 'Broken');
  await server.app.storage.appendUpdate(id, new Uint8Array([1, 200, 7, 0, 9, 255, 255, 255, 15, 3]));
  for (let attempt = 0; attempt < 2; attempt++) {
    const ws = new WebSocket(`${server.collabUrl}/${id}?token=${encodeURIComponent(server.token)}`);
    ws.on('error', () => undefined);
    ws.on('open', () => ws.send(askWhole()));
    const code = await withTimeout(new Promise<number>((r) => ws.once('close', (c: number) => r(c))), 10_000, 'close of a broken article');
    expect(code).toBe(1011);
  }
  // Other articles are unaffected.
  const { id: fine } = await createArticle(server, 'Fine');
  const c = await connectClient(server, fine);
  firstParagraphText(c.doc).insert(0, 'ok');
  const d = await connectClient(server, fine);
  await untilDoc(d.doc, () => bodyText(d.doc) === 'ok');
  disconnect(c, d);
});

test('the client that opens an unloaded article gets its state once, before asking, and later askers as usual', async () => {
  const unloading = await startServer({ ROOM_UNLOAD_GRACE_MS: '50' });
  try {
    const { id } = await createArticle(unloading, 'Cold');
    const writer = await connectClient(unloading, id);
    firstParagraphText(writer.doc).insert(0, 'stored words');
    const unloaded = new Promise<void>((r) => unloading.app.rooms.events.on('unloaded', (a: string) => a === id && r()));
    disconnect(writer);
    await withTimeout(unloaded, 10_000, 'unload');
    const ws = new WebSocket(`${unloading.collabUrl}/${id}?token=${encodeURIComponent(unloading.token)}`);
    const step2: Uint8Array[] = [];
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 1) step2.push(decoding.readVarUint8Array(d));
    });
    await withTimeout(new Promise((r) => ws.once('open', r)), 10_000, 'open');
    await withTimeout(new Promise<void>((r) => { const t = setInterval(() => step2.length > 0 && (clearInterval(t), r()), 5); }), 10_000, 'state before asking');
    const until = (n: number) =>
      withTimeout(new Promise<void>((r) => { const t = setInterval(() => step2.length >= n && (clearInterval(t), r()), 5); }), 10_000, `sync step 2 #${n}`);
    const had = new Y.Doc();
    Y.applyUpdate(had, step2[0]);
    ws.send(askWhole()); // answered by what it was already sent: nothing more
    ws.send(askFrom(Y.encodeStateVector(had))); // answered in order after it: a sync point
    await until(2);
    const later = await connectClient(unloading, id); // a second joiner asks and is answered
    expect(bodyText(later.doc)).toBe('stored words');
    ws.send(askWhole()); // asked again: answered again
    await until(3);
    expect(step2).toHaveLength(3);
    for (const u of [step2[0], step2[2]]) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, u);
      expect(bodyText(doc)).toBe('stored words');
    }
    ws.close();
    disconnect(later);
  } finally {
    await unloading.close();
  }
});

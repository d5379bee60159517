/**
 * A client's update is stored and relayed as the client sent it when nothing waits for missing parts
 * (room.ts `applyClientUpdate` / `recordAsSent`); otherwise as Yjs encodes the change. Either way,
 * readers and the stored log end with exactly the document the updates make: out-of-order parts
 * (structs and deletions that wait) and updates repeating known parts included.
 */
import * as Y from 'yjs';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { applyStored } from '../../server/collab/room';
import { bodyText, createArticle, firstParagraphText, untilDoc, withTimeout } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();
const sockets: WebSocket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.terminate();
});

const updateFrame = (update: Uint8Array): Buffer => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return Buffer.from(encoding.toUint8Array(e));
};

async function rawSocket(articleId: string): Promise<WebSocket> {
  const { server } = fixture;
  const ws = new WebSocket(`${server.collabUrl}/${articleId}?token=${encodeURIComponent(server.token)}`);
  sockets.push(ws);
  await withTimeout(new Promise((r) => ws.once('open', r)), 10_000, 'raw socket open');
  return ws;
}

/** The article's text as its stored log gives it (what a reload would show). */
async function storedText(articleId: string): Promise<string> {
  const doc = new Y.Doc();
  applyStored(doc, await fixture.server.app.storage.loadUpdates(articleId), null);
  return bodyText(doc);
}

/** A writer's document starting from `state`, and each change it makes as one update. */
function writer(state: Uint8Array): { doc: Y.Doc; change: (edit: (text: Y.XmlText) => void) => Uint8Array } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return {
    doc,
    change(edit) {
      const updates: Uint8Array[] = [];
      const on = (u: Uint8Array) => updates.push(u);
      doc.on('update', on);
      edit(firstParagraphText(doc));
      doc.off('update', on);
      return Y.mergeUpdates(updates);
    },
  };
}

test('out-of-order updates wait for their parts, then readers and the stored log have them all', async () => {
  const { id } = await createArticle(fixture.server, 'As sent');
  const reader = await fixture.client(id);
  const w = writer(Y.encodeStateAsUpdate(reader.doc));
  const a = w.change((t) => t.insert(0, 'one '));
  const b = w.change((t) => t.insert(4, 'two')); // needs a
  const ws = await rawSocket(id);
  ws.send(updateFrame(b)); // waits for a: nothing changes yet
  ws.send(updateFrame(a));
  await untilDoc(reader.doc, () => bodyText(reader.doc) === 'one two', 10_000, 'both parts relayed');
  expect(await storedText(id)).toBe('one two');

  // Repeating what the server has, with something new: stored as sent, the repeat is harmless.
  const c = w.change((t) => t.insert(7, ' three'));
  ws.send(updateFrame(Y.mergeUpdates([a, b, c])));
  await untilDoc(reader.doc, () => bodyText(reader.doc) === 'one two three', 10_000, 'repeat with new text relayed');
  expect(await storedText(id)).toBe('one two three');

  // A deletion of text the server has not seen yet waits (pending delete set) until the text comes.
  const d = w.change((t) => t.insert(0, 'X'));
  const e = w.change((t) => t.delete(0, 1)); // deletes d's X
  ws.send(updateFrame(e));
  ws.send(updateFrame(d));
  const f = w.change((t) => t.insert(13, '.'));
  ws.send(updateFrame(f));
  await untilDoc(reader.doc, () => bodyText(reader.doc) === 'one two three.', 10_000, 'the deletion applied once its text came');
  expect(await storedText(id)).toBe('one two three.');

  // One update that is part new text, part waiting: the new text is stored (as Yjs encodes it) and relayed at once.
  const g = w.change((t) => t.insert(14, 'Y'));
  const h = w.change((t) => t.insert(15, 'Z')); // needs g
  const i = writer(Y.encodeStateAsUpdate(reader.doc)).change((t) => t.insert(0, '!')); // another client: not behind g
  Y.applyUpdate(w.doc, i);
  ws.send(updateFrame(Y.mergeUpdates([i, h])));
  await untilDoc(reader.doc, () => bodyText(reader.doc) === '!one two three.', 10_000, 'the part that could apply relayed');
  expect(await storedText(id)).toBe('!one two three.');
  ws.send(updateFrame(g));
  await untilDoc(reader.doc, () => bodyText(reader.doc) === '!one two three.YZ', 10_000, 'the waiting part relayed');
  expect(await storedText(id)).toBe('!one two three.YZ');
  expect(bodyText(w.doc)).toBe('!one two three.YZ');
});

test('typing from a stock client is stored and relayed unchanged, key by key', async () => {
  const { id } = await createArticle(fixture.server, 'Typing');
  const typist = await fixture.client(id);
  const reader = await fixture.client(id);
  const text = firstParagraphText(typist.doc);
  for (const ch of 'hello') text.insert(text.length, ch);
  text.delete(1, 1);
  await untilDoc(reader.doc, () => bodyText(reader.doc) === 'hllo', 10_000, 'typing relayed');
  expect(await storedText(id)).toBe('hllo');
});

test('an update that changes nothing is not stored (nor relayed: relays follow the store); one that only deletes is, as sent', async () => {
  // recordAsSent's test of "changed" (a clock moved, or a delete set): pinned for its rewrite over the
  // state vector's keys (p17, docs/benchmarks.md "Nineteenth pass").
  const { id } = await createArticle(fixture.server, 'Nothing changed');
  const reader = await fixture.client(id);
  const w = writer(Y.encodeStateAsUpdate(reader.doc));
  const a = w.change((t) => t.insert(0, 'abc'));
  const ws = await rawSocket(id);
  ws.send(updateFrame(a));
  await untilDoc(reader.doc, () => bodyText(reader.doc) === 'abc', 10_000, 'the text relayed');
  const logged = (await fixture.server.app.storage.loadUpdates(id)).length;

  ws.send(updateFrame(a)); // the server has all of it: no change
  const del = w.change((t) => t.delete(1, 1)); // a deletion alone: no clock moves
  ws.send(updateFrame(del));
  await untilDoc(reader.doc, () => bodyText(reader.doc) === 'ac', 10_000, 'the deletion relayed');
  const updates = await fixture.server.app.storage.loadUpdates(id);
  expect(updates.length).toBe(logged + 1);
  expect(Buffer.from(updates[updates.length - 1]).equals(Buffer.from(del))).toBe(true);
  expect(await storedText(id)).toBe('ac');
});

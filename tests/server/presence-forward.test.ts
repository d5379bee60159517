/**
 * The lean awareness path: an accepted awareness frame already under the signed-in name is relayed
 * to the other connections as the client sent it (no re-encoding); one claiming another name is
 * still rewritten to the signed-in name.
 */
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { createArticle, withTimeout } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();
const sockets: WebSocket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.terminate();
});

/** A raw socket on the article, signed in as the fixture's editor (user `editor`); collects awareness frames. */
async function raw(id: string): Promise<{ ws: WebSocket; frames: Uint8Array[]; next: (clock: number) => Promise<Uint8Array> }> {
  const { server } = fixture;
  const ws = new WebSocket(`${server.collabUrl}/${id}?token=${server.token}`);
  sockets.push(ws);
  const frames: Uint8Array[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data: Buffer) => {
    const frame = new Uint8Array(data);
    if (frame[0] !== 1) return; // awareness frames only
    frames.push(frame);
    for (const w of waiters.splice(0)) w();
  });
  await withTimeout(new Promise((r) => ws.once('open', r)), 5000, 'socket opens');
  /** The first awareness frame whose (single) entry has `clock`. */
  const next = (clock: number) =>
    withTimeout(
      new Promise<Uint8Array>((resolve) => {
        const check = () => {
          const f = frames.find((fr) => entryOf(fr).clock === clock);
          if (f) resolve(f);
          else waiters.push(check);
        };
        check();
      }),
      5000,
      `awareness frame with clock ${clock}`,
    );
  return { ws, frames, next };
}

function awarenessFrame(clientId: number, clock: number, json: string): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, json);
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

function entryOf(frame: Uint8Array): { clientId: number; clock: number; json: string } {
  const d = decoding.createDecoder(frame);
  decoding.readVarUint(d);
  const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
  decoding.readVarUint(inner);
  return { clientId: decoding.readVarUint(inner), clock: decoding.readVarUint(inner), json: decoding.readVarString(inner) };
}

test('a frame under the signed-in name is relayed byte for byte; another name is rewritten', async () => {
  const { id } = await createArticle(fixture.server, 'Forwarded presence');
  const sender = await raw(id);
  const reader = await raw(id);

  // Spacing a re-encoding (JSON.stringify) would not keep.
  const asSent = awarenessFrame(4242, 1, '{ "cursor": 7,  "user": { "name": "editor", "color": "#c00" } }');
  sender.ws.send(asSent);
  expect(Buffer.from(await reader.next(1)).equals(Buffer.from(asSent))).toBe(true);

  sender.ws.send(awarenessFrame(4242, 2, '{ "cursor": 8, "user": { "name": "mallory" } }'));
  const rewritten = entryOf(await reader.next(2));
  expect(JSON.parse(rewritten.json)).toEqual({ cursor: 8, user: { name: 'editor' } });
});

/**
 * A stock provider echoes every awareness frame it hears. An echo that is, byte for byte, the frame
 * the room last relayed for an id another connection holds is dropped on arrival, unread
 * (`Room.isPresenceEcho`, counted in `copydesk_collab_echoes_dropped_total`): handled in full, the
 * ownership rule would drop it anyway. Anything else about awareness takes the full path.
 */
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { createArticle, withTimeout } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';
import { metric } from '../helpers/metrics';

const fixture = useServerFixture();
const sockets: WebSocket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.terminate();
});

type Raw = {
  ws: WebSocket;
  /** Awareness frames received, in order. */
  frames: Uint8Array[];
  /** Resolves with the first awareness frame received (already, or from now on) with an entry for `clientId` at `clock` (`json` too when given). */
  next: (clientId: number, clock: number, json?: string) => Promise<Uint8Array>;
  /** Sends `frame`, then a query-awareness, and resolves once the answer arrives: the server has handled `frame`. */
  sendHandled: (frame: Uint8Array) => Promise<void>;
};

/** A raw socket on the article, signed in as the fixture's editor; collects awareness frames. */
async function raw(id: string): Promise<Raw> {
  const { server } = fixture;
  const ws = new WebSocket(`${server.collabUrl}/${id}?token=${server.token}`);
  sockets.push(ws);
  const frames: Uint8Array[] = [];
  const waiters: (() => void)[] = [];
  let answers = 0;
  ws.on('message', (data: Buffer) => {
    const frame = new Uint8Array(data);
    if (frame[0] !== 1) return; // awareness frames only
    frames.push(frame);
    answers++;
    for (const w of waiters.splice(0)) w();
  });
  await withTimeout(new Promise((r) => ws.once('open', r)), 5000, 'socket opens');
  const until = (found: () => Uint8Array | undefined, what: string) =>
    withTimeout(
      new Promise<Uint8Array>((resolve) => {
        const check = () => {
          const f = found();
          if (f) resolve(f);
          else waiters.push(check);
        };
        check();
      }),
      5000,
      what,
    );
  return {
    ws,
    frames,
    next: (clientId, clock, json) =>
      until(
        () => frames.find((fr) => entries(fr).some((e) => e.clientId === clientId && e.clock === clock && (json === undefined || e.json === json))),
        `awareness of ${clientId} at clock ${clock}`,
      ),
    async sendHandled(frame) {
      const before = answers;
      ws.send(frame);
      ws.send(Uint8Array.of(3)); // query-awareness: answered with everyone's presence, after `frame`
      await until(() => (answers > before ? frames[frames.length - 1] : undefined), 'the answer to query-awareness');
    },
  };
}

function awarenessFrame(...states: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, states.length);
  for (const s of states) {
    encoding.writeVarUint(inner, s.clientId);
    encoding.writeVarUint(inner, s.clock);
    encoding.writeVarString(inner, s.json);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

function entries(frame: Uint8Array): { clientId: number; clock: number; json: string }[] {
  const d = decoding.createDecoder(frame);
  decoding.readVarUint(d);
  const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
  const n = decoding.readVarUint(inner);
  return Array.from({ length: n }, () => ({ clientId: decoding.readVarUint(inner), clock: decoding.readVarUint(inner), json: decoding.readVarString(inner) }));
}

const cursor = (clientId: number, clock: number, at: number) => ({ clientId, clock, json: JSON.stringify({ user: { name: 'editor' }, cursor: at }) });
const dropped = () => metric(fixture.server.url, 'copydesk_collab_echoes_dropped_total');

test("a reader's byte-for-byte echo of a relayed cursor is dropped on arrival: counted, relayed to nobody, changing nothing", async () => {
  const { id } = await createArticle(fixture.server, 'Echoes dropped');
  const [writer, reader, other] = [await raw(id), await raw(id), await raw(id)];
  const start = await dropped();

  const first = awarenessFrame(cursor(5151, 1, 3));
  writer.ws.send(first);
  const heard = await reader.next(5151, 1);
  expect(Buffer.from(heard).equals(Buffer.from(first))).toBe(true);
  await other.next(5151, 1);

  await reader.sendHandled(heard); // the stock provider's echo
  expect(await dropped()).toBe(start + 1);
  const answer = entries(reader.frames[reader.frames.length - 1]).find((e) => e.clientId === 5151);
  // Relayed to nobody and changing nothing: the reader's answer (after the echo) has the writer's
  // state, and the writer's next frame is the next the other reader hears about the id.
  writer.ws.send(awarenessFrame(cursor(5151, 2, 4)));
  await other.next(5151, 2);
  const about = (s: Raw) => s.frames.filter((f) => entries(f).some((e) => e.clientId === 5151));
  expect(about(other).map((f) => entries(f)[0].clock)).toEqual([1, 2]);
  expect(about(writer)).toEqual([]);
  expect(answer && JSON.parse(answer.json)).toEqual({ user: { name: 'editor' }, cursor: 3 });
});

test('the holder repeating its frame, an echo of an older frame, a two-entry frame and an echo after the holder left take the full path', async () => {
  const { id } = await createArticle(fixture.server, 'Echoes not dropped');
  const [writer, reader] = [await raw(id), await raw(id)];
  const start = await dropped();

  const first = awarenessFrame(cursor(7171, 1, 1));
  writer.ws.send(first);
  await reader.next(7171, 1);
  await writer.sendHandled(first); // the holder's own repeat: its connection holds the id
  expect(await dropped()).toBe(start);

  const second = awarenessFrame(cursor(7171, 2, 2));
  writer.ws.send(second);
  await reader.next(7171, 2);
  await reader.sendHandled(first); // no longer the frame that made the id's latest change
  await reader.sendHandled(awarenessFrame(cursor(7171, 2, 2), cursor(8181, 1, 0))); // two entries
  expect(await dropped()).toBe(start);

  writer.ws.close();
  await reader.next(7171, 2, 'null'); // the writer's presence removed for everyone
  await reader.sendHandled(second); // the holder left: its id's record went with its state
  expect(await dropped()).toBe(start);
  const answer = entries(reader.frames[reader.frames.length - 1]);
  expect(answer.find((e) => e.clientId === 7171)).toBeUndefined();
});

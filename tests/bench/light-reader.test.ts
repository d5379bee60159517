/**
 * The peers bench's light reader (bench/peers/reader.ts) stands in for a stock y-websocket
 * provider: given the same frames from a server, it sends the same frames back, byte for byte, and
 * its clocks are those of the stock provider's document. On a real Copydesk server it syncs and
 * sees a typist's keys as a stock client does.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import { LightReader, type BrowserSocket } from '../../bench/peers/reader';
import { docClocks } from '../../bench/typing';
import { createArticleYDoc } from '../../shared/article/convert';
import { connectClient, createArticle, disconnect, firstParagraphText, untilDoc } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';
import WebSocket from 'ws';
import { providerUrl } from '../../bench/peers/reader';

/** A socket stand-in: records what the client sends; `deliver` plays a server frame to it. */
class ScriptSocket implements BrowserSocket {
  static last: ScriptSocket | null = null;
  readonly OPEN = 1;
  binaryType = 'arraybuffer';
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((ev: { data: ArrayBuffer | Uint8Array }) => void) | null = null;
  onclose: ((ev: { code?: number; reason?: unknown } | null) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  readonly sent: Uint8Array[] = [];
  constructor(readonly url: string) {
    ScriptSocket.last = this;
  }
  send(data: Uint8Array): void {
    this.sent.push(Uint8Array.from(data));
  }
  close(): void {
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  deliver(frame: Uint8Array): void {
    // As a fresh buffer per message, as `ws` hands it over.
    this.onmessage?.({ data: frame.slice().buffer });
  }
}

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}
const sync = (type: number, payload: Uint8Array) => frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, type), encoding.writeVarUint8Array(e, payload)));
const awareness = (entries: [id: number, clock: number, json: string][]) =>
  frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(
      e,
      frame((u) => {
        encoding.writeVarUint(u, entries.length);
        for (const [id, clock, json] of entries) (encoding.writeVarUint(u, id), encoding.writeVarUint(u, clock), encoding.writeVarString(u, json));
      }),
    );
  });

describe('the light reader against a stock provider, frame for frame', () => {
  it('sends what a stock provider on an untouched document sends for the same server frames', () => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider('ws://server', 'room', doc, { WebSocketPolyfill: ScriptSocket as unknown as typeof globalThis.WebSocket, disableBc: true });
    const stock = ScriptSocket.last!;
    const reader = new LightReader('ws://server/room', ScriptSocket, { clientId: doc.clientID });
    const light = ScriptSocket.last!;
    try {
      // The server's document: the article layout, then a typist's key as its own update.
      const server = createArticleYDoc({ headline: 'Frames' });
      const typist = new Y.Doc();
      Y.applyUpdate(typist, Y.encodeStateAsUpdate(server));
      const before = Y.encodeStateVector(typist);
      typist.getXmlFragment('article').insert(0, [new Y.XmlText('x')]);
      const key = Y.encodeStateAsUpdate(typist, before);
      const script = [
        sync(0, Y.encodeStateVector(server)), // the server's step 1
        sync(1, Y.encodeStateAsUpdate(server)), // the whole document
        awareness([[7, 0, '{}']]), // a new client at clock 0: ignored by y-protocols
        awareness([[7, 1, '{"cursor":{"anchor":1,"head":1}}']]), // added
        awareness([[7, 1, '{"cursor":{"anchor":1,"head":1}}']]), // the same clock again: ignored
        awareness([[7, 2, '{"cursor":{"anchor":2,"head":2}}'], [8, 3, '{"user":{"name":"B"}}']]), // updated + added: echoed added first
        sync(2, key),
        awareness([[7, 2, 'null']]), // removed at the same clock
        awareness([[9, 4, 'null']]), // an unknown id removed: nothing to echo
        awareness([[doc.clientID, 5, 'null']]), // a remote removing this client's own state: kept, clock + 1
        frame((e) => encoding.writeVarUint(e, 3)), // query awareness
      ];
      stock.open();
      light.open();
      for (const f of script) {
        stock.deliver(f);
        light.deliver(f);
      }
      expect(light.sent.length).toBeGreaterThan(6);
      expect(light.sent).toEqual(stock.sent);
      for (const id of [server.clientID, typist.clientID]) expect(reader.clock(id)).toBe(Y.getState(doc.store, id));
    } finally {
      reader.close();
      provider.destroy();
      provider.awareness.destroy();
      doc.destroy();
    }
  });

  it('renews its own state at 15 s and removes a remote state not renewed for 30 s, as y-protocols does', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const reader = new LightReader('ws://server/room', ScriptSocket, { clientId: 5 });
    const socket = ScriptSocket.last!;
    try {
      socket.open();
      socket.deliver(awareness([[7, 1, '{"a":1}']]));
      const sentBefore = socket.sent.length; // step 1, own state, the echo
      expect(sentBefore).toBe(3);
      jest.advanceTimersByTime(12_000);
      expect(socket.sent.length).toBe(sentBefore);
      jest.advanceTimersByTime(3_000); // 15 s: renewed at clock 1
      expect(socket.sent.slice(sentBefore)).toEqual([awareness([[5, 1, '{}']])]);
      jest.advanceTimersByTime(15_000); // 30 s: renewed again, and id 7 (not heard since) removed at clock 2
      expect(socket.sent.slice(sentBefore + 1)).toEqual([awareness([[5, 2, '{}']]), awareness([[7, 2, 'null']])]);
    } finally {
      reader.close();
      jest.useRealTimers();
    }
  });
});

describe('the light reader on a Copydesk server', () => {
  const fixture = useServerFixture();

  it('syncs the article and sees a typist\'s keys as a stock client does', async () => {
    const s = fixture.server;
    const { id } = await createArticle(s, 'Light reader');
    const typist = await connectClient(s, id);
    const stock = await connectClient(s, id);
    const reader = new LightReader(providerUrl(s.collabUrl, id, { token: s.token }), WebSocket as never);
    try {
      await reader.synced;
      const text = firstParagraphText(typist.doc);
      for (let i = 0; i < 5; i++) text.insert(text.length, 'x');
      const want = Y.getState(typist.doc.store, typist.doc.clientID);
      await untilDoc(stock.doc, () => Y.getState(stock.doc.store, typist.doc.clientID) === want);
      const clocks = docClocks(stock.doc);
      await new Promise<void>((resolve) => {
        const check = () => reader.clock(typist.doc.clientID) === want && resolve();
        reader.listen(check);
        check();
      });
      expect(reader.clock(typist.doc.clientID)).toBe(clocks.clock(typist.doc.clientID));
    } finally {
      reader.close();
      disconnect(typist, stock);
    }
  });
});

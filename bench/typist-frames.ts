/**
 * The y-websocket frames a stock provider sends while one person types, made ahead of a timed loop so
 * the path benches (collab-path.ts, paths-ab.ts) time only the server's side.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import { bodyParagraphText } from './lib';

/** One y-websocket frame: message type (0 sync, 1 awareness), the sync sub-type when there is one, the payload. */
export function wireFrame(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (sub !== null) encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** A sync update frame (type 0, sub-type 2) carrying `update`. */
export const updateFrame = (update: Uint8Array): Uint8Array => wireFrame(0, 2, update);

export type KeyFrames = { update: Uint8Array; cursor: Uint8Array };

/**
 * A typist's frames on its own copy of the article `state`: `hello`, its first awareness frame (its
 * name), then per key the update appending "x" to the first body paragraph (everything since the
 * previous key: the first key also creates the paragraph's text node) and the cursor frame after it.
 */
export function typistFrames(state: Uint8Array, userName: string, keys: number): { hello: Uint8Array; keys: KeyFrames[] } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: userName, color: '#30bced' } });
  const hello = wireFrame(1, null, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
  let since: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => since.push(u));
  const text = bodyParagraphText(doc);
  const made: KeyFrames[] = [];
  for (let k = 0; k < keys; k++) {
    text.insert(text.length, 'x');
    awareness.setLocalStateField('cursor', { anchor: k + 1, head: k + 1 });
    const update = since.length === 1 ? since[0] : Y.mergeUpdates(since);
    since = [];
    made.push({ update: updateFrame(update), cursor: wireFrame(1, null, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])) });
  }
  awareness.destroy();
  doc.destroy();
  return { hello, keys: made };
}

/** One typist of a W1-like room: its connection, the room's other connections (its readers) and its keys. */
export type Typist = {
  room: { run<T>(task: () => T): Promise<T> };
  conn: { receive(frame: Uint8Array): void };
  readers: { receive(frame: Uint8Array): void }[];
  frames: KeyFrames[];
};

/**
 * W1's key path in process: the returned function types `n` keys round-robin over `typists` (each key
 * is its update and its cursor, then the readers' echoes of the cursor), waits for each key's room turn,
 * and ends after one more macrotask. Successive calls go on from the next unsent key.
 */
export function roundRobinTyping(typists: readonly Typist[]): (n: number) => Promise<void> {
  let next = 0;
  return async (n) => {
    for (let i = 0; i < n; i++, next++) {
      const ty = typists[next % typists.length];
      const key = ty.frames[Math.floor(next / typists.length)];
      ty.conn.receive(key.update);
      ty.conn.receive(key.cursor);
      await ty.room.run(() => undefined);
      for (const r of ty.readers) r.receive(key.cursor);
    }
    await new Promise((r) => setImmediate(r));
  };
}

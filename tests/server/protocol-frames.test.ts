/**
 * The sync update frame every stored batch is relayed in (`encodeUpdate`, protocol.ts) is written
 * without lib0's encoder: its bytes must be exactly what y-protocols' `writeUpdate` writes after the
 * sync message type, at every length form of the var-uint length (1 to 4 bytes here).
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { decodeMessage, encodeUpdate } from '../../server/collab/protocol';

function reference(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // y-websocket's messageSync
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

const lengths = [0, 1, 30, 127, 128, 129, 255, 16383, 16384, 16385, 100_000, 2_097_151, 2_097_152];

test.each(lengths)('an update of %i bytes is framed as y-protocols frames it', (n) => {
  const update = new Uint8Array(n);
  for (let i = 0; i < n; i++) update[i] = (i * 7 + 3) & 0xff;
  const frame = encodeUpdate(update);
  expect(Buffer.from(frame).equals(Buffer.from(reference(update)))).toBe(true);
});

test.each([1, 200, 20_000])('a Yjs update of %i characters typed is framed and read back as the same update', (chars) => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'x'.repeat(chars));
  const update = Y.encodeStateAsUpdate(doc);
  const decoded = decodeMessage(encodeUpdate(update));
  expect(decoded.ok && decoded.value.type).toBe('update');
  expect(decoded.ok && decoded.value.type === 'update' && Buffer.from(decoded.value.update).equals(Buffer.from(update))).toBe(true);
});

test('the frame is a copy: changing the update afterwards does not change it', () => {
  const update = Uint8Array.of(1, 2, 3);
  const frame = encodeUpdate(update);
  update[0] = 9;
  expect(Array.from(frame)).toEqual([0, 2, 3, 1, 2, 3]);
});

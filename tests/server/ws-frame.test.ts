/**
 * The collab transport frames each outgoing message once and writes it to the socket itself
 * (ws-transport.ts `binaryFrame`): the bytes must be exactly those `ws` writes for a binary message
 * from a server, at every length form (7-bit, 16-bit, 64-bit), and a big document still reaches a
 * joiner whole.
 */
import * as wsModule from 'ws';
import { binaryFrame } from '../../server/collab/ws-transport';
import { bodyText, createArticle, firstParagraphText, untilDoc } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();

/** ws's own framer (exported at runtime, not in its type declarations). */
type FrameOptions = { fin: boolean; rsv1: boolean; opcode: number; mask: boolean; readOnly: boolean };
const { Sender } = wsModule as unknown as { Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] } };

/** What `ws` writes for `send(data, { binary: true })` from a server (unmasked, FIN, no compression). */
function wsFrame(data: Uint8Array): Buffer {
  const list = Sender.frame(Buffer.from(data), { fin: true, rsv1: false, opcode: 2, mask: false, readOnly: false });
  return Buffer.concat(list);
}

test.each([0, 1, 125, 126, 127, 1024, 1025, 16 * 1024, 16 * 1024 + 1, 65535, 65536, 300_000])('a %i-byte message is framed as ws frames it', (length) => {
  const message = new Uint8Array(length);
  for (let i = 0; i < length; i++) message[i] = (i * 7) & 0xff;
  const expected = wsFrame(message);
  expect(Buffer.concat(binaryFrame(message)).equals(expected)).toBe(true);
  // A view into a bigger buffer frames only its own bytes.
  const view = new Uint8Array(length + 10).subarray(3, 3 + length);
  view.set(message);
  expect(Buffer.concat(binaryFrame(view)).equals(expected)).toBe(true);
});

test('one message is framed once for all its recipients', () => {
  const message = new Uint8Array([0, 2, 1, 0]);
  expect(binaryFrame(message)).toBe(binaryFrame(message));
});

test('a small message is one buffer (one write per recipient); a big one is the header and its own bytes, not copied', () => {
  expect(binaryFrame(new Uint8Array(100))).toHaveLength(1);
  const big = new Uint8Array(5000);
  const framed = binaryFrame(big);
  expect(framed).toHaveLength(2);
  expect(framed[1].buffer).toBe(big.buffer);
});

test('a document over 64 KiB reaches a joiner whole, and typing after it reaches every client', async () => {
  const { id } = await createArticle(fixture.server, 'Big');
  const writer = await fixture.client(id);
  const big = 'word '.repeat(20_000); // 100,000 characters: the joiner's sync step 2 takes the 64-bit length form
  firstParagraphText(writer.doc).insert(0, big);
  const joiner = await fixture.client(id);
  await untilDoc(joiner.doc, () => bodyText(joiner.doc) === big, 10_000, 'the whole document reached the joiner');
  firstParagraphText(joiner.doc).insert(0, 'x');
  await untilDoc(writer.doc, () => bodyText(writer.doc) === `x${big}`, 10_000, 'typing after it relayed');
});

/** The bytes of relay messages between instances: round trips, and anything else refused (null). */
import { decodeRelayMessage, encodeRelayMessage, RelayKind, type WireMessage } from '../../server/scale';

const instance = Buffer.alloc(16, 7);

test('every message kind round-trips with its sender', () => {
  const messages: WireMessage[] = [
    { type: 'update', update: new Uint8Array([1, 2, 3]) },
    { type: 'awareness', update: new Uint8Array([4, 5]) },
    { type: 'awareness-query' },
  ];
  for (const message of messages) {
    const decoded = decodeRelayMessage(encodeRelayMessage(instance, message));
    expect(decoded && { ...decoded, instanceId: Buffer.from(decoded.instanceId) }).toEqual({ instanceId: instance, message });
  }
});

test('short, unknown or inconsistent messages decode to null', () => {
  expect(decodeRelayMessage(Buffer.alloc(5))).toBeNull();
  expect(decodeRelayMessage(Buffer.concat([Buffer.from([9]), instance, Buffer.from([1])]))).toBeNull();
  expect(decodeRelayMessage(Buffer.concat([Buffer.from([RelayKind.update]), instance]))).toBeNull();
  expect(decodeRelayMessage(Buffer.concat([Buffer.from([RelayKind.awarenessQuery]), instance, Buffer.from([1])]))).toBeNull();
});

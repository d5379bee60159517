/**
 * The bytes of one relay message on an article's Redis channel. Pure: no Redis, no rooms.
 *
 *   byte 0        kind (RelayKind)
 *   bytes 1..16   the publishing instance's id (random per process), so it can skip its own
 *   bytes 17..    payload: a Yjs update (update), a y-protocols awareness update (awareness), or
 *                 nothing (awareness-query)
 */
import type { RemoteMessage } from '../collab/relay';

export const RelayKind = { update: 0, awareness: 1, awarenessQuery: 2 } as const;

/** The messages that travel between instances (`resync` is local to an instance). */
export type WireMessage = Exclude<RemoteMessage, { type: 'resync' }>;

export const INSTANCE_ID_BYTES = 16;
const HEADER_BYTES = 1 + INSTANCE_ID_BYTES;

export function encodeRelayMessage(instanceId: Buffer, msg: WireMessage): Buffer {
  switch (msg.type) {
    case 'update':
      return Buffer.concat([Buffer.from([RelayKind.update]), instanceId, msg.update]);
    case 'awareness':
      return Buffer.concat([Buffer.from([RelayKind.awareness]), instanceId, msg.update]);
    case 'awareness-query':
      return Buffer.concat([Buffer.from([RelayKind.awarenessQuery]), instanceId]);
    default: {
      const unreachable: never = msg;
      throw new Error(`unknown relay message ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The message and its sender, or null for bytes that are not a relay message. */
export function decodeRelayMessage(bytes: Buffer): { instanceId: Buffer; message: WireMessage } | null {
  if (bytes.length < HEADER_BYTES) return null;
  const instanceId = bytes.subarray(1, HEADER_BYTES);
  // A copy: the payload outlives the Buffer Redis handed us, and Yjs wants a plain Uint8Array.
  const payload = new Uint8Array(bytes.subarray(HEADER_BYTES));
  switch (bytes[0]) {
    case RelayKind.update:
      return payload.length > 0 ? { instanceId, message: { type: 'update', update: payload } } : null;
    case RelayKind.awareness:
      return payload.length > 0 ? { instanceId, message: { type: 'awareness', update: payload } } : null;
    case RelayKind.awarenessQuery:
      return payload.length === 0 ? { instanceId, message: { type: 'awareness-query' } } : null;
    default:
      return null;
  }
}

/**
 * The y-websocket wire format, decoded strictly and encoded for sending. Pure: no sockets, no rooms.
 *
 * A frame is `varUint messageType` followed by the payload:
 *   0 sync      → `varUint syncType` (0 step 1 | 1 step 2 | 2 update) + `varUint8Array`
 *   1 awareness → `varUint8Array` awareness update
 *   3 query-awareness → nothing
 * (2 = auth is server → client only and is refused when received.)
 * Every frame must be consumed exactly; anything else is `malformed`.
 */
import decoding = require('lib0/decoding');
import encoding = require('lib0/encoding');
import Y = require('yjs');
import awarenessProtocol = require('y-protocols/awareness');
import { err, ok, type Result } from '../../shared/contract/result';
import { ErrorCode } from '../../shared/contract/errors';

export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

/**
 * A decoded client frame. `update` payloads have been checked to decode as Yjs v1 updates; what an
 * update changes is read after it is applied (the attribution guard reads the transaction).
 */
export type IncomingMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  /** `frame`: the whole frame as received, relayed as it is when every entry is accepted unchanged. */
  | { type: 'awareness'; update: Uint8Array; entries: AwarenessEntry[]; frame: Uint8Array }
  | { type: 'query-awareness' };

/** One entry of an awareness update; `state` null means the client left. `bytes`: its JSON's encoded size. */
export type AwarenessEntry = { clientId: number; clock: number; state: unknown; bytes: number };

function malformed(message: string): Result<never> {
  return err(ErrorCode.validation, message);
}

/** Decodes one frame; never throws. */
export function decodeMessage(frame: Uint8Array): Result<IncomingMessage> {
  let msg: IncomingMessage;
  try {
    const decoder = decoding.createDecoder(frame);
    const messageType = decoding.readVarUint(decoder);
    switch (messageType) {
      case MessageType.sync: {
        const syncType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (syncType === SyncType.step1) {
          Y.decodeStateVector(payload);
          msg = { type: 'sync-step-1', stateVector: payload };
        } else if (syncType === SyncType.step2 || syncType === SyncType.update) {
          Y.decodeUpdate(payload);
          msg = { type: syncType === SyncType.step2 ? 'sync-step-2' : 'update', update: payload };
        } else {
          return malformed(`unknown sync message type ${syncType}`);
        }
        break;
      }
      case MessageType.awareness: {
        const update = decoding.readVarUint8Array(decoder);
        msg = { type: 'awareness', update, entries: decodeAwarenessEntries(update), frame };
        break;
      }
      case MessageType.queryAwareness:
        msg = { type: 'query-awareness' };
        break;
      default:
        return malformed(`unknown message type ${messageType}`);
    }
    if (decoding.hasContent(decoder)) return malformed('trailing bytes after message');
  } catch (e) {
    return malformed(`undecodable frame: ${(e as Error).message}`);
  }
  return ok(msg);
}

/** Decodes an awareness update completely (so a bad one is refused before any entry is applied). */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const start = decoder.pos;
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    entries.push({ clientId, clock, state, bytes: decoder.pos - start });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in awareness update');
  return entries;
}

/**
 * The client id of an awareness frame holding exactly one entry, read without decoding the entry's
 * state; null for any other frame. Validates nothing beyond those fields: for comparing a frame with
 * one already decoded in full (`Room.isPresenceEcho`), never for trusting it.
 */
export function awarenessFrameClientId(frame: Uint8Array): number | null {
  if (frame[0] !== MessageType.awareness) return null;
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarUint(decoder); // message type
    decoding.readVarUint(decoder); // the update's length
    return decoding.readVarUint(decoder) === 1 ? decoding.readVarUint(decoder) : null;
  } catch {
    return null;
  }
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  encoding.writeVarUint(e, SyncType.step1);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  return encoding.toUint8Array(e);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return encodeSyncStep2Update(Y.encodeStateAsUpdate(doc, stateVector));
}

/** A sync step 2 frame around an already encoded update (e.g. the stored whole state). */
export function encodeSyncStep2Update(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  encoding.writeVarUint(e, SyncType.step2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** True when a state vector names no client (an empty document's: it asks for the whole state). */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/**
 * A sync update frame (type 0, sub-type 2, the update as a var-length byte array): the bytes lib0's
 * encoder writes, in one exactly sized array (every stored batch is relayed through this: no encoder,
 * no 100-byte scratch buffer and no buffer list per relay; tests/server/protocol-frames.test.ts).
 */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const length = update.length;
  let lengthBytes = 1;
  for (let v = length; v > 0x7f; v = Math.floor(v / 128)) lengthBytes++;
  const frame = new Uint8Array(2 + lengthBytes + length);
  frame[0] = MessageType.sync;
  frame[1] = SyncType.update;
  let pos = 2;
  let v = length;
  for (; v > 0x7f; v = Math.floor(v / 128)) frame[pos++] = 0x80 | (v & 0x7f);
  frame[pos++] = v;
  frame.set(update, pos);
  return frame;
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.awareness);
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(e);
}

/** y-websocket auth message "permission denied" (type 2, then 0, then the reason). */
export function encodePermissionDenied(reason: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.auth);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, reason);
  return encoding.toUint8Array(e);
}

/** An awareness update (the inner payload of an awareness frame) from decoded entries. */
export function encodeAwarenessEntries(entries: Omit<AwarenessEntry, 'bytes'>[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, JSON.stringify(state));
  }
  return encoding.toUint8Array(e);
}

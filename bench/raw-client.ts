/**
 * A bare y-websocket protocol client on `ws`, for when hundreds of clients are needed or when the
 * cost of a client-side Y.Doc must stay out of a measurement. It keeps no document: it answers the
 * server's sync step 1 with an empty step 2, counts what it receives, and can send ready-made
 * updates.
 */
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { withTimeout } from '../tests/helpers/clients';
import type { Target } from '../tests/helpers/server';
import { now } from './lib';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** The encoded state vector and update of an empty Y.Doc. */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const EMPTY_UPDATE = new Uint8Array([0, 0]);

export type RawClientOptions = {
  /** Announce an awareness state, as an editor's browser does (client id, JSON state). */
  awareness?: { clientId: number; state: unknown };
  /** Called for each relayed document update (sync type 2) with its payload. */
  onUpdate?: (update: Uint8Array) => void;
};

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

export class RawClient {
  /** Resolves with the `now()` time at which the server's sync step 2 (the whole document) arrived. */
  readonly synced: Promise<number>;
  /** Size of the server's sync step 2 payload (the encoded document), bytes. */
  step2Bytes = 0;
  updatesReceived = 0;
  awarenessReceived = 0;
  readonly closed: Promise<void>;
  private readonly ws: WebSocket;

  constructor(target: Target, articleId: string, private readonly opts: RawClientOptions = {}) {
    const query = `?token=${encodeURIComponent(target.token)}`;
    this.ws = new WebSocket(`${target.collabUrl}/${articleId}${query}`);
    this.ws.binaryType = 'nodebuffer';
    let resolveSynced!: (t: number) => void;
    let rejectSynced!: (e: Error) => void;
    this.synced = new Promise((res, rej) => {
      resolveSynced = res;
      rejectSynced = rej;
    });
    this.synced.catch(() => undefined); // observed by whoever awaits it
    this.closed = new Promise((r) => this.ws.once('close', () => r()));
    this.ws.on('error', (e) => rejectSynced(e));
    this.ws.on('close', (code, reason) => rejectSynced(new Error(`closed ${code} ${reason.toString()}`)));
    this.ws.on('open', () => {
      this.send(
        frame((e) => {
          encoding.writeVarUint(e, MESSAGE_SYNC);
          encoding.writeVarUint(e, SYNC_STEP1);
          encoding.writeVarUint8Array(e, EMPTY_STATE_VECTOR);
        }),
      );
      if (opts.awareness) this.send(encodeAwareness(opts.awareness.clientId, 1, opts.awareness.state));
    });
    this.ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      const type = decoding.readVarUint(d);
      if (type === MESSAGE_AWARENESS) {
        this.awarenessReceived++;
        return;
      }
      if (type !== MESSAGE_SYNC) return;
      const syncType = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (syncType === SYNC_STEP1) {
        this.sendUpdate(EMPTY_UPDATE, SYNC_STEP2);
      } else if (syncType === SYNC_STEP2) {
        this.step2Bytes = payload.byteLength;
        resolveSynced(now());
      } else if (syncType === SYNC_UPDATE) {
        this.updatesReceived++;
        this.opts.onUpdate?.(payload);
      }
    });
  }

  /** Waits (bounded) for the whole document; resolves with the time it arrived. */
  waitSynced(ms = 30_000): Promise<number> {
    return withTimeout(this.synced, ms, 'raw client sync');
  }

  sendUpdate(update: Uint8Array, syncType: number = SYNC_UPDATE): void {
    this.send(
      frame((e) => {
        encoding.writeVarUint(e, MESSAGE_SYNC);
        encoding.writeVarUint(e, syncType);
        encoding.writeVarUint8Array(e, update);
      }),
    );
  }

  /** Closes the socket and waits (bounded) for the close handshake. */
  async close(ms = 5_000): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    this.ws.close(1000);
    await withTimeout(this.closed, ms, 'raw client close').catch(() => this.ws.terminate());
  }

  private send(data: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(data);
  }
}

/** An awareness update with one entry, as y-protocols encodes it. */
function encodeAwareness(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, JSON.stringify(state));
  });
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(e, inner);
  });
}

/**
 * Message size on `/desk`: an event over `MAX_BODY_BYTES` (its encoded socket.io packet) is not run;
 * its acknowledgement gets `payload_too_large` and the socket stays connected. socket.io's own cap
 * (`maxHttpBufferSize`) is set to TRANSPORT_CAP_FACTOR times that, so only a message beyond it is
 * cut by the transport (the connection closes). O(1) per message: the packet's length is read once.
 */
import type { Socket } from 'socket.io';
import { ErrorCode } from '../../shared/contract/errors';
import { err } from '../../shared/contract/result';

export const TRANSPORT_CAP_FACTOR = 4;

export function refuseOversizeEvents(socket: Socket, maxBytes: number): void {
  // engine.io emits each incoming packet before socket.io decodes it and runs the middlewares,
  // synchronously, so `last` is the size of the event the middleware below sees.
  let last = 0;
  socket.conn.on('packet', (packet: { type: string; data?: unknown }) => {
    if (packet.type !== 'message') return;
    const data = packet.data as string | Buffer | ArrayBuffer | undefined;
    last = typeof data === 'string' ? data.length : (data?.byteLength ?? 0);
  });
  socket.use((event, next) => {
    if (last <= maxBytes) return next();
    const ack: unknown = event[event.length - 1];
    if (typeof ack === 'function') (ack as (r: unknown) => void)(err(ErrorCode.payloadTooLarge, `message over ${maxBytes} bytes (MAX_BODY_BYTES): not handled`));
  });
}

/**
 * The one `/desk` socket.io connection of the signed-in user, shared by every screen: the
 * notification bell listens on it from anywhere, and the editor joins its article through it.
 * The session cookie signs the socket in, so a new user gets a new socket.
 *
 * The browser's `offline`/`online` events disconnect and reconnect it at once: an open WebSocket
 * can outlive the network for minutes before socket.io's heartbeat notices, and until then every
 * emit would be buffered while the screen claims to be live.
 */
import { io, type Socket } from 'socket.io-client';
import { DESK_NAMESPACE, type ClientToServerEvents, type ServerToClientEvents } from '../../../shared/contract/desk';
import { DeskRefusal, deskRefusalOf } from '../../../shared/contract/errors';
import { PROTOCOL_VERSION } from '../../../shared/contract/protocol';

export type DeskSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let current: { userId: string; socket: DeskSocket } | null = null;

const goOffline = () => current?.socket.disconnect();
const goOnline = () => current?.socket.connect();

/** The socket of `userId`, opened on first use (and again after `closeDeskSocket`). */
export function deskSocket(userId: string): DeskSocket {
  if (current?.userId === userId) return current.socket;
  closeDeskSocket();
  // forceNew: a socket of a previous user must never be reused for this one. The session cookie
  // signs it in; the protocol version lets a newer server refuse this (older) page clearly.
  const socket: DeskSocket = io(DESK_NAMESPACE, {
    withCredentials: true,
    forceNew: true,
    autoConnect: navigator.onLine,
    auth: { protocolVersion: PROTOCOL_VERSION },
  });
  current = { userId, socket };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  return socket;
}

/** Signing out (or a change of user) ends the socket. */
export function closeDeskSocket(): void {
  if (!current) return;
  window.removeEventListener('offline', goOffline);
  window.removeEventListener('online', goOnline);
  current.socket.removeAllListeners();
  current.socket.disconnect();
  current = null;
}

/** A refused handshake (`connect_error`) for want of a valid session, as opposed to a network failure. */
export function isUnauthorizedError(error: Error): boolean {
  const code = deskRefusalOf(error)?.code;
  return code === DeskRefusal.unauthorized.code || code === DeskRefusal.expired.code;
}

/** The server speaks another protocol version: this page is out of date. */
export function isProtocolMismatch(error: Error): boolean {
  return deskRefusalOf(error)?.code === DeskRefusal.protocolMismatch.code;
}

/**
 * What a room and the transaction origins need of one client connection. `Connection` implements
 * it; the room, the origins and the attribution guard know connections only through this, so none
 * of them imports the connection (which imports the room).
 */
import type { Identity } from '../../shared/contract/roles';

export interface Peer {
  /** The signed-in user behind the socket (the server's record, never the Yjs client id). */
  readonly user: Identity;
  /** The Yjs client ids this connection announced in awareness. */
  readonly awarenessClientIds: number[];
  send(frame: Uint8Array): void;
  /** Closes the socket with a catalogued close code (`CloseCode`). Idempotent. */
  close(code?: number, reason?: string): void;
  /** The room tells the connection which awareness ids its update added or removed. */
  trackAwareness(added: number[], removed: number[]): void;
}

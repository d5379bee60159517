/**
 * One client socket on one room. Decodes each frame, refuses bad ones by closing this socket alone
 * with a catalogued code, and hands good ones to the room's queue in arrival order.
 */
import awarenessProtocol = require('y-protocols/awareness');
import type { Logger } from 'pino';
import { CloseCode } from '../../shared/contract/errors';
import {
  decodeMessage,
  encodeAwareness,
  encodeAwarenessEntries,
  encodePermissionDenied,
  type AwarenessEntry,
  type IncomingMessage,
} from './protocol';
import type { Room } from './room';
import type { Origin } from './origin';
import type { Peer } from './peer';
import { can, type Identity, type Role } from '../../shared/contract/roles';
import { checkPresence, type PresenceLimits, type PresenceRight } from './presence';

/** What a connection needs from its transport; `ws` is adapted to this in ws-transport.ts. */
export interface CollabSocket {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

export type ConnectionOptions = {
  logger: Logger;
  /** False for roles that may read but not edit: their document updates are dropped. */
  canWrite: boolean;
  /** Frames of this connection queued but not yet handled; past it the socket is closed (4429). */
  maxQueuedFrames: number;
  /** Frames per second (fixed one-second windows); past it the socket is closed (4429). */
  maxMessagesPerSecond: number;
  user: Identity;
  /** Size and rate bounds on this connection's awareness updates. */
  presence: PresenceLimits;
  /** Counts kept across connections (the transport's: `/metrics`). */
  counts: CollabCounts;
};

export type CollabCounts = {
  /** Awareness echoes dropped on arrival (`Room.isPresenceEcho`). */
  echoesDropped: number;
};

/** Frames whose handling only changes the room (`Room.enqueue`'s `batchable`). */
const BATCHABLE: ReadonlySet<IncomingMessage['type']> = new Set(['update', 'sync-step-2', 'awareness']);

export class Connection implements Peer {
  private readonly origin: Origin = { kind: 'client', connection: this };
  /** Awareness client ids announced by this connection; removed for everyone when it closes. */
  private readonly awarenessIds = new Set<number>();
  private queued = 0;
  private closed = false;
  private windowStart = 0;
  private windowCount = 0;
  private toldReadOnly = false;
  private presenceWindowStart = 0;
  private presenceWindowCount = 0;

  constructor(
    private readonly socket: CollabSocket,
    readonly room: Room,
    private readonly opts: ConnectionOptions,
  ) {}

  get isOpen(): boolean {
    return !this.closed;
  }

  send(frame: Uint8Array): void {
    if (!this.closed) this.socket.send(frame);
  }

  /** Handles one frame from the client. Never throws. */
  receive(frame: Uint8Array): void {
    if (this.closed) return;
    // A stock provider's echo of a frame the room relayed (the same bytes, decoded in full when its
    // holder sent it): counted like any frame, then dropped unread, as the ownership rule would.
    const echo = this.room.isPresenceEcho(this, frame);
    const decoded = echo ? null : decodeMessage(frame);
    if (decoded && !decoded.ok) return this.close(CloseCode.malformed, decoded.error.message);
    if (this.queued >= this.opts.maxQueuedFrames) return this.close(CloseCode.rateLimited, 'too many queued messages');
    const now = Date.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    if (++this.windowCount > this.opts.maxMessagesPerSecond) return this.close(CloseCode.rateLimited, 'too many messages per second');
    if (!decoded) {
      this.opts.counts.echoesDropped++;
      return;
    }
    const msg = decoded.value;
    // Only frames speaking for this connection count: stock providers echo others' changes, which
    // the ownership rule drops anyway (O(entries), one map lookup each).
    if (msg.type === 'awareness' && this.speaksForItself(msg.entries) && !this.presenceAllowed(now)) {
      return this.close(CloseCode.rateLimited, 'too many awareness updates per second');
    }
    this.queued++;
    // Document and presence changes may be stored together with the frames queued before them;
    // a sync step 1 or an awareness query reads the room, so it waits for them (Room.enqueue).
    this.room.enqueue(() => this.handle(msg), this.settled, BATCHABLE.has(msg.type));
  }

  /** This connection's right to an awareness entry (made once per connection, not per frame). */
  private readonly rightTo = (e: AwarenessEntry): PresenceRight => this.room.presenceRight(this, e);

  /** Whether any entry speaks for this connection (`own`): a loop, no closure per frame. */
  private speaksForItself(entries: readonly AwarenessEntry[]): boolean {
    for (const e of entries) if (this.room.presenceRight(this, e) === 'own') return true;
    return false;
  }

  /** A queued frame was handled (its changes stored and relayed), or failed: then this socket closes. */
  private readonly settled = (failed: boolean, error: unknown): void => {
    this.queued--;
    if (!failed) return;
    this.opts.logger.warn({ err: error, articleId: this.room.articleId }, 'collab message failed');
    this.close(CloseCode.malformed, 'message could not be applied');
  };

  /** Runs inside the room's queue. */
  private handle(msg: IncomingMessage): void {
    if (this.closed) return;
    switch (msg.type) {
      case 'sync-step-1': {
        const answer = this.room.syncStep2(msg.stateVector, this);
        if (answer) this.send(answer);
        return;
      }
      case 'sync-step-2':
      case 'update':
        if (!this.opts.canWrite) return this.refuseWrite(); // read-only roles: dropped, never applied
        this.room.applyClientUpdate(this, msg.update, this.origin);
        return;
      case 'awareness': {
        const verdict = checkPresence(msg.entries, this.rightTo, this.awarenessIds, this.opts.presence);
        if (!verdict.ok) return this.close(verdict.code, verdict.reason); // nothing of it applied or relayed
        if (verdict.accepted.length === 0) return;
        // The usual frame (every entry accepted, already under the signed-in name) is applied and
        // relayed as the client sent it: no re-encoding.
        const asSent = verdict.accepted.length === msg.entries.length && allCarryName(verdict.accepted, this.opts.user.name);
        if (asSent) this.room.applyPresence(msg.frame, msg.update, msg.entries, this.origin);
        else awarenessProtocol.applyAwarenessUpdate(this.room.awareness, withSignedInName(verdict.accepted, this.opts.user.name), this.origin);
        this.room.claimPresence(this, verdict.accepted);
        return;
      }
      case 'query-awareness': {
        const ids = Array.from(this.room.awareness.getStates().keys());
        if (ids.length > 0) this.send(encodeAwareness(this.room.awareness, ids));
        return;
      }
      default: {
        const unreachable: never = msg;
        throw new Error(`unhandled message ${JSON.stringify(unreachable)}`);
      }
    }
  }

  /** Counts one awareness update in this second's window; false past `maxUpdatesPerSecond`. */
  private presenceAllowed(now: number): boolean {
    if (now - this.presenceWindowStart >= 1000) {
      this.presenceWindowStart = now;
      this.presenceWindowCount = 0;
    }
    return ++this.presenceWindowCount <= this.opts.presence.maxUpdatesPerSecond;
  }

  get user(): Identity {
    return this.opts.user;
  }

  /** The user's role changed while connected: a demoted editor turns read-only; no read right closes (4403). */
  changeRole(role: Role): void {
    this.opts.user = { ...this.opts.user, role };
    if (!can(role, 'read')) return this.close(CloseCode.forbidden, `a ${role} may not read articles`);
    this.opts.canWrite = can(role, 'edit');
    this.toldReadOnly = false;
  }

  /**
   * Answers a read-only user's edit with y-websocket's own "permission denied" auth message (the
   * stock provider reports it); once per connection, since an editor that ignores it would repeat.
   */
  private refuseWrite(): void {
    if (this.toldReadOnly) return;
    this.toldReadOnly = true;
    this.send(encodePermissionDenied(`a ${this.opts.user.role} may not edit this article; the change was not applied`));
  }

  /** The Yjs client ids this connection announced in awareness (its editor's `doc.clientID`). */
  get awarenessClientIds(): number[] {
    return Array.from(this.awarenessIds);
  }

  /** Called by the room when this connection's awareness update added or removed client ids. */
  trackAwareness(added: number[], removed: number[]): void {
    for (const id of added) this.awarenessIds.add(id);
    for (const id of removed) this.awarenessIds.delete(id);
  }

  /** Closes the socket (if still open) and leaves the room. Idempotent. */
  close(code: number = CloseCode.normal, reason = ''): void {
    if (!this.closed) {
      this.closed = true;
      this.socket.close(code, reason.slice(0, 120));
    }
    this.detach();
  }

  /** The transport reports the socket closed. */
  onSocketClosed(): void {
    this.closed = true;
    this.detach();
  }

  private detach(): void {
    this.room.leave(this, Array.from(this.awarenessIds));
    this.awarenessIds.clear();
  }
}

/** True when no entry needs rewriting (`carriesName` of each): a loop, no closure per frame. */
function allCarryName(entries: readonly AwarenessEntry[], name: string): boolean {
  for (const e of entries) if (!carriesName(e, name)) return false;
  return true;
}

/** True when the entry needs no rewriting: it removes a state, has no `user` object, or names `name` already. */
function carriesName(e: AwarenessEntry, name: string): boolean {
  const state = e.state as { user?: unknown } | null;
  if (state === null || typeof state !== 'object' || typeof state.user !== 'object' || state.user === null) return true;
  return (state.user as { name?: unknown }).name === name;
}

/**
 * Presence carries the signed-in name, whatever the client claims: a `user.name` in an awareness
 * state is replaced with the account's name (other fields — colour, cursor — pass unchanged).
 */
function withSignedInName(entries: AwarenessEntry[], name: string): Uint8Array {
  return encodeAwarenessEntries(
    entries.map((e) => {
      const state = e.state as { user?: unknown } | null;
      if (state === null || typeof state !== 'object' || typeof state.user !== 'object' || state.user === null) return e;
      return { ...e, state: { ...state, user: { ...(state.user as object), name } } };
    }),
  );
}

/**
 * How a revocation reaches open sockets on every instance. Accounts publishes the revoked session
 * ids (logout, password change, disable) and its live sessions close their sockets on each
 * instance that hears them. With Redis, server/scale/session-bus.ts carries them to every instance;
 * without it, `localSessionBus` tells only this one, and another instance on the same database
 * still learns within a second from its periodic re-read (live-sessions.ts), which also covers a
 * lost message.
 */
export type RevokedHandler = (sessionIds: string[]) => void;

export interface SessionBus {
  /** Tells every instance (this one included, at once) that these sessions ended. */
  publishRevoked(sessionIds: string[]): void;
  /** Registers the one handler (the instance's live sessions). */
  onRevoked(handler: RevokedHandler): void;
}

/** A single instance: the revocation is handled here and now. */
export function localSessionBus(): SessionBus {
  let handler: RevokedHandler = () => undefined;
  return {
    publishRevoked: (ids) => handler(ids),
    onRevoked: (h) => void (handler = h),
  };
}

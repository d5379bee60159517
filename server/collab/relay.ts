/**
 * What a room needs from the other instances of a scaled stack, and nothing about how it travels
 * (the Redis implementation is `server/scale/redis-relay.ts`). Without `REDIS_URL` the relay is
 * `NO_RELAY`: one instance, nothing to tell.
 *
 * Contract: an instance publishes an update only after storing it, so a receiver applies it with
 * origin `redis` and relays it to its own clients without storing it again. Messages published by
 * this instance are never delivered back to it.
 */

/** A message from another instance about one article. */
export type RemoteMessage =
  /** A Yjs update that instance has stored. */
  | { type: 'update'; update: Uint8Array }
  /** A y-protocols awareness update from that instance's clients (a `null` state: the client left). */
  | { type: 'awareness'; update: Uint8Array }
  /** An instance that just opened the article asks for the awareness of everyone else's clients. */
  | { type: 'awareness-query' }
  /** Messages may have been missed (the relay reconnected): reload the stored state. */
  | { type: 'resync' };

export type RemoteHandler = (message: RemoteMessage) => void;

export interface RoomRelay {
  /** Delivers the article's messages from other instances to `onRemote`; resolves once subscribed. */
  subscribe(articleId: string, onRemote: RemoteHandler): Promise<void>;
  /** Stops delivering the article's messages (the room unloaded). */
  unsubscribe(articleId: string): Promise<void>;
  /** Tells the other instances about a stored update. Never throws; delivery is best effort. */
  publishUpdate(articleId: string, update: Uint8Array): void;
  /** Tells the other instances about an awareness change of this instance's clients. */
  publishAwareness(articleId: string, update: Uint8Array): void;
  /** Asks the other instances to publish their clients' awareness. */
  queryAwareness(articleId: string): void;
}

/** The relay of a single instance: nothing to publish, nothing ever arrives. */
export const NO_RELAY: RoomRelay = Object.freeze({
  subscribe: () => Promise.resolve(),
  unsubscribe: () => Promise.resolve(),
  publishUpdate: () => undefined,
  publishAwareness: () => undefined,
  queryAwareness: () => undefined,
});

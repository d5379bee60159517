/**
 * Revoked sessions, told to every instance at once. With Redis: channel
 * `<REDIS_PREFIX>:sessions`, JSON `{ "ids": [sessionId…] }`; every instance (the sender included)
 * closes the sockets of those sessions. Without Redis, `LOCAL_SESSION_BUS` tells only this
 * instance; another instance on the same database still learns within a second from its periodic
 * re-read of the sessions table (server/auth/live-sessions.ts), which also covers a missed message.
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';

export type RevokedHandler = (sessionIds: string[]) => void;

export interface SessionBus {
  /** Tells every instance (this one included) that these sessions ended. */
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

const message = z.object({ ids: z.array(z.string().max(200)).max(10_000) });

/**
 * Over Redis: `pub` publishes; `sub` is a connection in subscriber mode (shared with the relay,
 * which ignores this channel). Resolves once subscribed.
 */
export async function redisSessionBus(pub: Redis, sub: Redis, prefix: string, logger: Logger): Promise<SessionBus & { detach(): void }> {
  const channel = `${prefix}:sessions`;
  let handler: RevokedHandler = () => undefined;
  const onMessage = (from: string, text: string) => {
    if (from !== channel) return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    const parsed = message.safeParse(json);
    if (!parsed.success) return logger.warn({ channel }, 'ignored a malformed session message');
    handler(parsed.data.ids);
  };
  sub.on('message', onMessage);
  await sub.subscribe(channel);
  return {
    publishRevoked(ids) {
      if (ids.length === 0) return;
      // Handled here at once too: this instance's sockets never wait for the round trip.
      handler(ids);
      pub.publish(channel, JSON.stringify({ ids })).catch((e: Error) =>
        logger.warn({ err: e }, 'session revocation publish failed; other instances learn it from the database within a second'),
      );
    },
    onRevoked: (h) => void (handler = h),
    detach: () => void sub.off('message', onMessage),
  };
}

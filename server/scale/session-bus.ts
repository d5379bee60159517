/**
 * The SessionBus (server/auth/session-bus.ts) over Redis: channel `<REDIS_PREFIX>:sessions`, JSON
 * `{ "ids": [sessionId…] }`; every instance closes the sockets of those sessions.
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { RevokedHandler, SessionBus } from '../auth/session-bus';
import { parseJson } from '../parse-json';

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
    const parsed = parseJson(message, text);
    if (!parsed) return logger.warn({ channel }, 'ignored a malformed session message');
    handler(parsed.ids);
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

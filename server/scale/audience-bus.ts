/**
 * The RemoteAudience (server/desk/audience.ts) over Redis: channel `<REDIS_PREFIX>:audience`, JSON
 * `{ "from": instanceId, "articles": [articleId…], "hello"?: true }` — the sender's whole set of
 * articles its /desk sockets joined. Sent when that set changes (coalesced to one message per
 * turn of the event loop), every AUDIENCE_HEARTBEAT_MS, and, empty, on close. `hello` (sent on start)
 * asks every other instance to send its set now. An instance not heard from for
 * AUDIENCE_EXPIRY_MS (it died) listens to nothing.
 *
 * A lost or late message errs one way only for a bounded time: a report computed for nobody, or a
 * new listener served by its join reply (always computed) until the storing instance hears it and
 * sends a fresh report (`onHeard`).
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { RemoteAudience } from '../desk/audience';
import { parseJson } from '../parse-json';

export const AUDIENCE_HEARTBEAT_MS = 5000;
export const AUDIENCE_EXPIRY_MS = 3 * AUDIENCE_HEARTBEAT_MS;

const message = z.object({
  from: z.string().min(1).max(64),
  articles: z.array(z.string().max(200)).max(100_000),
  hello: z.literal(true).optional(),
});

type Heard = { articles: Set<string>; at: number };

/**
 * `pub` publishes; `sub` is a connection in subscriber mode (shared with the relay and the session
 * bus, which ignore this channel); `instanceId` tells this instance's own messages apart. Resolves
 * once subscribed and the hello is sent.
 */
export async function redisAudienceBus(
  pub: Redis,
  sub: Redis,
  prefix: string,
  instanceId: string,
  logger: Logger,
): Promise<RemoteAudience & { close(): Promise<void> }> {
  const channel = `${prefix}:audience`;
  const others = new Map<string, Heard>();
  let mine: ReadonlySet<string> = new Set();
  let heard: (articleId: string) => void = () => undefined;
  let queued = false;

  const send = (articles: Iterable<string>, hello = false): Promise<unknown> =>
    pub
      .publish(channel, JSON.stringify({ from: instanceId, articles: Array.from(articles), ...(hello ? { hello } : {}) }))
      .catch((e: Error) => logger.warn({ err: e }, 'audience publish failed; the next heartbeat repeats it'));
  const sendSoon = () => {
    if (queued) return;
    queued = true;
    setImmediate(() => {
      queued = false;
      void send(mine);
    });
  };

  const onMessage = (from: string, text: string) => {
    if (from !== channel) return;
    const parsed = parseJson(message, text);
    if (!parsed) return logger.warn({ channel }, 'ignored a malformed audience message');
    const { from: sender, articles, hello } = parsed;
    if (sender === instanceId) return;
    if (hello) sendSoon();
    const before = live(others.get(sender));
    const now = new Set(articles);
    others.set(sender, { articles: now, at: Date.now() });
    for (const id of now) if (!before?.has(id)) heard(id);
  };

  sub.on('message', onMessage);
  await sub.subscribe(channel);
  const heartbeat = setInterval(() => {
    void send(mine);
    const cutoff = Date.now() - AUDIENCE_EXPIRY_MS;
    for (const [id, h] of others) if (h.at < cutoff) others.delete(id);
  }, AUDIENCE_HEARTBEAT_MS);
  heartbeat.unref();
  await send(mine, true);

  return {
    has: (articleId) => {
      for (const h of others.values()) if (live(h)?.has(articleId)) return true;
      return false;
    },
    publish: (articles) => {
      mine = new Set(articles);
      sendSoon();
    },
    onHeard: (h) => void (heard = h),
    close: async () => {
      clearInterval(heartbeat);
      sub.off('message', onMessage);
      mine = new Set();
      await send(mine);
    },
  };
}

/** The articles of an instance heard from recently enough; undefined for one presumed dead. */
function live(h: Heard | undefined): Set<string> | undefined {
  return h && Date.now() - h.at <= AUDIENCE_EXPIRY_MS ? h.articles : undefined;
}

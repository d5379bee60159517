/**
 * Scale-out wiring: with `REDIS_URL`, the rooms' relay (redis-relay.ts), socket.io's
 * `@socket.io/redis-adapter` (so `/desk` broadcasts reach sockets on every instance), the
 * session bus (session-bus.ts: revocations close sockets on every instance) and the audience bus
 * (audience-bus.ts: who listens to live reports on the other instances), all namespaced by
 * `REDIS_PREFIX`. Without it, a single instance: NO_RELAY and socket.io's in-memory
 * adapter.
 *
 * Three Redis connections per instance: one publishes (relay and adapter), and the relay and the
 * adapter each subscribe on one of their own (the session and audience buses share the relay's).
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { createAdapter } from '@socket.io/redis-adapter';
import { NO_RELAY, type RoomRelay } from '../collab/relay';
import { localSessionBus, type SessionBus } from '../auth/session-bus';
import { NO_REMOTE_AUDIENCE, type RemoteAudience } from '../desk/audience';

export type ScaleTarget = {
  /** `REDIS_URL`; null: a single instance. */
  redisUrl: string | null;
  /** `REDIS_PREFIX`: every channel and key this instance uses starts with it. */
  redisPrefix: string;
};

export type Scale = {
  relay: RoomRelay;
  /** For socket.io's `adapter` option; undefined: the in-memory adapter. */
  socketAdapter: ReturnType<typeof createAdapter> | undefined;
  /** Revoked sessions reach every instance's open sockets (session-bus.ts). */
  sessions: SessionBus;
  /** Which articles /desk sockets on the other instances joined (audience-bus.ts). */
  audience: RemoteAudience;
  /** Closes the Redis connections (after socket.io and the rooms have closed). */
  close(): Promise<void>;
};

/** How long starting waits for Redis before giving up (ms); afterwards it reconnects on its own. */
export const REDIS_CONNECT_TIMEOUT_MS = 10_000;

const single = (): Scale => ({
  relay: NO_RELAY,
  socketAdapter: undefined,
  sessions: localSessionBus(),
  audience: NO_REMOTE_AUDIENCE,
  close: () => Promise.resolve(),
});

/** Connects to Redis when configured; rejects when it does not answer within REDIS_CONNECT_TIMEOUT_MS. */
export async function openScale(target: ScaleTarget, logger: Logger): Promise<Scale> {
  if (target.redisUrl === null) return single();
  // Loaded only when configured: a single instance never pays for ioredis and the adapter (idle RSS).
  const ioredis = await import('ioredis');
  const { createAdapter: redisAdapter } = await import('@socket.io/redis-adapter');
  // So are this folder's Redis relay and buses (and the relay codec and the buses' message schemas).
  const { RedisRelay } = require('./redis-relay') as typeof import('./redis-relay');
  const { redisSessionBus } = require('./session-bus') as typeof import('./session-bus');
  const { redisAudienceBus } = require('./audience-bus') as typeof import('./audience-bus');
  const url = target.redisUrl;
  const connect = (role: string): Redis => {
    // Unlimited retries per command: a publish waits out a Redis restart instead of failing.
    const c = new ioredis.Redis(url, { lazyConnect: true, maxRetriesPerRequest: null, connectionName: `${target.redisPrefix}-${role}` });
    let lastLogged = 0;
    c.on('error', (e: Error) => {
      // Reconnect attempts repeat every ≤ 2 s; one line per 10 s says it is still down.
      if (Date.now() - lastLogged < 10_000) return;
      lastLogged = Date.now();
      logger.error({ err: e, role }, 'Redis connection error; reconnecting');
    });
    return c;
  };
  const clients = [connect('pub'), connect('relay-sub'), connect('adapter-sub')];
  const [pub, relaySub, adapterSub] = clients;
  const quit = () => Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect()))).then(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.all(clients.map((c) => c.connect())),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${REDIS_CONNECT_TIMEOUT_MS} ms`)), REDIS_CONNECT_TIMEOUT_MS);
      }),
    ]);
  } catch (e) {
    for (const c of clients) c.disconnect();
    throw new Error(`Redis (REDIS_URL) is unreachable: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  const relay = new RedisRelay(pub, relaySub, target.redisPrefix, logger);
  let sessions: Awaited<ReturnType<typeof redisSessionBus>>;
  let audience: Awaited<ReturnType<typeof redisAudienceBus>>;
  try {
    sessions = await redisSessionBus(pub, relaySub, target.redisPrefix, logger);
    audience = await redisAudienceBus(pub, relaySub, target.redisPrefix, relay.instanceId.toString('hex'), logger);
  } catch (e) {
    relay.detach();
    await quit();
    throw e;
  }
  const socketAdapter = redisAdapter(tolerant(pub, logger), tolerant(adapterSub, logger), { key: `${target.redisPrefix}:socket.io` });
  logger.info({ prefix: target.redisPrefix, instance: relay.instanceId.toString('hex') }, 'scaled out through Redis');
  return {
    relay,
    socketAdapter,
    sessions,
    audience,
    close: async () => {
      await audience.close();
      relay.detach();
      sessions.detach();
      await quit();
    },
  };
}

/**
 * `client` for socket.io's Redis adapter, which sends its commands (a broadcast's PUBLISH, an answer
 * to another instance's fetchSockets, its (un)subscriptions on close) without handling a failure.
 * Every promise a command returns gets a handler that logs the failure, so a command that fails —
 * Redis down, or the connection already quit while the instance stops — is one warning, never an
 * unhandled rejection that ends the process (exit 1 in the compose stack's shutdown). Callers that
 * await the promise still see the rejection: it is the same promise.
 */
function tolerant(client: Redis, logger: Logger): Redis {
  return new Proxy(client, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        const out: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (out instanceof Promise) out.catch((e: Error) => logger.warn({ err: e, command: String(key) }, 'socket.io adapter command through Redis failed'));
        return out;
      };
    },
  });
}

/**
 * Configuration from the environment. Every variable is documented in README.md (config table) and
 * .env.example; a bad value gives one clear line naming the variable, and the process does not start.
 */
import path from 'node:path';
import { z } from 'zod';
import { failure, ok, type Result } from '../shared/contract/result';

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const schema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  MAX_MESSAGE_BYTES: int(1024, 64 * 1024 * 1024).default(8 * 1024 * 1024),
  MAX_BODY_BYTES: int(1024, 64 * 1024 * 1024).default(1024 * 1024),
  MAX_QUEUED_FRAMES: int(1, 100_000).default(1000),
  COMPACT_THRESHOLD: int(2, 1_000_000).default(500),
  ROOM_UNLOAD_GRACE_MS: int(0, 3_600_000).default(30_000),
  COPYDESK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL_SECONDS: int(60, 30 * 24 * 3600).default(12 * 3600),
  ALLOWED_ORIGINS: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter((o) => o !== ''))
    .pipe(z.array(z.string().url('must be a comma-separated list of origins like https://desk.example.com')))
    .default([]),
  MAX_MESSAGES_PER_SECOND: int(1, 100_000).default(200),
  TRUST_PROXY_HOPS: int(0, 10).default(0),
  MAX_BUFFERED_BYTES: int(64 * 1024, 1024 * 1024 * 1024).default(16 * 1024 * 1024),
  HEARTBEAT_MS: int(1000, 600_000).default(15_000),
  MAX_AWARENESS_BYTES: int(256, 1024 * 1024).default(16 * 1024),
  MAX_AWARENESS_PER_SECOND: int(1, 10_000).default(30),
  HEADERS_TIMEOUT_MS: int(2000, 600_000).default(66_000),
  REQUEST_TIMEOUT_MS: int(2000, 3_600_000).default(120_000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a Postgres URL like postgres://user:password@host:5432/database')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'must be a Redis URL like redis://host:6379')
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1-64 letters, digits, "_", "." or "-"')
    .default('copydesk'),
  HEADLINE_GUIDE_CHARS: int(10, 300).default(70),
  SEARCH_INDEX_DELAY_MS: int(0, 900).default(150),
  VERSION_IDLE_MS: int(0, 86_400_000).default(30_000),
});

/** Values never echoed in configuration errors (they may carry a password). */
const HIDDEN = new Set(['COPYDESK_SECRET', 'DATABASE_URL', 'REDIS_URL']);

/** Every environment variable the server reads (documented in README.md and .env.example). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** The SQLite file, `<DATA_DIR>/copydesk.sqlite` (unused when `databaseUrl` is set). */
  sqliteFile: string;
  /** Postgres connection URL; null means the SQLite file. */
  databaseUrl: string | null;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  production: boolean;
  maxMessageBytes: number;
  maxBodyBytes: number;
  maxQueuedFrames: number;
  compactThreshold: number;
  roomUnloadGraceMs: number;
  /** Token signing secret; null means the one generated into DATA_DIR/secret.key. */
  secret: string | null;
  tokenTtlSeconds: number;
  /** Browser origins allowed to open WebSockets besides the server's own; [] = same origin only. */
  allowedOrigins: string[];
  maxMessagesPerSecond: number;
  /** Reverse proxies in front of the server whose X-Forwarded-For is believed (0: none). */
  trustProxyHops: number;
  /** Bytes waiting to be sent to one /collab client before it is dropped as too slow (4408). */
  maxBufferedBytes: number;
  /** WebSocket ping interval on /collab (ms); a peer silent for two intervals is dropped. */
  heartbeatMs: number;
  /** Largest awareness (presence) state accepted on /collab (bytes); bigger closes the socket (4413). */
  maxAwarenessBytes: number;
  /** Awareness updates per second per /collab connection; more closes the socket (4429). */
  maxAwarenessPerSecond: number;
  /** Time a client gets to send a request's headers (ms); slower is answered 408 and closed. */
  headersTimeoutMs: number;
  /** Time a client gets to send a whole request, body included (ms); slower is answered 408 and closed. */
  requestTimeoutMs: number;
  /** Redis URL of a scaled stack (relay + socket.io adapter); null: a single instance. */
  redisUrl: string | null;
  /** Start of every Redis channel and key this instance uses, so stacks sharing a Redis stay apart. */
  redisPrefix: string;
  /** Headline length guide shown in the editor (characters); a guide, not a limit. */
  headlineGuideChars: number;
  /** Quiet time after a stored edit before the article's search index and desk mirror are rewritten (ms, < 1 s). */
  searchIndexDelayMs: number;
  /** Quiet time after the last stored edit before an automatic version is taken (ms; 0: no automatic versions). */
  versionIdleMs: number;
};

/** Reads the config; on bad values returns one message per variable instead. */
export function loadConfig(env: NodeJS.ProcessEnv): Result<Config, string[]> {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') raw[key] = v;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return failure(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        const shown = HIDDEN.has(name) ? '(hidden)' : JSON.stringify(raw[name]);
        return `${name}=${shown}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  // Instances relaying through Redis store each update once, so they must share one database.
  if (e.REDIS_URL !== undefined && e.DATABASE_URL === undefined) {
    return failure(['REDIS_URL=(hidden): needs DATABASE_URL: instances that relay updates must share one database']);
  }
  const dataDir = path.resolve(e.DATA_DIR);
  return ok({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    sqliteFile: path.join(dataDir, 'copydesk.sqlite'),
    databaseUrl: e.DATABASE_URL ?? null,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxQueuedFrames: e.MAX_QUEUED_FRAMES,
    compactThreshold: e.COMPACT_THRESHOLD,
    roomUnloadGraceMs: e.ROOM_UNLOAD_GRACE_MS,
    secret: e.COPYDESK_SECRET ?? null,
    tokenTtlSeconds: e.TOKEN_TTL_SECONDS,
    headlineGuideChars: e.HEADLINE_GUIDE_CHARS,
    searchIndexDelayMs: e.SEARCH_INDEX_DELAY_MS,
    versionIdleMs: e.VERSION_IDLE_MS,
    allowedOrigins: e.ALLOWED_ORIGINS,
    maxMessagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
    trustProxyHops: e.TRUST_PROXY_HOPS,
    maxBufferedBytes: e.MAX_BUFFERED_BYTES,
    heartbeatMs: e.HEARTBEAT_MS,
    maxAwarenessBytes: e.MAX_AWARENESS_BYTES,
    maxAwarenessPerSecond: e.MAX_AWARENESS_PER_SECOND,
    headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: Math.max(e.REQUEST_TIMEOUT_MS, e.HEADERS_TIMEOUT_MS),
    redisUrl: e.REDIS_URL ?? null,
    redisPrefix: e.REDIS_PREFIX,
  });
}

/**
 * Wires one Copydesk instance: storage, rooms, the /collab transport, the HTTP API and socket.io
 * on one http.Server. `main.ts` runs it as the process; tests start it on port 0.
 */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Storage } from './storage/types';
import { openStorage } from './storage/open';
import { RoomManager } from './collab/rooms';
import { CollabTransport } from './collab/ws-transport';
import { ArticleService } from './articles/service';
import { PublishService } from './articles/publish';
import { WorkflowService } from './articles/workflow';
import { DeskIndex } from './articles/desk-index';
import { VersionService } from './articles/versions';
import { ActivityService, EDIT_SESSION_GAP_MS } from './articles/activity';
import { Accounts } from './auth/accounts';
import { AuditAction } from './storage/types';
import { createMetrics } from './metrics';
import { loadSecret, Tokens } from './auth/tokens';
import { createHttpApp } from './http/express-app';
import { AttributionReports } from './attribution/reports';
import type { DeskServer } from './desk/types';
import { ThreadService } from './threads/service';
// scale.ts itself, not the folder's index, which names the Redis relay too (loaded only with REDIS_URL).
import { openScale, type Scale } from './scale/scale';
import { NO_REMOTE_AUDIENCE } from './desk/audience';
import { NO_RELAY } from './collab/relay';
import { TRANSPORT_CAP_FACTOR } from './desk/limits';
import { ThreadAnchorWatch } from './threads/anchor-watch';

/** How often stalled requests are looked for (ms). */
const CONNECTION_CHECK_MS = 1000;

export type Copydesk = {
  server: http.Server;
  storage: Storage;
  rooms: RoomManager;
  collab: CollabTransport;
  /**
   * socket.io (namespace /desk). A single instance creates it on the first request or upgrade under
   * /socket.io/ (until then no /desk client exists, so nothing is lost): reading this creates it too.
   * With Redis it is created with the instance (its adapter carries this instance's broadcasts).
   */
  readonly io: DeskServer;
  reports: AttributionReports;
  threads: ThreadService;
  accounts: Accounts;
  /**
   * Indexing of articles stored before the desk index existed (migration 6), started with the
   * instance; resolves with how many were indexed (0 once done). A failure is logged, not thrown.
   */
  backfill: Promise<number>;
  /** Starts listening; resolves with the bound address (port 0 picks a free port). */
  listen(): Promise<AddressInfo>;
  /** Stops accepting, closes every socket, stores every loaded article, closes storage. */
  close(): Promise<void>;
};

/** Whether a request or upgrade is socket.io's (engine.io's own test: the path starts with `/socket.io/`). */
function isDeskPath(url: string | undefined): boolean {
  return (url ?? '').startsWith('/socket.io/');
}

/** Where the built browser app lives, relative to this file in both `server/` (tsx) and `dist/server/`. */
export function defaultClientDir(): string {
  const root = path.resolve(__dirname, '..');
  return path.basename(root) === 'dist' ? path.join(root, 'client') : path.join(root, 'dist', 'client');
}

/**
 * Opens the configured storage (Postgres when `DATABASE_URL` is set, else SQLite) and, with
 * `REDIS_URL`, the connection to the other instances, then wires the instance on them. The entry
 * point for the process and for tests.
 */
export async function startCopydesk(config: Config, logger: Logger): Promise<Copydesk> {
  const storage = await openStorage(config);
  let scale: Scale | undefined;
  try {
    scale = await openScale(config, logger);
    return createCopydesk(config, logger, storage, scale);
  } catch (e) {
    await scale?.close();
    await storage.close();
    throw e;
  }
}

/**
 * Wires an instance on `storage` and `scale`, which it then owns (closed by `close()`). Storage and
 * Redis open asynchronously (migrations, connections): `startCopydesk` opens them from the config.
 */
export function createCopydesk(config: Config, logger: Logger, storage: Storage, scale?: Scale): Copydesk {
  if (!scale && config.redisUrl !== null) throw new Error('REDIS_URL is set: connect with startCopydesk()');
  const presence = { maxStateBytes: config.maxAwarenessBytes, maxUpdatesPerSecond: config.maxAwarenessPerSecond };
  const rooms = new RoomManager({
    storage,
    logger,
    compactThreshold: config.compactThreshold,
    unloadGraceMs: config.roomUnloadGraceMs,
    relay: scale?.relay ?? NO_RELAY,
    presence,
    editSessionGapMs: EDIT_SESSION_GAP_MS,
  });
  const accounts = new Accounts(storage, new Tokens(loadSecret(config.secret, config.dataDir), config.tokenTtlSeconds), logger, scale?.sessions);
  const collab = new CollabTransport({
    rooms,
    articles: storage,
    logger,
    accounts,
    allowedOrigins: config.allowedOrigins,
    maxMessageBytes: config.maxMessageBytes,
    maxQueuedFrames: config.maxQueuedFrames,
    maxMessagesPerSecond: config.maxMessagesPerSecond,
    maxBufferedBytes: config.maxBufferedBytes,
    heartbeatMs: config.heartbeatMs,
    presence,
  });
  const reports = new AttributionReports(rooms);
  const deskIndex = new DeskIndex(storage, rooms, logger, config.searchIndexDelayMs);
  // The first index entry of a new article; a failure leaves it to the next stored edit (logged).
  const articles = new ArticleService(storage, rooms, config.headlineGuideChars, (id) =>
    deskIndex.indexNow(id).catch((e: Error) => logger.warn({ err: e, articleId: id }, 'indexing a new article failed')),
  );
  const threads = new ThreadService(storage, rooms);
  const workflow = new WorkflowService(storage, rooms, threads, deskIndex);
  const backfill = deskIndex.backfill().then(
    (n) => {
      if (n > 0) logger.info({ articles: n }, 'desk index: indexed articles stored before it existed');
      return n;
    },
    (e: Error) => {
      logger.error({ err: e }, 'desk index backfill failed; unindexed articles are found once edited');
      return 0;
    },
  );
  const publishing = new PublishService(storage, workflow);
  const versions = new VersionService(storage, rooms, logger, config.versionIdleMs);
  const activity = new ActivityService(storage, rooms, logger);
  // A publish that recorded a new revision is also a version (taken after the move, from the live document).
  workflow.on('workflow', (e) => {
    if (e.move?.to !== 'published' || e.move.revision === null) return;
    const by = { ...e.move.by, role: 'editor' as const };
    versions.take(e.articleId, 'publish', `Published revision ${e.move.revision}`, by).catch((err: Error) => logger.warn({ err, articleId: e.articleId }, 'publish version failed'));
  });
  const app = createHttpApp({
    metrics: createMetrics(rooms, collab, accounts, reports, deskIndex),
    articles,
    publishing,
    workflow,
    versions,
    activity,
    reports,
    accounts,
    audit: storage,
    users: storage,
    threads,
    notifications: storage,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    secureCookie: config.production,
    trustProxyHops: config.trustProxyHops,
    clientDir: defaultClientDir(),
    allowedOrigins: config.allowedOrigins,
  });
  // A request that stalls (slow headers, a declared body that never comes) is answered 408 and
  // closed after HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS, checked every CONNECTION_CHECK_MS.
  let closing: Promise<void> | null = null;
  // The first request under /socket.io/ creates socket.io (see openDesk), whose listeners then
  // take every request first (engine.io's, then this one for the rest), so it is handled again.
  const server = http.createServer(
    {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(CONNECTION_CHECK_MS, config.headersTimeoutMs),
    },
    (req, res) => {
      if (io === null && isDeskPath(req.url)) {
        if (closing !== null) return void res.writeHead(503, { connection: 'close' }).end();
        openDesk();
        server.emit('request', req, res);
        return;
      }
      app(req, res);
    },
  );
  // Idle keep-alive connections outlive the load balancer's and clients' own idle timeouts (60 s is
  // common), so a client never reuses a socket the server is closing (ECONNRESET).
  // Below headersTimeout: Node closes an idle keep-alive socket at headersTimeout otherwise, and a
  // client reusing it fails.
  server.keepAliveTimeout = Math.min(65_000, config.headersTimeoutMs - 1000);
  // socket.io serves /socket.io/ (namespace /desk); every other upgrade path is ours to route.
  // With Redis, the adapter carries every room broadcast to the sockets of the other instances, so
  // it exists from the start; a single instance creates it when a /desk client first comes (its
  // ~90 modules and ~2 MiB of heap are not loaded by an instance that only serves /collab). Before
  // that, no /desk socket exists: reports have no audience (as with an open desk nobody joined) and
  // the desk's broadcasts would reach nobody. Orphaned-thread anchors are watched from the start
  // (the watch remembers what it last announced), announced once the desk exists.
  const anchors = new ThreadAnchorWatch(threads, reports, rooms);
  let io: DeskServer | null = null;
  const openDesk = (): DeskServer => {
    if (io !== null) return io;
    // Required here, not imported at the top, so that a server no /desk client reaches never loads
    // socket.io nor the desk's handlers and request schemas.
    const { Server } = require('socket.io') as typeof import('socket.io');
    const { attachDesk } = require('./desk/desk') as typeof import('./desk/desk');
    const desk: DeskServer = new Server(server, {
      destroyUpgrade: false,
      maxHttpBufferSize: config.maxBodyBytes * TRANSPORT_CAP_FACTOR,
      ...(scale?.socketAdapter ? { adapter: scale.socketAdapter } : {}),
    });
    io = desk;
    attachDesk(desk, { articles: storage, rooms, reports, threads, workflow, accounts, logger, anchors, allowedOrigins: config.allowedOrigins, maxMessageBytes: config.maxBodyBytes, audience: scale?.audience ?? NO_REMOTE_AUDIENCE });
    return desk;
  };
  if (scale?.socketAdapter) openDesk();
  else reports.setAudience(() => false);

  rooms.events.on('guard-revert', (room, reverts, author) => {
    void storage
      .appendAudit({
        at: new Date().toISOString(),
        actor: author.user.name,
        action: AuditAction.guardReverted,
        articleId: room.articleId,
        detail: { reverts: reverts.map((r) => ({ kind: r.kind, quoteId: r.quoteId, speaker: r.speaker, words: r.words })) },
      })
      .catch((e: Error) => logger.error({ err: e }, 'audit write failed'));
  });

  rooms.events.on('phrase-marked', (room, phrases, author) => {
    void storage
      .appendAudit({ at: new Date().toISOString(), actor: author.user.name, action: AuditAction.phraseMarked, articleId: room.articleId, detail: { phrases } })
      .catch((e: Error) => logger.error({ err: e }, 'audit write failed'));
  });

  server.on('upgrade', (req, socket, head) => {
    if (collab.handles(req)) return collab.upgrade(req, socket, head);
    if (isDeskPath(req.url)) {
      // engine.io's own upgrade listener handles it once socket.io exists; the first one creates it
      // (a listener added during this event is not called for it).
      if (io === null) {
        if (closing !== null) return socket.destroy();
        openDesk().engine.handleUpgrade(req, socket, head);
      }
      return;
    }
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });

  return {
    server,
    storage,
    rooms,
    collab,
    get io() {
      return openDesk();
    },
    reports,
    threads,
    accounts,
    backfill,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve(server.address() as AddressInfo));
      }),
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((r) => server.close(() => r()));
        accounts.live.close();
        collab.closeAll();
        const desk = io;
        if (desk !== null) await new Promise<void>((r) => desk.close(() => r()));
        reports.close();
        versions.close();
        await rooms.closeAll();
        await backfill;
        await deskIndex.flush();
        server.closeAllConnections();
        await stopped;
        await scale?.close();
        await storage.close();
        logger.info('stopped');
      })()),
  };
}

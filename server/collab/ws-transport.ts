/**
 * Serves `/collab/<articleId>` WebSocket upgrades with `ws` and adapts each socket to a Connection.
 * This is the only collab module that knows about `ws` or HTTP.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import type { Logger } from 'pino';
import { CloseCode } from '../../shared/contract/errors';
import { ARTICLE_ID_PATTERN } from '../../shared/article/layout';
import type { ArticleStore } from '../storage/types';
import { can } from '../../shared/contract/roles';
import type { Accounts } from '../auth/accounts';
import { cookieToken, queryToken } from '../auth/credentials';
import { originAllowed } from '../http/origin';
import { Connection, type CollabCounts, type CollabSocket } from './connection';
import type { RoomManager } from './rooms';
import type { PresenceLimits } from './presence';
import { HeartbeatSweep } from './heartbeat';

export const COLLAB_PATH_PREFIX = '/collab/';

export type CollabTransportOptions = {
  rooms: RoomManager;
  articles: ArticleStore;
  logger: Logger;
  /** Largest accepted frame (bytes); a bigger one closes that socket with 1009. */
  maxMessageBytes: number;
  maxQueuedFrames: number;
  maxMessagesPerSecond: number;
  /** Bytes queued for one client before it is dropped as too slow (it resyncs on reconnect). */
  maxBufferedBytes: number;
  /** Ping interval (ms); a socket that misses a whole interval's pong is terminated. */
  heartbeatMs: number;
  accounts: Accounts;
  /** Extra browser origins allowed besides the server's own. */
  allowedOrigins: string[];
  /** Presence bounds per connection. */
  presence: PresenceLimits;
};

export class CollabTransport {
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();

  /** Pings every socket once per `heartbeatMs`, spread over the interval (./heartbeat.ts). */
  private readonly heartbeat: HeartbeatSweep<WebSocket>;

  constructor(private readonly opts: CollabTransportOptions) {
    // No permessage-deflate (ws's default, stated because `binaryFrame` writes uncompressed frames).
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxMessageBytes, perMessageDeflate: false });
    // A peer that vanished without a close (laptop lid, lost network) is found within two
    // intervals and dropped, so its presence disappears for everyone.
    this.heartbeat = new HeartbeatSweep<WebSocket>({ intervalMs: opts.heartbeatMs });
  }

  /** True when this transport serves the request's path. */
  handles(req: IncomingMessage): boolean {
    return (req.url ?? '').startsWith(COLLAB_PATH_PREFIX);
  }

  /** Completes the upgrade, then admits the socket to its article or closes it with a catalogued code. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!originAllowed(req, this.opts.allowedOrigins)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, socket, req));
  }

  /**
   * Tracks the socket and admits it. The listeners that live as long as the socket are made here, in
   * a scope that holds no request: made inside `upgrade`'s callback they kept its scope, and with it
   * the upgrade's IncomingMessage (headers, raw headers, the URL with its token), for the socket's
   * whole life (~1.6 KiB per connection). `admit` holds it only until it returns: none of its
   * listeners names it.
   */
  private accept(ws: WebSocket, socket: Duplex, req: IncomingMessage): void {
    this.track(ws);
    void this.admit(ws, socket, req).catch((e: Error) => {
      this.opts.logger.error({ err: e }, 'admitting a collab socket failed');
      ws.close(CloseCode.internalError, 'internal error');
    });
  }

  private track(ws: WebSocket): void {
    this.sockets.add(ws);
    this.heartbeat.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.heartbeat.remove(ws);
    });
    ws.on('pong', () => this.heartbeat.pong(ws));
  }

  /** Counts kept across this transport's connections (`/metrics`). */
  readonly counts: CollabCounts = { echoesDropped: 0 };

  get openSockets(): number {
    return this.sockets.size;
  }

  /** Closes every socket with 1001 (shutdown). */
  closeAll(): void {
    this.heartbeat.stop();
    flushTurn(); // this turn's frames go before the close frames
    for (const ws of this.sockets) ws.close(CloseCode.goingAway, 'server shutting down');
    this.wss.close();
  }

  private async admit(ws: WebSocket, socket: Duplex, req: IncomingMessage): Promise<void> {
    const { logger, rooms, articles, maxQueuedFrames, maxMessagesPerSecond, accounts } = this.opts;
    // Frames that arrive while the room loads wait here, bounded like the connection's own queue.
    const early: Uint8Array[] = [];
    let conn: Connection | null = null;
    let failed = false;
    ws.on('error', (e) => logger.debug({ err: e }, 'collab socket error'));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (failed) return;
      if (!isBinary) {
        failed = true;
        return ws.close(CloseCode.malformed, 'text frames are not part of the protocol');
      }
      const frame = toUint8Array(data);
      if (conn) return conn.receive(frame);
      if (early.length >= maxQueuedFrames) {
        failed = true;
        return ws.close(CloseCode.rateLimited, 'too many messages before sync');
      }
      early.push(frame);
    });
    ws.on('close', () => conn?.onSocketClosed());

    // Nothing about the article is sent before the socket is signed in and the article exists.
    const who = await accounts.identify(queryToken(req) ?? cookieToken(req));
    if (!who.ok) return ws.close(CloseCode.unauthorized, who.error === 'expired' ? 'token expired' : 'sign in first');
    if (!can(who.value.identity.role, 'read')) return ws.close(CloseCode.forbidden, 'not allowed to read articles');
    const articleId = parseArticleId(req.url ?? '');
    if (!articleId || !(await articles.getArticle(articleId))) {
      return ws.close(CloseCode.unknownArticle, 'unknown article');
    }
    const canWrite = can(who.value.identity.role, 'edit');
    const room = await rooms.open(articleId);
    if (ws.readyState !== WebSocket.OPEN || failed) {
      rooms.releaseIfEmpty(room);
      return;
    }
    conn = new Connection(adapt(ws, socket, this.opts.maxBufferedBytes, logger), room, {
      logger,
      canWrite,
      maxQueuedFrames,
      maxMessagesPerSecond,
      user: who.value.identity,
      presence: this.opts.presence,
      counts: this.counts,
    });
    const live = conn;
    const stop = accounts.live.add({
      userId: who.value.identity.id,
      sessionId: who.value.sessionId,
      expiresAt: who.value.expiresAt,
      role: who.value.identity.role,
      end: (why) => live.close(CloseCode.sessionEnded, `session ended: ${why}; sign in again`),
      changeRole: (role) => live.changeRole(role),
    });
    ws.on('close', stop);
    // Fails only when the room could not be loaded (it has closed this connection already, 1011).
    room.join(conn).catch((e: Error) => live.close(CloseCode.internalError, e.message));
    for (const frame of early.splice(0)) conn.receive(frame);
  }
}

/** The article id of `/collab/<id>[?query]`, or null when the path is not exactly that. */
export function parseArticleId(url: string): string | null {
  const path = url.split('?')[0];
  if (!path.startsWith(COLLAB_PATH_PREFIX)) return null;
  const id = path.slice(COLLAB_PATH_PREFIX.length);
  return ARTICLE_ID_PATTERN.test(id) ? id : null;
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The last message framed and its frame: a broadcast sends one message to its recipients one after
 * another, so they all share it. One entry, not a WeakMap: V8 keeps WeakMap entries until a full GC,
 * which held every relayed frame past the young generation (W1 peak RSS +10 MB).
 */
let lastMessage: Uint8Array | null = null;
let lastFrame: Buffer[] = [];

/**
 * Messages up to this size (bytes) are framed into one buffer, header and message copied together
 * (Node's shared pool serves it: no new ArrayBuffer), so each recipient's socket takes one write per
 * message instead of two; bigger ones (a joiner's whole document) go as the header and the message's
 * own bytes, never copied. W1's updates and cursors are 30-120 bytes.
 */
const COPY_MAX_BYTES = 1024;

/**
 * The WebSocket frame (RFC 6455 §5.2) of one whole binary message as a server sends it: FIN, opcode
 * 2, no extension bits, unmasked, the shortest length form — the bytes `ws` writes for
 * `send(data, { binary: true })` on a socket without permessage-deflate (tests/server/ws-frame.test.ts
 * compares them). Built once per message and reused for the next recipients of the same `Uint8Array`:
 * one buffer for a message up to COPY_MAX_BYTES, else the header and the message itself.
 */
export function binaryFrame(message: Uint8Array): Buffer[] {
  if (message === lastMessage) return lastFrame;
  const length = message.length;
  const headLength = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const copied = length <= COPY_MAX_BYTES;
  const head = Buffer.allocUnsafe(copied ? headLength + length : headLength);
  head[0] = 0x82;
  if (length < 126) {
    head[1] = length;
  } else if (length < 65536) {
    head[1] = 126;
    head.writeUInt16BE(length, 2);
  } else {
    head[1] = 127;
    head[2] = head[3] = 0;
    head.writeUIntBE(length, 4, 6);
  }
  let framed: Buffer[];
  if (copied) {
    head.set(message, headLength);
    framed = [head];
  } else {
    // The message's own bytes follow the header: never copied (the message is not changed after sending).
    framed = [head, Buffer.from(message.buffer, message.byteOffset, length)];
  }
  lastMessage = message;
  lastFrame = framed;
  return framed;
}

/**
 * Runs `fn` once the current callback's synchronous work is done, then its `process.nextTick`
 * callbacks, then every microtask queued before those ticks ran (Node runs a callback's ticks first,
 * then its microtasks; a microtask queued by a tick runs after those already queued). So what a
 * setImmediate callback sends and what the microtasks it queued send go out together, which a bare
 * `process.nextTick` (run before those microtasks) splits. Still in the same turn: no I/O poll and
 * no timer runs in between. Microtasks queued after the ticks ran (by the microtasks) run after `fn`.
 */
export function uncorkAfterTurn(fn: () => void): void {
  process.nextTick(queueMicrotask, fn);
}

/** How long a too-slow client gets to take its close frame before the socket is cut (ms). */
const SLOW_CLOSE_GRACE_MS = 2000;

/** One socket's messages of this turn, written together by `flushTurn` (see `adapt`). */
type Outbox = { messages: Uint8Array[]; flush: () => void };

/** The outboxes sent to in this turn, in the order of their first message. */
let turn: Outbox[] = [];
/** `flushTurn` is scheduled for this turn. */
let turnScheduled = false;

/**
 * Writes every outbox of the turn, each socket once, in the order they were first sent to. One
 * scheduling per turn (`uncorkAfterTurn`) for all sockets, not one per socket: a broadcast to 99
 * readers queued 99 ticks and 99 microtasks before.
 */
function flushTurn(): void {
  turnScheduled = false;
  const boxes = turn;
  turn = [];
  for (const box of boxes) box.flush();
}

/**
 * The last sequence of messages written whole (two or more: one is `binaryFrame`'s) and its frames:
 * the recipients of a broadcast are written one after another and were sent the same messages in
 * the same order, so they all share it. One entry, as for `binaryFrame`.
 */
let lastSequence: Uint8Array[] = [];
let lastSequenceFrames: Buffer[] = [];

/**
 * The frames of `messages` in order, as the chunks to write: the same bytes as each message's
 * `binaryFrame` one after another. Messages up to COPY_MAX_BYTES together are one buffer (one plain
 * write per recipient instead of a corked `writev` of one chunk per message); otherwise each
 * message's own chunks (a big message's bytes are never copied).
 */
export function sequenceFrames(messages: Uint8Array[]): Buffer[] {
  if (messages.length === 1) return binaryFrame(messages[0]);
  if (sameSequence(messages, lastSequence)) return lastSequenceFrames;
  let total = 0;
  for (const m of messages) total += m.length;
  let framed: Buffer[];
  if (total <= COPY_MAX_BYTES) {
    const parts = messages.map((m) => binaryFrame(m)[0]); // small: one buffer each
    framed = [Buffer.concat(parts)];
  } else {
    framed = [];
    for (const m of messages) for (const chunk of binaryFrame(m)) framed.push(chunk);
  }
  lastSequence = messages;
  lastSequenceFrames = framed;
  return framed;
}

function sameSequence(a: Uint8Array[], b: Uint8Array[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `socket` is the connection `ws` writes to (the upgraded request's). Messages sent to one client in
 * one turn of the event loop are kept in its outbox and leave in one write once the turn's
 * synchronous work, its `process.nextTick` callbacks and the microtasks queued before them are done
 * (`flushTurn`, scheduled once per turn for every socket by `uncorkAfterTurn`). A key typed in W1
 * reaches each reader as an update and a cursor frame sent in the same turn (the update from the
 * group commit's callback, the cursor from the microtask that settles the room's batch after it): one
 * buffer, one syscall and one TCP segment instead of two, built once for every reader of the
 * broadcast (`sequenceFrames`), and nothing waits for a later turn. The too-slow check runs after the
 * write, so it counts what the client has not taken, not this turn's frames.
 * A close sent through here writes the socket's outbox first, so the close frame follows them; a
 * socket `ws` itself started closing meanwhile (the client's close) gets nothing more, as `send`
 * would have refused it then. Frames are built once per message (`binaryFrame`): a broadcast frames
 * its message once for all recipients instead of `ws` framing a copy per recipient.
 */
export function adapt(ws: WebSocket, socket: Duplex, maxBufferedBytes: number, logger: Logger): CollabSocket {
  let dropping = false;
  const box: Outbox = { messages: [], flush: () => write() };
  const write = () => {
    const messages = box.messages;
    if (messages.length === 0) return;
    box.messages = [];
    if (dropping || ws.readyState !== WebSocket.OPEN) return;
    // Written to the socket `ws` writes to, framed as `ws` would frame it: the server never
    // compresses (no permessage-deflate), so `ws` queues nothing that this could overtake.
    const chunks = sequenceFrames(messages);
    if (chunks.length === 1) socket.write(chunks[0]);
    else {
      socket.cork();
      for (const chunk of chunks) socket.write(chunk);
      socket.uncork();
    }
    // A client that stops reading would make the server hold everything relayed to it.
    if (ws.bufferedAmount <= maxBufferedBytes) return;
    dropping = true;
    logger.warn({ bufferedBytes: ws.bufferedAmount }, 'dropping a collab client that stopped reading');
    ws.close(CloseCode.tooSlow, 'too slow: reconnect to resync');
    setTimeout(() => ws.terminate(), SLOW_CLOSE_GRACE_MS).unref();
  };
  return {
    send(frame) {
      if (ws.readyState !== WebSocket.OPEN || dropping) return;
      if (box.messages.length === 0) {
        turn.push(box);
        if (!turnScheduled) {
          turnScheduled = true;
          uncorkAfterTurn(flushTurn);
        }
      }
      box.messages.push(frame);
    },
    close(code, reason) {
      write();
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(code, reason);
    },
  };
}

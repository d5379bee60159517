/**
 * One open article: its Y.Doc, its awareness and the connections on it.
 *
 * Contract: every change to `doc` runs as a task on the room's queue (`run`). A task's changes are
 * stored (UpdateLogStore.appendUpdate resolved) before they are relayed to any connection, and tasks
 * run one at a time in arrival order, so each connection's messages are applied in order and no
 * reader (a syncing client, an API read) ever sees a change that is not yet durable.
 */
import { EventEmitter } from 'node:events';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Logger } from 'pino';
import type { ArticleStore, UpdateLogStore } from '../storage/types';
import { encodeAwareness, encodeSyncStep1, encodeUpdate, type DeleteSet } from './protocol';
import { connectionOf, LOAD_ORIGIN, type Origin } from './origin';
import type { Connection } from './connection';
import { headlineText } from './doc-text';
import { CloseCode } from '../../shared/errors';
import { AttributionGuard, type GuardRevert } from './guard';
import type { Identity } from '../../shared/roles';

/** What a room announces to the rest of the server (desk, reports, audit). */
export type RoomEvents = {
  /** A batch of changes was stored and relayed. */
  stored: [room: Room];
  /** The guard restored attributions a client's change had stripped. */
  'guard-revert': [room: Room, reverts: GuardRevert[], author: { clientIds: number[]; user: Identity }];
};

export type RoomOptions = {
  storage: UpdateLogStore & ArticleStore;
  logger: Logger;
  /** Compact the update log once it holds more than this many entries. */
  compactThreshold: number;
  /** Called when the last connection leaves (the manager decides when to unload). */
  onEmpty: (room: Room) => void;
};

/** Delay before retrying a failed store; doubles up to STORE_RETRY_MAX_MS. */
const STORE_RETRY_MS = 100;
const STORE_RETRY_MAX_MS = 5000;
/** The article row's headline/updatedAt are refreshed at most this often (ms). */
const TOUCH_DEBOUNCE_MS = 1000;

type Pending = { update: Uint8Array; origin: unknown };

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly events = new EventEmitter<RoomEvents>();
  private guard: AttributionGuard | null = null;
  private readonly connections = new Set<Connection>();
  private queue: Promise<void> = Promise.resolve();
  private pending: Pending[] = [];
  private touchTimer: NodeJS.Timeout | null = null;
  private destroyed = false;
  /** Entries in the stored update log (counted here so storing needs no COUNT query). */
  private logLength = 0;
  /** Changes stored since the article row was last refreshed. */
  private dirty = false;

  private constructor(
    readonly articleId: string,
    private readonly opts: RoomOptions,
  ) {
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Loads the article's stored state. The caller has checked that the article exists. */
  static async load(articleId: string, opts: RoomOptions): Promise<Room> {
    const room = new Room(articleId, opts);
    const updates = await opts.storage.loadUpdates(articleId);
    if (updates.length > 0) Y.applyUpdate(room.doc, Y.mergeUpdates(updates), LOAD_ORIGIN);
    room.logLength = updates.length;
    room.doc.on('update', (update: Uint8Array, origin: unknown) => room.pending.push({ update, origin }));
    room.guard = new AttributionGuard(room.doc);
    return room;
  }

  get size(): number {
    return this.connections.size;
  }

  /**
   * Queues `task`; resolves with its result once its changes are stored and relayed. A task that
   * throws rejects this promise only; the queue goes on.
   */
  run<T>(task: () => T): Promise<T> {
    const result = this.queue.then(async () => {
      if (this.destroyed) throw new Error(`room ${this.articleId} is closed`);
      try {
        return task();
      } finally {
        await this.flush();
      }
    });
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /**
   * Applies a client's update (inside a task) and then restores any attribution it stripped: the
   * compensating change is stored and relayed with it, to everyone, and the author is told why.
   * `touchesQuotes` (from decoding the update) lets the guard skip updates that only type.
   */
  applyClientUpdate(author: Connection, update: Uint8Array, origin: Origin, touchesQuotes: boolean, deletes: DeleteSet): void {
    this.guard?.watchNext(touchesQuotes, deletes);
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      // Even when the update failed part-way, whatever it integrated is checked.
      const reverts = this.guard?.enforce() ?? [];
      if (reverts.length > 0) this.events.emit('guard-revert', this, reverts, { clientIds: author.awarenessClientIds, user: author.user });
    }
  }

  /** Adds a connection and starts the y-websocket handshake: our sync step 1, then everyone's awareness. */
  join(conn: Connection): Promise<void> {
    // Added at once (not in the task) so an unload check can never miss a joining connection.
    this.connections.add(conn);
    return this.run(() => {
      conn.send(encodeSyncStep1(this.doc));
      const states = Array.from(this.awareness.getStates().keys());
      if (states.length > 0) conn.send(encodeAwareness(this.awareness, states));
    });
  }

  /** Removes a connection and the awareness states it controlled (announced to everyone). */
  leave(conn: Connection, awarenessIds: number[]): void {
    if (!this.connections.delete(conn)) return;
    if (awarenessIds.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, awarenessIds, null);
    if (this.connections.size === 0) this.opts.onEmpty(this);
  }

  /** Sends to every connection except `except`. */
  broadcast(frame: Uint8Array, except: Connection | null = null): void {
    for (const c of this.connections) if (c !== except) c.send(frame);
  }

  /** Waits for queued tasks, stores what is pending, compacts the log and releases the doc. */
  async close(code: number = CloseCode.goingAway): Promise<void> {
    for (const c of Array.from(this.connections)) c.close(code, 'article unloaded');
    await this.run(() => undefined).catch(() => undefined);
    this.destroyed = true;
    if (this.touchTimer) clearTimeout(this.touchTimer);
    this.touchTimer = null;
    await this.touch();
    await this.opts.storage.compactUpdates(this.articleId);
    this.guard?.destroy();
    this.events.removeAllListeners();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Stores the pending changes (retrying until the store succeeds), then relays them. */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const update = batch.length === 1 ? batch[0].update : Y.mergeUpdates(batch.map((p) => p.update));
    await this.storeWithRetry(update);
    this.logLength++;
    this.dirty = true;
    // A batch from one connection is not echoed back to it; a mixed batch goes to everyone.
    const author = batch.every((p) => p.origin === batch[0].origin) ? connectionOf(batch[0].origin) : null;
    this.broadcast(encodeUpdate(update), author);
    this.scheduleTouch();
    this.events.emit('stored', this);
    if (this.logLength > this.opts.compactThreshold) {
      await this.opts.storage.compactUpdates(this.articleId).then(
        () => (this.logLength = 1),
        (e: Error) => this.opts.logger.warn({ err: e, articleId: this.articleId }, 'compaction failed; the log keeps growing'),
      );
    }
  }

  private async storeWithRetry(update: Uint8Array): Promise<void> {
    for (let delay = STORE_RETRY_MS; ; delay = Math.min(delay * 2, STORE_RETRY_MAX_MS)) {
      try {
        await this.opts.storage.appendUpdate(this.articleId, update);
        return;
      } catch (e) {
        // The change stays in memory and is relayed only once stored; the room waits meanwhile.
        this.opts.logger.error({ err: e, articleId: this.articleId, retryInMs: delay }, 'storing an update failed');
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  private scheduleTouch(): void {
    if (this.touchTimer) return;
    this.touchTimer = setTimeout(() => {
      this.touchTimer = null;
      void this.touch();
    }, TOUCH_DEBOUNCE_MS);
    this.touchTimer.unref();
  }

  /** Refreshes the article row (headline, updatedAt) when changes were stored since the last time. */
  private async touch(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      await this.opts.storage.touchArticle(this.articleId, headlineText(this.doc), new Date().toISOString());
    } catch (e) {
      this.opts.logger.warn({ err: e, articleId: this.articleId }, 'refreshing the article row failed');
    }
  }

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.length === 0) return;
    const author = connectionOf(origin);
    author?.trackAwareness(changes.added, changes.removed);
    this.broadcast(encodeAwareness(this.awareness, changed), author);
  };
}

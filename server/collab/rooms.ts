/**
 * The open rooms of this process: loads an article's room on first use, shares it between
 * connections and unloads it `unloadGraceMs` after its last connection left (state already stored;
 * the log is compacted on the way out).
 */
import Y = require('yjs');
import type { Logger } from 'pino';
import type { ArticleStore, UpdateLogStore } from '../storage/types';
import { EventEmitter } from 'node:events';
import { applyStored, Room, type RoomCounts, type RoomEvents } from './room';
import type { RoomRelay } from './relay';
import { DEFAULT_PRESENCE_LIMITS, type PresenceLimits } from './presence';

/** Every loaded room's events, forwarded, plus the manager's own. */
export type RoomManagerEvents = RoomEvents & {
  /** The article's room left memory (its state is stored). */
  unloaded: [articleId: string];
};
import { LOAD_ORIGIN } from './origin';
import { GroupCommit } from './group-commit';
import { ArticleTouches } from './article-touches';

export type RoomManagerOptions = {
  storage: UpdateLogStore & ArticleStore;
  logger: Logger;
  compactThreshold: number;
  /** How long an article with no connections stays loaded (ms), so a quick reconnect is cheap. */
  unloadGraceMs: number;
  /** The other instances of a scaled stack; NO_RELAY for a single instance. */
  relay: RoomRelay;
  /** Presence bounds (`MAX_AWARENESS_BYTES`, `MAX_AWARENESS_PER_SECOND`); defaults when absent. */
  presence?: PresenceLimits;
  /** Edits of one user less than this apart (ms) belong to one activity session (EDIT_SESSION_GAP_MS). */
  editSessionGapMs: number;
};

export class RoomManager {
  private readonly rooms = new Map<string, Promise<Room>>();
  /** Rooms being unloaded: a new open waits for the old room to finish. */
  private readonly closing = new Map<string, Promise<void>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  readonly events = new EventEmitter<RoomManagerEvents>();
  /** Every room's stores, one transaction per event-loop turn; their activity written once a second. */
  readonly commit: GroupCommit;
  /** Every room's article-row refreshes, one storage call a second. */
  private readonly touches: ArticleTouches;
  /** Counts over every room (`/metrics`). */
  readonly counts: RoomCounts = { queuedTasks: 0 };

  constructor(private readonly opts: RoomManagerOptions) {
    this.commit = new GroupCommit(opts.storage, opts.logger, opts.editSessionGapMs);
    this.touches = new ArticleTouches(opts.storage, opts.logger);
  }

  /** The loaded room of an article known to exist, loading it if needed. */
  async open(articleId: string): Promise<Room> {
    this.cancelIdle(articleId);
    let room = this.rooms.get(articleId);
    if (!room) {
      room = (this.closing.get(articleId) ?? Promise.resolve()).then(() =>
        Room.load(articleId, {
          storage: this.opts.storage,
          logger: this.opts.logger,
          compactThreshold: this.opts.compactThreshold,
          relay: this.opts.relay,
          presence: this.opts.presence ?? DEFAULT_PRESENCE_LIMITS,
          commit: this.commit,
          counts: this.counts,
          touches: this.touches,
          onEmpty: (r) => this.scheduleUnload(r),
        }).then((r) => {
          // Every stored batch (every typed key) passes here: the two per-key events name their arguments.
          r.events.on('stored', (stored) => this.events.emit('stored', stored));
          r.events.on('guard-revert', (...args) => this.events.emit('guard-revert', ...args));
          r.events.on('phrase-marked', (...args) => this.events.emit('phrase-marked', ...args));
          r.events.on('edited', (edited, edits) => this.events.emit('edited', edited, edits));
          r.events.on('quote-confirmed', (...args) => this.events.emit('quote-confirmed', ...args));
          return r;
        }),
      );
      this.rooms.set(articleId, room);
      room.catch(() => this.rooms.delete(articleId));
    }
    return room;
  }

  /** True when the article's room is in memory. */
  isLoaded(articleId: string): boolean {
    return this.rooms.has(articleId);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /**
   * Runs `read` on the article's current document: the live room's (after its queued changes are
   * stored) or, when it is not loaded, a document built from storage and then discarded.
   */
  async read<T>(articleId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const room = this.rooms.get(articleId);
    if (room) {
      const r = await room;
      return r.run(() => read(r.doc));
    }
    await this.closing.get(articleId);
    const doc = new Y.Doc({ guid: articleId }); // no random uuid per copy
    try {
      applyStored(doc, await this.opts.storage.loadUpdates(articleId), LOAD_ORIGIN);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /** For a caller that opened a room but will not join it: lets an empty room unload. */
  releaseIfEmpty(room: Room): void {
    if (room.size === 0) this.scheduleUnload(room);
  }

  /**
   * A private copy of the article's current (stored) document, for heavy reads — rendering,
   * checking — that must not hold up the room's edits: only the state encoding runs on the room's
   * queue. The caller owns the copy and destroys it.
   *
   * `base`: a copy this method returned earlier that the caller kept (private, never edited since).
   * While the room is loaded it is brought up to date in place — only what it lacks is encoded on
   * the queue, not the whole document — and returned; otherwise a new copy is returned and the
   * caller destroys `base`.
   */
  async snapshot(articleId: string, base?: Y.Doc): Promise<Y.Doc> {
    const room = this.rooms.get(articleId);
    let updates: Uint8Array[];
    if (room) {
      const r = await room;
      if (base && !base.isDestroyed) {
        const known = Y.encodeStateVector(base);
        Y.applyUpdate(base, await r.run(() => Y.encodeStateAsUpdate(r.doc, known)), LOAD_ORIGIN);
        return base;
      }
      updates = [await r.run(() => r.encodedState())];
    } else {
      await this.closing.get(articleId);
      updates = await this.opts.storage.loadUpdates(articleId);
    }
    const doc = new Y.Doc({ guid: articleId }); // no random uuid per copy
    applyStored(doc, updates, LOAD_ORIGIN);
    return doc;
  }

  /** Stores and unloads every room (shutdown). */
  async closeAll(): Promise<void> {
    for (const t of this.idleTimers.values()) clearTimeout(t);
    this.idleTimers.clear();
    await Promise.all(Array.from(this.rooms.keys(), (id) => this.unload(id)));
    this.touches.close();
    await this.commit.flushActivity();
    this.commit.close();
  }

  private scheduleUnload(room: Room): void {
    this.cancelIdle(room.articleId);
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.articleId);
      if (room.size === 0) void this.unload(room.articleId);
    }, this.opts.unloadGraceMs);
    timer.unref();
    this.idleTimers.set(room.articleId, timer);
  }

  private cancelIdle(articleId: string): void {
    const t = this.idleTimers.get(articleId);
    if (t) clearTimeout(t);
    this.idleTimers.delete(articleId);
  }

  private async unload(articleId: string): Promise<void> {
    const pending = this.rooms.get(articleId);
    if (!pending) return;
    this.rooms.delete(articleId);
    const done = pending
      .then((room) => room.close())
      // The room's stored edits' activity (counted in memory, group-commit.ts) is written as it leaves.
      .then(() => this.commit.flushActivity())
      .catch((e: Error) => this.opts.logger.error({ err: e, articleId }, 'unloading a room failed'))
      .finally(() => this.closing.delete(articleId));
    this.closing.set(articleId, done);
    await done;
    this.events.emit('unloaded', articleId);
    this.opts.logger.debug({ articleId }, 'room unloaded');
  }
}

/**
 * One open article: its Y.Doc, its awareness and the connections on it.
 *
 * Contract: every change to `doc` runs as a task on the room's queue (`run`). A task's changes are
 * stored (the group commit's transaction committed: group-commit.ts) before they are relayed to any connection, and tasks
 * run one at a time in arrival order, so each connection's messages are applied in order and no
 * reader (a syncing client, an API read) ever sees a change that is not yet durable. Frames that
 * queued while a store was in flight are stored together in the next one (`enqueue`'s `batchable`):
 * a store that falls behind delays frames, it never drops them, and the queue shrinks again.
 *
 * Scaled out, the room also hears its article's other instances through a `RoomRelay`: what this
 * room stores it publishes (after storing); what others stored it applies with origin `redis` and
 * relays to its own connections without storing or publishing it again. Awareness goes both ways.
 */
import { EventEmitter } from 'node:events';
import Y = require('yjs');
import awarenessProtocol = require('y-protocols/awareness');
import type { Logger } from 'pino';
import type { ArticleStore, ArticleTouch, UpdateLogStore } from '../storage/types';
import type { ArticleTouches } from './article-touches';
import {
  awarenessFrameClientId,
  decodeAwarenessEntries,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeUpdate,
  isEmptyStateVector,
} from './protocol';
import { acceptRemotePresence, presenceChunks, type PresenceLimits, type PresenceRight } from './presence';
import { authorOf, connectionOf, isOrigin, LOAD_ORIGIN, REDIS_ORIGIN, REDIS_RELEASING_ORIGIN, storedElsewhere, type Origin } from './origin';
import type { RemoteMessage, RoomRelay } from './relay';
import type { Peer } from './peer';
import { headlineText } from './doc-text';
import { CloseCode } from '../../shared/contract/errors';
import { AttributionGuard, type GuardRevert } from '../attribution/guard';
import { phrasesMarked, type PhraseMarked } from '../attribution/phrase-marks';
import { addedItems } from '../attribution/added-items';
import type { Identity } from '../../shared/contract/roles';
import { authoredEdits, transactionCounts, type AuthoredEdit, type EditCounts } from './authorship';
import { quotesConfirmed, type QuoteConfirmed } from '../attribution/quote-confirmations';
import type { GroupCommit, StoredCallback } from './group-commit';
import { applyAwarenessEntries, type DecodedAwarenessEntry } from './awareness-apply';

/** What a room announces to the rest of the server (desk, reports, audit). */
export type RoomEvents = {
  /** A batch of changes was stored and relayed (by this instance: never for changes stored elsewhere). */
  stored: [room: Room];
  /** The guard restored attributions a client's change had stripped. */
  'guard-revert': [room: Room, reverts: GuardRevert[], author: { clientIds: number[]; user: Identity }];
  /** A client's change marked words as a phrase (nobody's words), for the audit log. */
  'phrase-marked': [room: Room, phrases: PhraseMarked[], author: { user: Identity }];
  /** A stored batch's changes per user (the server's record of the connection's user, never a Yjs client id). */
  edited: [room: Room, edits: AuthoredEdit[]];
  /** A client's change turned quotes' `confirmed` true. */
  'quote-confirmed': [room: Room, quotes: QuoteConfirmed[], author: { user: Identity }];
};

export type RoomOptions = {
  storage: UpdateLogStore & ArticleStore;
  logger: Logger;
  /** Compact the update log once it holds more than this many entries. */
  compactThreshold: number;
  /** The other instances (NO_RELAY when there are none). */
  relay: RoomRelay;
  /** Called when the last connection leaves (the manager decides when to unload). */
  onEmpty: (room: Room) => void;
  /** Bounds on presence, applied to local connections and to what other instances relay. */
  presence: PresenceLimits;
  /** Stores updates (with their edit activity) in one transaction per event-loop turn, shared by all rooms. */
  commit: GroupCommit;
  /** Refreshes the article rows of rooms that stored changes, once a second for all rooms. */
  touches: ArticleTouches;
  /** Counts shared by every room of the process (`/metrics`). */
  counts: RoomCounts;
};

export type RoomCounts = {
  /**
   * Tasks (mostly client frames) queued in rooms and not yet settled, i.e. not yet run or waiting for
   * their changes to be stored. A store that falls behind shows here: frames wait, none is dropped.
   */
  queuedTasks: number;
};

/** Delay before retrying a failed store; doubles up to STORE_RETRY_MAX_MS. */
const STORE_RETRY_MS = 100;
const STORE_RETRY_MAX_MS = 5000;

/** A change applied and not yet stored; `inserted`/`deleted` are counted only for changes with an author. */
type Pending = { update: Uint8Array; origin: unknown } & EditCounts;

/** Called once a queued task's changes are stored and relayed: its result, or its error when `failed`. */
export type Settle = (failed: boolean, result: unknown) => void;
/** A queued task; `failed` and `result` are filled in when it runs. */
type Task = { task: () => unknown; settle: Settle; batchable: boolean; failed: boolean; result: unknown };

/** At most this many queued tasks are run before their changes are stored together (`drain`). */
const MAX_BATCH_TASKS = 256;

const NO_COUNTS: EditCounts = { inserted: 0, deleted: 0 };

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly events = new EventEmitter<RoomEvents>();
  private guard: AttributionGuard | null = null;
  private readonly connections = new Set<Peer>();
  /** The local connection that introduced each awareness id (ids of other instances are absent). */
  private readonly presenceHolders = new Map<number, Peer>();
  /** Tasks waiting to run, in arrival order (see `run`). */
  private readonly tasks: Task[] = [];
  /** A drain is scheduled or running (or the room is still loading): new tasks only join `tasks`. */
  private draining = false;
  /**
   * While the batched tasks of a batch run (`drain`): what they send, sent once the batch's changes
   * are stored and relayed. Null otherwise (sent at once).
   */
  private held: (() => void)[] | null = null;
  private pending: Pending[] = [];
  private destroyed = false;
  /** Entries in the stored update log (counted here so storing needs no COUNT query). */
  private logLength = 0;
  /** Changes stored since the article row was last refreshed. */
  private dirty = false;
  /**
   * Per awareness id held here, the one-entry frame that made its latest change, as its holder sent
   * it and this room relayed it (`isPresenceEcho`); an id's frame goes with any other change to it
   * (`length` 0), and its entry with the id's removal. Each id keeps one buffer and copies its next
   * frame into it: no new buffer per cursor.
   */
  private readonly relayedPresence = new Map<number, RelayedFrame>();
  /** During `applyPresence`: the frame and update being applied and how many entries (ids) they hold. */
  private forwarding: { frame: Uint8Array; update: Uint8Array; ids: number } | null = null;
  /**
   * The sync step 2 frame that answers an empty state vector (the whole document), kept while the
   * document is unchanged: built once, from the stored row itself when the log was one row at load,
   * and dropped by any change.
   */
  private wholeState: { frame: Uint8Array; update: Uint8Array } | null = null;
  /** The doc's pending parts when `wholeState` was built (they are part of the whole state). */
  private wholePending: readonly unknown[] = [];
  /** Why the stored state could not be applied at load (then every task fails). */
  private broken: Error | null = null;
  /** The document is being built from storage (`load`: the next turn after the read). */
  private building = false;
  /** Connections sent the whole state unasked on joining (`join`), with the frame they were sent. */
  private readonly sentWhole = new WeakMap<Peer, Uint8Array>();

  private constructor(
    readonly articleId: string,
    private readonly opts: RoomOptions,
  ) {
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /**
   * Loads the article's stored state. The caller has checked that the article exists. Subscribes to
   * the relay first, so an update another instance stores meanwhile is in what is read, or arrives
   * (queued until the load is done), or both — applying it twice is harmless.
   */
  static async load(articleId: string, opts: RoomOptions): Promise<Room> {
    const room = new Room(articleId, opts);
    room.draining = true; // tasks queued while loading wait for the load
    await opts.relay.subscribe(articleId, room.onRemote);
    let updates: Uint8Array[];
    try {
      updates = await opts.storage.loadUpdates(articleId);
    } catch (e) {
      await opts.relay.unsubscribe(articleId).catch(() => undefined);
      throw e;
    }
    room.logLength = updates.length;
    // One row is the whole stored state, as a joiner with an empty document needs it.
    if (updates.length === 1) room.keepWholeState(updates[0]);
    // The document is built on the next turn, before any task: the connection that opened the room
    // joins it first and is sent the stored row at once (`join`), so it applies the state while the
    // server does.
    room.building = true;
    setImmediate(() => {
      try {
        room.build(updates);
      } catch (e) {
        room.loadFailed(e as Error);
      }
      room.building = false;
      room.draining = false;
      if (room.tasks.length > 0) room.scheduleDrain();
    });
    opts.relay.queryAwareness(articleId);
    return room;
  }

  /** Applies the stored state to the document, then starts listening to its changes (once, at load). */
  private build(updates: readonly Uint8Array[]): void {
    applyStored(this.doc, updates, LOAD_ORIGIN);
    if (this.wholeState) this.wholePending = pendingParts(this.doc); // the row's waiting parts, if any, are in it
    this.doc.on('update', this.onUpdate);
    // An update whose missing parts keep it pending changes no content (no 'update') but is part of the whole state.
    this.doc.on('afterTransaction', () => {
      if (this.wholeState && pendingParts(this.doc).some((p, i) => p !== this.wholePending[i])) this.wholeState = null;
    });
    this.guard = new AttributionGuard(this.doc);
  }

  /**
   * A transaction changed the document: its update waits to be stored (`pending`). Counted from the
   * transaction as it is applied: the update is not decoded again to count it.
   */
  private readonly onUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, txn: Y.Transaction): void => {
    this.wholeState = null;
    this.pending.push({ update, origin, ...(authorOf(origin) ? transactionCounts(txn) : NO_COUNTS) });
  };

  /** The stored state could not be applied: every task fails, and every connection is closed (1011). */
  private loadFailed(e: Error): void {
    this.opts.logger.error({ err: e, articleId: this.articleId }, 'loading an article failed');
    this.broken = e;
    this.wholeState = null;
    for (const c of Array.from(this.connections)) c.close(CloseCode.internalError, 'the article could not be loaded');
  }

  get size(): number {
    return this.connections.size;
  }

  /**
   * Queues `task`; resolves with its result once its changes are stored and relayed. A task that
   * throws rejects this promise only; the queue goes on.
   */
  run<T>(task: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => this.enqueue(task, (failed, result) => (failed ? reject(result) : resolve(result as T))));
  }

  /**
   * `run` without a promise, for the per-frame path: `settle` is called once the task's changes are
   * stored and relayed, with `failed` and the task's result or error. Tasks run one at a time in
   * arrival order, from one drain loop that awaits only when a task left changes to store, so a
   * frame that changes nothing (a cursor, an echo) costs no promise.
   *
   * `batchable`: the task only changes the document or presence (a client's update or awareness, an
   * update stored elsewhere) and reads nothing to anyone. Such tasks queued behind one that left
   * changes to store run before those are stored, and the changes of them all are stored in one
   * append (`drain`): a room whose queue grew while a store was in flight catches up in one
   * transaction instead of one per queued frame. Every other task waits for what is before it to be
   * stored, as before.
   */
  enqueue(task: () => unknown, settle: Settle, batchable = false): void {
    this.tasks.push({ task, settle, batchable, failed: false, result: undefined });
    this.opts.counts.queuedTasks++;
    if (!this.draining) this.scheduleDrain();
  }

  private readonly drainNow = (): void => this.drain();

  private scheduleDrain(): void {
    this.draining = true;
    queueMicrotask(this.drainNow);
  }

  /** Runs one task, keeping its result (or its error, `failed`) on it. */
  private runTask(t: Task): void {
    try {
      if (this.destroyed) throw new Error(`room ${this.articleId} is closed`);
      if (this.broken) throw new Error(`room ${this.articleId} could not be loaded: ${this.broken.message}`);
      t.result = t.task();
    } catch (e) {
      t.failed = true;
      t.result = e;
    }
  }

  /**
   * Runs the queue. A batchable task that leaves changes to store is followed, before they are
   * stored, by the batchable tasks queued behind it (at most MAX_BATCH_TASKS; a failed one ends the
   * batch, so its connection is closed before its next frame runs): their changes are stored and
   * relayed with its own, and what they would send meanwhile (presence, to connections and to other
   * instances) is held (`held`) and sent after that, in the order it was made. Then each task of the
   * batch is settled. Nothing any of them changed reaches anyone before it is stored.
   */
  private drain(): void {
    for (let next = this.tasks.shift(); next; next = this.tasks.shift()) {
      this.runTask(next);
      let batch: Task[] | null = null;
      let held: (() => void)[] | null = null;
      if (this.pending.length > 0 && next.batchable && !next.failed && this.tasks[0]?.batchable) {
        batch = [next];
        this.held = held = [];
        while (batch.length < MAX_BATCH_TASKS && this.tasks[0]?.batchable && !batch[batch.length - 1].failed) {
          const t = this.tasks.shift()!;
          this.runTask(t);
          batch.push(t);
        }
        this.held = null;
      }
      if (this.pending.length > 0) {
        // Stored and relayed by a callback (no promise); the batch is settled and the drain goes on
        // in a microtask after it: the group commit calls every room of its transaction back in one
        // step, and each relays before any room runs its next tasks. When the callback ran before
        // `flush` returned, the drain goes on here.
        const task = next;
        const tasks = batch;
        const sends = held;
        let returned = false;
        let doneEarly = false;
        this.flush((error) => {
          if (error !== null) for (const t of tasks ?? [task]) (t.failed = true), (t.result = error);
          if (!returned) return void (doneEarly = true);
          queueMicrotask(() => {
            this.settleBatch(task, tasks, sends);
            this.drain();
          });
        });
        returned = true;
        if (!doneEarly) return;
      }
      this.settleBatch(next, batch, held);
    }
    this.draining = false;
  }

  /** A task (or batch) whose changes are stored and relayed: what it held is sent, then it is settled. */
  private settleBatch(next: Task, batch: Task[] | null, held: (() => void)[] | null): void {
    if (held) for (const send of held) send();
    this.opts.counts.queuedTasks -= batch?.length ?? 1;
    if (batch) for (const t of batch) t.settle(t.failed, t.result);
    else next.settle(next.failed, next.result);
  }

  /**
   * The sync step 2 that answers a client's step 1 (inside a task). A client with an empty document
   * (every first open) gets the whole state, encoded once and then reused until the document changes.
   */
  syncStep2(stateVector: Uint8Array, conn?: Peer): Uint8Array | null {
    if (!isEmptyStateVector(stateVector)) return encodeSyncStep2(this.doc, stateVector);
    const frame = this.whole().frame;
    // Sent unasked on joining and unchanged since: the client has it (or it is on its way), and every
    // change after it reaches the client after it. Asked once more, it is answered again.
    if (conn && this.sentWhole.get(conn) === frame) {
      this.sentWhole.delete(conn);
      return null;
    }
    return frame;
  }

  /** The whole document as one update (inside a task), shared with `syncStep2`: the caller must not change it. */
  encodedState(): Uint8Array {
    return this.whole().update;
  }

  private whole(): { frame: Uint8Array; update: Uint8Array } {
    return this.wholeState ?? this.keepWholeState(Y.encodeStateAsUpdate(this.doc));
  }

  private keepWholeState(update: Uint8Array): { frame: Uint8Array; update: Uint8Array } {
    const frame = encodeSyncStep2Update(update);
    // The frame ends with the update's bytes: one copy serves both.
    this.wholeState = { frame, update: frame.subarray(frame.length - update.length) };
    this.wholePending = pendingParts(this.doc);
    return this.wholeState;
  }

  /**
   * Applies a client's update (inside a task) and then restores any attribution it stripped: the
   * compensating change is stored and relayed with it, to everyone, and the author is told why.
   * The guard reads what the applied transaction changed (an update that only types costs it one
   * scan of the items that transaction added and deleted).
   */
  applyClientUpdate(author: Peer, update: Uint8Array, origin: Origin): void {
    const phrases: PhraseMarked[] = [];
    const confirmed: QuoteConfirmed[] = [];
    const applied: Y.Transaction[] = [];
    const collect = (txn: Y.Transaction) => {
      applied.push(txn);
      if (txn.origin !== origin) return;
      const added = addedItems(txn); // read once for both
      phrases.push(...phrasesMarked(txn, added));
      confirmed.push(...quotesConfirmed(txn, added));
    };
    // With nothing waiting for missing parts, what the update's transaction changes is the update
    // itself: it is stored and relayed as the client sent it, and Yjs does not encode it again (no
    // `update` listener during the apply: `recordAsSent`).
    const asSent = this.guard !== null && this.doc.store.pendingStructs === null && this.doc.store.pendingDs === null;
    if (asSent) this.doc.off('update', this.onUpdate);
    let completed = false;
    this.doc.on('afterTransaction', collect);
    try {
      Y.applyUpdate(this.doc, update, origin);
      completed = true;
    } finally {
      this.doc.off('afterTransaction', collect);
      if (asSent) {
        this.doc.on('update', this.onUpdate);
        applied.forEach((txn, i) => this.recordAsSent(txn, completed && i === 0 && txn.origin === origin ? update : null));
      }
      if (phrases.length > 0) this.events.emit('phrase-marked', this, phrases, { user: author.user });
      if (confirmed.length > 0) this.events.emit('quote-confirmed', this, confirmed, { user: author.user });
      // Even when the update failed part-way, whatever it integrated is checked.
      const reverts = this.guard?.enforce() ?? [];
      if (reverts.length > 0) this.events.emit('guard-revert', this, reverts, { clientIds: author.awarenessClientIds, user: author.user });
    }
  }

  /**
   * Records a transaction that ran without an `update` listener (the client's, and any an observer
   * made meanwhile) as `onUpdate` would have: nothing when it changed nothing, as Yjs emits no
   * `update` then. Its update is `update`, the client's own bytes, when given (the client's
   * transaction, the apply completed) and nothing waits for missing parts: the bytes may repeat parts
   * the document already had, harmless to store and to apply. Otherwise (the apply threw part-way,
   * parts now wait, another transaction) it is everything after the transaction's start state with
   * the document's delete set: a superset of what the transaction changed.
   */
  private recordAsSent(txn: Y.Transaction, update: Uint8Array | null): void {
    if (txn.deleteSet.clients.size === 0 && !advanced(txn)) return;
    const whole = update !== null && this.doc.store.pendingStructs === null && this.doc.store.pendingDs === null;
    this.onUpdate(whole ? update : Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(txn.beforeState)), txn.origin, this.doc, txn);
  }

  /** Adds a connection and starts the y-websocket handshake: our sync step 1, then everyone's awareness. */
  join(conn: Peer): Promise<void> {
    // Added at once (not in the task) so an unload check can never miss a joining connection.
    this.connections.add(conn);
    // The connection that opened the room gets the stored state at once, while the document is
    // built from it: its step 1 would otherwise wait for the build. One copy per load at most, even
    // when that client already had the article (its own step 1 is then answered as usual).
    if (this.building && this.wholeState && this.connections.size === 1) {
      conn.send(this.wholeState.frame);
      this.sentWhole.set(conn, this.wholeState.frame);
    }
    return this.run(() => {
      conn.send(encodeSyncStep1(this.doc));
      // In bounded frames: one big frame of everyone's presence could exceed a client's limit.
      for (const ids of presenceChunks(Array.from(this.awareness.getStates().keys()), this.opts.presence)) {
        conn.send(encodeAwareness(this.awareness, ids));
      }
    });
  }

  /**
   * Applies an accepted awareness update as its sender encoded it: `frame` is the awareness frame as
   * received, `update` its payload and `entries` its decoded entries (one per id), applied as they
   * are (the update is not decoded again: awareness-apply.ts). When it changes exactly those ids, the
   * same bytes are relayed — the frame to the other connections, the update to the other instances —
   * instead of a re-encoding of the states.
   */
  applyPresence(frame: Uint8Array, update: Uint8Array, entries: readonly DecodedAwarenessEntry[], origin: Origin): void {
    this.forwarding = { frame, update, ids: entries.length };
    try {
      applyAwarenessEntries(this.awareness, entries, origin);
    } finally {
      this.forwarding = null;
    }
  }

  /**
   * True when `frame` is, byte for byte, the awareness frame this room last relayed for one id, and
   * a connection other than `conn` holds that id: a stock provider's echo of what it heard. Handled
   * in full it would change nothing — its clock is the id's current one, so the ownership rule
   * (`presenceRight`) makes it foreign and `checkPresence` drops it — so the caller drops it unread
   * (no state decoded, nothing queued). Read when the frame arrives, not when a queued task runs.
   */
  isPresenceEcho(conn: Peer, frame: Uint8Array): boolean {
    if (this.relayedPresence.size === 0) return false;
    const id = awarenessFrameClientId(frame);
    if (id === null) return false;
    const relayed = this.relayedPresence.get(id);
    const holder = this.presenceHolders.get(id);
    return relayed !== undefined && holder !== undefined && holder !== conn && sameFrame(relayed, frame);
  }

  /** Whether `conn` may set or remove this awareness entry's id (rules in presence.ts). */
  presenceRight(conn: Peer, entry: { clientId: number; clock: number; state: unknown }): PresenceRight {
    const holder = this.presenceHolders.get(entry.clientId);
    if (holder === conn) return 'own';
    if (holder) {
      const current = this.awareness.meta.get(entry.clientId)?.clock ?? -1;
      return holder.user.id === conn.user.id && entry.state !== null && entry.clock > current ? 'own' : 'foreign';
    }
    return this.awareness.getStates().has(entry.clientId) ? 'foreign' : 'own';
  }

  /** After an accepted awareness update was applied: `conn` now holds (state) or gave up (null) each id. */
  claimPresence(conn: Peer, entries: readonly { clientId: number; state: unknown }[]): void {
    for (const { clientId, state } of entries) {
      const previous = this.presenceHolders.get(clientId);
      if (state === null) {
        if (previous === conn) this.presenceHolders.delete(clientId);
        conn.trackAwareness([], [clientId]);
        continue;
      }
      if (!this.awareness.getStates().has(clientId)) continue; // an old clock: not applied, not claimed
      if (previous && previous !== conn) previous.trackAwareness([], [clientId]);
      this.presenceHolders.set(clientId, conn);
      conn.trackAwareness([clientId], []);
    }
  }

  /** Removes a connection and the awareness states it controlled (announced to everyone). */
  leave(conn: Peer, awarenessIds: number[]): void {
    if (!this.connections.delete(conn)) return;
    for (const id of awarenessIds) if (this.presenceHolders.get(id) === conn) this.presenceHolders.delete(id);
    if (awarenessIds.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, awarenessIds, null);
    if (this.connections.size === 0) this.opts.onEmpty(this);
  }

  /** Sends to every connection except `except`. */
  broadcast(frame: Uint8Array, except: Peer | null = null): void {
    for (const c of this.connections) if (c !== except) c.send(frame);
  }

  /** Waits for queued tasks, stores what is pending, compacts the log and releases the doc. */
  async close(code: number = CloseCode.goingAway): Promise<void> {
    for (const c of Array.from(this.connections)) c.close(code, 'article unloaded');
    await this.opts.relay
      .unsubscribe(this.articleId)
      .catch((e: Error) => this.opts.logger.warn({ err: e, articleId: this.articleId }, 'relay unsubscribe failed'));
    await this.run(() => undefined).catch(() => undefined);
    this.destroyed = true;
    this.opts.touches.forget(this.articleId);
    await this.touch();
    await this.opts.storage.compactUpdates(this.articleId);
    this.guard?.destroy();
    this.events.removeAllListeners();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  /**
   * Stores this instance's pending changes (retrying until the store succeeds), then publishes them
   * to the other instances and relays them; changes stored elsewhere are only relayed. Then calls
   * `done` once: with `null`, or with the error that kept them from being relayed (maybe before
   * this call returns).
   */
  private flush(done: StoredCallback): void {
    const batch = this.pending;
    this.pending = [];
    try {
      let remote = false;
      for (const p of batch) if (storedElsewhere(p.origin)) remote = true;
      // The usual batch (this instance's changes only) goes straight to storeAndRelay.
      if (!remote) return this.storeAndRelay(batch, done);
      const local = batch.filter((p) => !storedElsewhere(p.origin));
      const others = batch.filter((p) => storedElsewhere(p.origin));
      const relayOthers = (error: unknown): void => {
        if (error !== null) return done(error);
        try {
          if (others.length > 0) this.broadcast(encodeUpdate(merged(others)));
        } catch (e) {
          return done(e);
        }
        done(null);
      };
      if (local.length > 0) this.storeAndRelay(local, relayOthers);
      else relayOthers(null);
    } catch (e) {
      done(e);
    }
  }

  /**
   * Stores the batch through the group commit (the first attempt here; the rare retries in
   * `retryStore`), then relays it (`relayStored`), which calls `done`. Nothing is relayed before
   * the group commit reports it stored.
   */
  private storeAndRelay(batch: Pending[], done: StoredCallback): void {
    const update = merged(batch);
    const edits = authoredEdits(batch, pendingAuthor);
    this.opts.commit.appendThen(this.articleId, update, edits, (failed) => {
      if (failed === null) return this.relayStored(batch, update, edits, done);
      this.retryStore(update, edits, failed).then(
        () => this.relayStored(batch, update, edits, done),
        (e: unknown) => done(e),
      );
    });
  }

  /** The batch is stored: published, relayed and announced, the log compacted when due; then `done`. */
  private relayStored(batch: Pending[], update: Uint8Array, edits: AuthoredEdit[], done: StoredCallback): void {
    try {
      this.opts.relay.publishUpdate(this.articleId, update);
      this.logLength++;
      this.dirty = true;
      // A batch from one origin goes as one frame, not echoed back to its connection; a mixed batch (a
      // connection's change and the guard's repair, or several connections' frames run as one batch)
      // goes as its changes, each to everyone but the connection that made it.
      if (oneOrigin(batch)) this.broadcast(encodeUpdate(update), connectionOf(batch[0].origin));
      else for (const p of batch) this.broadcast(encodeUpdate(p.update), connectionOf(p.origin));
      this.opts.touches.mark(this);
      this.events.emit('stored', this);
      if (edits.length > 0) this.events.emit('edited', this, edits);
    } catch (e) {
      return done(e);
    }
    if (this.logLength <= this.opts.compactThreshold) return done(null);
    this.opts.storage.compactUpdates(this.articleId).then(
      () => {
        this.logLength = 1;
        done(null);
      },
      (e: Error) => {
        this.opts.logger.warn({ err: e, articleId: this.articleId }, 'compaction failed; the log keeps growing');
        done(null);
      },
    );
  }

  /**
   * After a failed first attempt (`failed`, its error): stores the update and the activity of its
   * authors, retrying with a doubling delay until it succeeds.
   */
  private async retryStore(update: Uint8Array, edits: readonly AuthoredEdit[], failed: unknown): Promise<void> {
    let error = failed;
    for (let delay = STORE_RETRY_MS; ; delay = Math.min(delay * 2, STORE_RETRY_MAX_MS)) {
      // The change stays in memory and is relayed only once stored; the room waits meanwhile.
      this.opts.logger.error({ err: error, articleId: this.articleId, retryInMs: delay }, 'storing an update failed');
      await new Promise((r) => setTimeout(r, delay));
      try {
        await this.opts.commit.append(this.articleId, update, edits);
        return;
      } catch (e) {
        error = e;
      }
    }
  }

  /**
   * The article row's refresh (ArticleTouches) when changes were stored since the last one: its
   * headline as the document has it now; null when nothing changed since.
   */
  takeTouch(at: string): ArticleTouch | null {
    if (!this.dirty || this.destroyed) return null;
    this.dirty = false;
    return { id: this.articleId, headline: headlineText(this.doc), updatedAt: at };
  }

  /** Refreshes the article row now (closing) when changes were stored since the last refresh. */
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
    // The usual change (a cursor moved: updated ids only) is read as it came, not copied; it is only read below.
    const changed =
      changes.added.length === 0 && changes.removed.length === 0 ? changes.updated : [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.length === 0) return;
    const author = connectionOf(origin);
    author?.trackAwareness(changes.added, changes.removed);
    // Ids are distinct in `changed` and all come from the update: as many as its entries means all of them.
    const asSent = this.forwarding !== null && this.forwarding.ids === changed.length ? this.forwarding : null;
    for (const id of changes.removed) this.relayedPresence.delete(id);
    for (const id of changed) {
      const relayed = this.relayedPresence.get(id);
      if (relayed) relayed.length = 0;
    }
    // A copy: the frame is a view into the socket's read, which may hold many frames.
    if (asSent && author && changed.length === 1 && changes.removed.length === 0) keepFrame(this.relayedPresence, changed[0], asSent.frame);
    const frame = asSent ? asSent.frame : encodeAwareness(this.awareness, changed);
    // Each instance times out stale states itself; what came from another instance is not echoed.
    const published =
      origin === 'timeout' || (isOrigin(origin) && origin.kind === 'redis') ? null : (asSent?.update ?? awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    // In a batch (`drain`), after the document changes made before it are stored and relayed.
    if (this.held) this.held.push(() => this.sendPresence(frame, author, published));
    else this.sendPresence(frame, author, published);
  };

  /** Relays a presence change: `frame` to the connections but `author`, `published` (when not null) to the other instances. */
  private sendPresence(frame: Uint8Array, author: Peer | null, published: Uint8Array | null): void {
    this.broadcast(frame, author);
    if (published) this.opts.relay.publishAwareness(this.articleId, published);
  }

  /** A message from another instance about this article (see RoomRelay). */
  private readonly onRemote = (msg: RemoteMessage): void => {
    if (this.destroyed) return;
    const failed = (e: Error) => this.opts.logger.warn({ err: e, articleId: this.articleId, type: msg.type }, 'relayed message failed');
    switch (msg.type) {
      case 'update':
        this.enqueue(
          () => Y.applyUpdate(this.doc, msg.update, this.remoteOrigin()),
          (isFailed, e) => isFailed && failed(e as Error),
          true,
        );
        return;
      case 'awareness':
        try {
          // Another instance enforced its own limits; this one checks again (size, and no id held here).
          const entries = decodeAwarenessEntries(msg.update);
          const accepted = acceptRemotePresence(entries, (id) => this.presenceHolders.has(id), this.opts.presence);
          if (accepted.length === 0) return;
          const update = accepted.length === entries.length ? msg.update : encodeAwarenessEntries(accepted);
          awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REDIS_ORIGIN);
        } catch (e) {
          failed(e as Error);
        }
        return;
      case 'awareness-query': {
        const states = this.awareness.getStates();
        const ids = Array.from(this.connections).flatMap((c) => c.awarenessClientIds.filter((id) => states.has(id)));
        for (const chunk of presenceChunks(ids, this.opts.presence)) {
          this.opts.relay.publishAwareness(this.articleId, awarenessProtocol.encodeAwarenessUpdate(this.awareness, chunk));
        }
        return;
      }
      case 'resync':
        this.opts.relay.queryAwareness(this.articleId);
        this.opts.storage
          .loadUpdates(this.articleId)
          .then((updates) => this.run(() => applyStored(this.doc, updates, this.remoteOrigin())))
          .catch(failed);
        return;
      default: {
        const unreachable: never = msg;
        throw new Error(`unhandled relay message ${JSON.stringify(unreachable)}`);
      }
    }
  };

  /** `redis`, marked as releasing when local changes wait for missing parts the update may bring. */
  private remoteOrigin(): Origin {
    const waiting = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
    return waiting ? REDIS_RELEASING_ORIGIN : REDIS_ORIGIN;
  }
}

/** A relayed presence frame: its bytes are the first `length` of `bytes` (0: none kept). */
type RelayedFrame = { bytes: Buffer; length: number };

/** Keeps a copy of `frame` as `id`'s relayed frame, in the id's own buffer when it fits (grown otherwise). */
function keepFrame(frames: Map<number, RelayedFrame>, id: number, frame: Uint8Array): void {
  let kept = frames.get(id);
  if (!kept || kept.bytes.length < frame.length) {
    // Not from Node's shared pool: a pooled slice would keep its whole 8 KiB slab alive.
    kept = { bytes: Buffer.allocUnsafeSlow(Math.max(128, 2 * frame.length)), length: 0 };
    frames.set(id, kept);
  }
  kept.bytes.set(frame);
  kept.length = frame.length;
}

/** Byte equality by Node's memcmp (`Buffer.compare` over offsets): nothing copied or allocated. */
function sameFrame(kept: RelayedFrame, frame: Uint8Array): boolean {
  return kept.length > 0 && kept.length === frame.length && kept.bytes.compare(frame, 0, frame.length, 0, kept.length) === 0;
}

/** The doc's parts waiting for missing updates (both null when nothing waits). */
function pendingParts(doc: Y.Doc): unknown[] {
  return [doc.store.pendingStructs, doc.store.pendingDs];
}

/**
 * Applies stored log entries: the biggest (the compacted state) as it is, then the rest merged. Merging
 * them all first would decode and re-encode the whole state once more before applying it.
 */
export function applyStored(doc: Y.Doc, updates: readonly Uint8Array[], origin: unknown): void {
  if (updates.length === 0) return;
  let big = 0;
  for (let i = 1; i < updates.length; i++) if (updates[i].length > updates[big].length) big = i;
  const rest = updates.filter((_, i) => i !== big);
  doc.transact(() => {
    Y.applyUpdate(doc, updates[big], origin);
    if (rest.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(rest), origin);
  }, origin);
}

/** The signed-in user behind a pending change, or null (load, guard, redis). */
function pendingAuthor(p: Pending): Identity | null {
  return authorOf(p.origin);
}

function merged(batch: Pending[]): Uint8Array {
  return batch.length === 1 ? batch[0].update : Y.mergeUpdates(batch.map((p) => p.update));
}

/**
 * True when a transaction moved some client's clock (Yjs's own test before it emits `update`), read
 * over the clients' keys: no [client, clock] entry array per client, as `for…of` over the map made.
 */
function advanced(txn: Y.Transaction): boolean {
  for (const client of txn.afterState.keys()) if (txn.beforeState.get(client) !== txn.afterState.get(client)) return true;
  return false;
}

/** Whether every change of a batch has the first one's origin (a loop: no closure per stored batch). */
function oneOrigin(batch: readonly Pending[]): boolean {
  for (let i = 1; i < batch.length; i++) if (batch[i].origin !== batch[0].origin) return false;
  return true;
}

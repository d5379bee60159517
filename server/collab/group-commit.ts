/**
 * Group commit: the updates every room stores during one event-loop turn are written in one storage
 * transaction instead of one write each; the activity (who edited) they carry is counted in memory
 * and written apart, at most `activityIntervalMs` (1 s) after the first edit counted since the last
 * write, when a room unloads, on shutdown, and before anyone reads the activity (`flushActivity`).
 *
 * Contract: `appendThen` calls back (`append` resolves) only once its update is durable (the
 * transaction committed), so a room still stores before it relays; with the error when the
 * transaction failed, and the room retries (as it did with one write per update). On an in-process
 * store (SQLite, `appendBatchNow`) the turn's transaction is written synchronously in the turn's
 * `setImmediate` and every update's callback runs right after it, in that same step: no promise per
 * update. When that store's connection is held by another transaction, or an earlier write or an
 * activity write is still under way, the turn takes the asynchronous path (`appendBatch`, the only
 * one on Postgres). A callback that throws is logged and holds up no other update's callback.
 * Transactions run one at a time, in arrival order (the activity's among them): edits of one user never open two sessions (Postgres READ COMMITTED).
 * When a group's transaction fails, each update is written alone (one article's failure holds up no
 * other room). Only a stored update's edits are counted; the update's transaction writes only the
 * update log, so a crash (`kill -9`) loses no update that reached anyone and at most the activity
 * counted in the last `activityIntervalMs` before it. The counts of one (article, user) pair are
 * merged before they are written (the first edit's time opens or grows the session, the last one
 * ends it: the same rows as writing each commit's counts, since the interval is far below the
 * session gap). A failing activity write never holds up an edit: that pair's activity is lost and
 * logged, as before when it was written separately.
 */
import type { Logger } from 'pino';
import type { Identity } from '../../shared/contract/roles';
import type { EditRecord, UpdateEntry, UpdateLogStore } from '../storage/types';
import type { AuthoredEdit } from './authorship';

/** One (article, user) pair's counts not yet written: `at`/`firstAt` the last and first commit's time (epoch ms). */
type Counted = { user: { id: string; name: string }; at: number; firstAt: number; updates: number; inserted: number; deleted: number };

/** Called once an update is stored (`null`), or with the error that kept it from being stored. */
export type StoredCallback = (error: unknown) => void;

type Waiting = { entry: UpdateEntry; edits: readonly AuthoredEdit[]; done: StoredCallback };

/** Longest time (ms) stored edits' activity is only counted in memory. */
export const ACTIVITY_INTERVAL_MS = 1000;

const NO_EDITS: readonly EditRecord[] = [];

export class GroupCommit {
  private waiting: Waiting[] = [];
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();
  /** Writes (updates' and activity's) queued on `chain` and not finished: the synchronous path waits for none. */
  private chained = 0;
  /** Stored edits not yet written, by article, then user (times in epoch ms, written as ISO strings). */
  private activity = new Map<string, Map<string, Counted>>();
  private activityTimer: NodeJS.Timeout | null = null;
  /** Transactions written (each holds one or more updates). */
  transactions = 0;
  /** Activity writes (each holds every pair counted since the previous one). */
  activityWrites = 0;

  constructor(
    private readonly storage: Pick<UpdateLogStore, 'appendBatch' | 'appendBatchNow'>,
    private readonly logger: Logger,
    /** Edits of one user less than this apart (ms) belong to one activity session. */
    private readonly editSessionGapMs: number,
    private readonly activityIntervalMs = ACTIVITY_INTERVAL_MS,
  ) {}

  /**
   * Stores `update` with whatever else arrives this turn and then calls `done` (never before this
   * call returns): with `null` once it is durable, else with the error; the edit counts behind it
   * are written within `activityIntervalMs`.
   */
  appendThen(articleId: string, update: Uint8Array, edits: readonly AuthoredEdit[], done: StoredCallback): void {
    this.waiting.push({ entry: { articleId, update }, edits, done });
    if (this.scheduled) return;
    this.scheduled = true;
    // After this turn's I/O callbacks (and their microtasks) have queued their updates.
    setImmediate(this.onTurn);
  }

  /** `appendThen` as a promise: resolves once the update is durable, rejects when it was not stored. */
  append(articleId: string, update: Uint8Array, edits: readonly AuthoredEdit[]): Promise<void> {
    return new Promise((resolve, reject) => this.appendThen(articleId, update, edits, (e) => (e === null ? resolve() : reject(e))));
  }

  /**
   * Writes the activity counted so far (after every transaction already queued); resolves once it
   * is written or, when that failed, logged. A room unloading, shutdown and activity readers call it.
   */
  flushActivity(): Promise<void> {
    if (this.activityTimer) clearTimeout(this.activityTimer);
    this.activityTimer = null;
    this.enchain(() => this.writeActivity());
    return this.chain;
  }

  /** Stops the activity timer (shutdown, after `flushActivity`). */
  close(): void {
    if (this.activityTimer) clearTimeout(this.activityTimer);
    this.activityTimer = null;
  }

  private readonly onTurn = (): void => {
    this.scheduled = false;
    if (this.waiting.length === 0) return;
    if (this.chained === 0 && this.storage.appendBatchNow && this.writeNow()) return;
    const group = this.waiting;
    this.waiting = [];
    this.enchain(() => this.write(group));
  };

  /** Queues `write` after every write already queued (one at a time, in arrival order). */
  private enchain(write: () => Promise<void>): void {
    this.chained++;
    this.chain = this.chain
      .then(write)
      .catch((e: unknown) => this.logger.error({ err: e }, 'a group commit write failed'))
      .finally(() => void this.chained--);
  }

  /**
   * The turn's group written synchronously (`appendBatchNow`); false, with nothing written and the
   * group still waiting, when the store cannot write now.
   */
  private writeNow(): boolean {
    const group = this.waiting;
    const at = Date.now();
    const groupFailed = this.tryWriteNow(group);
    if (groupFailed === false) return false;
    this.waiting = [];
    if (groupFailed === null) {
      for (const w of group) this.stored(w, at);
      return true;
    }
    // Alone, so one article's failure (a deleted article, a bad row) holds up no other room.
    for (const w of group) {
      const failed = group.length > 1 ? this.tryWriteNow([w]) : groupFailed;
      if (failed === null) this.stored(w, at);
      else this.call(w, failed === false ? new Error('storage busy') : failed);
    }
    return true;
  }

  /** One synchronous transaction of updates: null once committed, its error, or false when it could not start. */
  private tryWriteNow(group: readonly Waiting[]): unknown {
    try {
      const updates = group.length === 1 ? [group[0].entry] : group.map((w) => w.entry);
      if (!this.storage.appendBatchNow!({ updates, edits: NO_EDITS, gapMs: this.editSessionGapMs })) return false;
      this.transactions++;
      return null;
    } catch (e) {
      this.transactions++;
      return e ?? new Error('store failed');
    }
  }

  private async write(group: Waiting[]): Promise<void> {
    const at = Date.now();
    const groupFailed = await this.tryWrite(group);
    if (groupFailed === null) {
      for (const w of group) this.stored(w, at);
      return;
    }
    // Alone, so one article's failure (a deleted article, a bad row) holds up no other room.
    for (const w of group) {
      const failed = group.length > 1 ? await this.tryWrite([w]) : groupFailed;
      if (failed === null) this.stored(w, at);
      else this.call(w, failed);
    }
  }

  /** One transaction of updates; resolves with its error, or null once committed. */
  private async tryWrite(group: readonly Waiting[]): Promise<unknown> {
    this.transactions++;
    try {
      await this.storage.appendBatch({ updates: group.map((w) => w.entry), edits: NO_EDITS, gapMs: this.editSessionGapMs });
      return null;
    } catch (e) {
      return e ?? new Error('store failed');
    }
  }

  /** Calls an update's callback; one that throws is logged and stops no other. */
  private call(w: Waiting, error: unknown): void {
    try {
      w.done(error);
    } catch (e) {
      this.logger.error({ err: e, articleId: w.entry.articleId }, 'a stored update\'s callback failed');
    }
  }

  /** The update is durable: its edits are counted (before the room relays it), and its callback runs. */
  private stored(w: Waiting, at: number): void {
    for (const e of w.edits) this.count(w.entry.articleId, e, at);
    this.call(w, null);
  }

  private count(articleId: string, e: AuthoredEdit, at: number): void {
    const user: Pick<Identity, 'id' | 'name'> = e.user;
    let byUser = this.activity.get(articleId);
    if (!byUser) this.activity.set(articleId, (byUser = new Map()));
    const seen = byUser.get(user.id);
    if (seen) {
      if (seen.user.name !== user.name) seen.user = { id: user.id, name: user.name }; // the latest name
      seen.at = at; // commits run in order: the latest
      seen.updates += e.updates;
      seen.inserted += e.inserted;
      seen.deleted += e.deleted;
    } else {
      byUser.set(user.id, { user: { id: user.id, name: user.name }, at, firstAt: at, updates: e.updates, inserted: e.inserted, deleted: e.deleted });
    }
    if (this.activityTimer) return;
    this.activityTimer = setTimeout(() => {
      this.activityTimer = null;
      this.enchain(() => this.writeActivity());
    }, this.activityIntervalMs);
    this.activityTimer.unref();
  }

  private async writeActivity(): Promise<void> {
    if (this.activity.size === 0) return;
    const edits: EditRecord[] = [];
    for (const [articleId, byUser] of this.activity) {
      for (const c of byUser.values()) {
        const at = new Date(c.at).toISOString();
        edits.push({ articleId, user: c.user, at, firstAt: c.firstAt === c.at ? at : new Date(c.firstAt).toISOString(), updates: c.updates, inserted: c.inserted, deleted: c.deleted });
      }
    }
    this.activity = new Map();
    this.activityWrites++;
    try {
      await this.storage.appendBatch({ updates: [], edits, gapMs: this.editSessionGapMs });
      return;
    } catch {
      // Alone, so one article's failure (a deleted article) costs no other its activity.
    }
    for (const e of edits) {
      await this.storage
        .appendBatch({ updates: [], edits: [e], gapMs: this.editSessionGapMs })
        .catch((err: unknown) => this.logger.warn({ err, articleId: e.articleId }, 'recording activity failed; the edits are stored without it'));
    }
  }
}

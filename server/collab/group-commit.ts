/**
 * Group commit: the updates every room stores during one event-loop turn, and the activity
 * (who edited) they carry, are written in one storage transaction instead of one write each.
 *
 * Contract: `append` resolves only once its update is durable (the transaction committed), so a
 * room still stores before it relays; it rejects when the transaction failed, and the room retries
 * (as it did with one write per update). At most two transactions run at a time, and never two with
 * updates of one article: updates of an article in a transaction wait for it to end and then go,
 * together and in order, into the next, so each article's updates are stored in arrival order and one
 * user's edits of one article never open two sessions (Postgres READ COMMITTED). When a group's
 * transaction fails, each update is written alone (one article's failure holds up no other room),
 * and an update whose activity cannot be written is stored without it: a failing activity write
 * never holds up an edit (that activity is lost and logged, as before when it was written separately).
 */
import type { Logger } from 'pino';
import type { Identity } from '../../shared/contract/roles';
import type { EditRecord, UpdateEntry, UpdateLogStore } from '../storage/types';
import type { AuthoredEdit } from './authorship';

type Waiting = { entry: UpdateEntry; edits: readonly AuthoredEdit[]; resolve: () => void; reject: (e: unknown) => void };

/**
 * Transactions in flight at once. On Postgres a transaction is a few round trips, each waiting for a
 * turn of this process's event loop; a second one lets the rooms that were not in the first store
 * meanwhile instead of queueing behind it. (SQLite runs a transaction within one turn: never two.)
 */
const MAX_IN_FLIGHT = 2;

export class GroupCommit {
  private waiting: Waiting[] = [];
  private scheduled = false;
  private inFlight = 0;
  /** Articles with updates in a transaction now. */
  private readonly busy = new Set<string>();
  /** Transactions written (each holds one or more updates). */
  transactions = 0;

  constructor(
    private readonly storage: Pick<UpdateLogStore, 'appendBatch'>,
    private readonly logger: Logger,
    /** Edits of one user less than this apart (ms) belong to one activity session. */
    private readonly editSessionGapMs: number,
  ) {}

  /** Stores `update` (and the edit counts behind it) with whatever else arrives this turn. */
  append(articleId: string, update: Uint8Array, edits: readonly AuthoredEdit[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry: { articleId, update }, edits, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // After this turn's I/O callbacks (and their microtasks) have queued their updates.
      setImmediate(() => {
        this.scheduled = false;
        this.start();
      });
    });
  }

  /** Starts a transaction with every waiting update of an article in none, if fewer than MAX_IN_FLIGHT run. */
  private start(): void {
    if (this.inFlight >= MAX_IN_FLIGHT || this.waiting.length === 0) return;
    const group: Waiting[] = [];
    const later: Waiting[] = [];
    for (const w of this.waiting) (this.busy.has(w.entry.articleId) ? later : group).push(w);
    if (group.length === 0) return;
    this.waiting = later;
    const articles = new Set(group.map((w) => w.entry.articleId));
    for (const id of articles) this.busy.add(id);
    this.inFlight++;
    void this.write(group).finally(() => {
      for (const id of articles) this.busy.delete(id);
      this.inFlight--;
      // What waited for this transaction (its articles' next updates, or a free slot) goes now.
      this.start();
    });
  }

  /** Writes the group; settles every one of its promises, never rejects. */
  private async write(group: readonly Waiting[]): Promise<void> {
    const at = new Date().toISOString();
    const groupFailed = await this.tryWrite(group, at, true);
    if (groupFailed === null) {
      for (const w of group) w.resolve();
      return;
    }
    // Alone, so one article's failure (a deleted article, a bad row) holds up no other room.
    for (const w of group) {
      const failed = group.length > 1 ? await this.tryWrite([w], at, true) : groupFailed;
      if (failed === null) {
        w.resolve();
        continue;
      }
      const withoutActivity = w.edits.length > 0 ? await this.tryWrite([w], at, false) : failed;
      if (withoutActivity === null) {
        this.logger.warn({ err: failed, articleId: w.entry.articleId }, 'recording activity failed; the edit is stored without it');
        w.resolve();
      } else {
        w.reject(withoutActivity);
      }
    }
  }

  /** One transaction; resolves with its error, or null once committed. */
  private async tryWrite(group: readonly Waiting[], at: string, withEdits: boolean): Promise<unknown> {
    const updates = group.map((w) => w.entry);
    const edits = withEdits ? group.flatMap((w) => w.edits.map((e) => editRecord(w.entry.articleId, e, at))) : [];
    this.transactions++;
    try {
      await this.storage.appendBatch({ updates, edits, gapMs: this.editSessionGapMs });
      return null;
    } catch (e) {
      return e ?? new Error('store failed');
    }
  }
}

function editRecord(articleId: string, e: AuthoredEdit, at: string): EditRecord {
  const user: Pick<Identity, 'id' | 'name'> = e.user;
  return { articleId, user: { id: user.id, name: user.name }, at, updates: e.updates, inserted: e.inserted, deleted: e.deleted };
}

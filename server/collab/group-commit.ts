/**
 * Group commit: the updates every room stores during one event-loop turn, and the activity
 * (who edited) they carry, are written in one storage transaction instead of one write each.
 *
 * Contract: `append` resolves only once its update is durable (the transaction committed), so a
 * room still stores before it relays; it rejects when the transaction failed, and the room retries
 * (as it did with one write per update). Transactions run one at a time, in arrival order: edits of
 * one user never open two sessions (Postgres READ COMMITTED). When a group's transaction fails, each
 * update is written alone (one article's failure holds up no other room), and an update whose
 * activity cannot be written is stored without it: a failing activity write never holds up an edit
 * (that activity is lost and logged, as before when it was written separately).
 */
import type { Logger } from 'pino';
import type { Identity } from '../../shared/contract/roles';
import type { EditRecord, UpdateEntry, UpdateLogStore } from '../storage/types';
import type { AuthoredEdit } from './authorship';

type Waiting = { entry: UpdateEntry; edits: readonly AuthoredEdit[]; resolve: () => void; reject: (e: unknown) => void };

export class GroupCommit {
  private waiting: Waiting[] = [];
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();
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
        this.chain = this.chain.then(() => this.write());
      });
    });
  }

  private async write(): Promise<void> {
    const group = this.waiting;
    this.waiting = [];
    if (group.length === 0) return;
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

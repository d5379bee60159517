/**
 * Who changed what. Records, from the rooms' events, each stored batch's edits under the user of
 * the connection that sent them (grouped into edit sessions: a session grows while the same user
 * stores again within EDIT_SESSION_GAP_MS) and each quote confirmation; answers the article's
 * activity merged with thread changes (the thread log) and transitions/publishes (the audit log).
 * Edits are recorded in the transaction that stores them (server/collab/group-commit.ts): a stored
 * edit has its activity; a failing activity write is dropped (logged) rather than hold up the edit.
 */
import type { Logger } from 'pino';
import type { RoomManager } from '../collab/rooms';
import type { Storage } from '../storage/types';

/** Edits of one user less than this apart (ms) belong to one session. */
export const EDIT_SESSION_GAP_MS = 5 * 60 * 1000;
/** Rows read from each source per request. */
const LIMIT = 200;

type Who = { id: string; name: string } | null;
/** One entry of `GET /api/articles/:id/activity`. Kinds: edit, quote-confirmed, comment, transition, publish, other. */
export type ActivityEntry = {
  kind: 'edit' | 'quote-confirmed' | 'comment' | 'transition' | 'publish' | 'audit';
  at: string;
  by: Who;
  /** edit: `{ startedAt, updates, inserted, deleted }`; others: what the source recorded. */
  detail: Record<string, unknown>;
};

export class ActivityService {
  constructor(
    private readonly storage: Storage,
    rooms: RoomManager,
    logger: Logger,
  ) {
    // Edits are recorded by the rooms' group commit, in the transaction that stores them.
    const failed = (articleId: string) => (e: Error) => logger.warn({ err: e, articleId }, 'recording activity failed');
    rooms.events.on('quote-confirmed', (room, quotes, author) => {
      const at = new Date().toISOString();
      for (const q of quotes) {
        storage.recordQuoteConfirmed(room.articleId, { id: author.user.id, name: author.user.name }, at, { quoteId: q.quoteId, speaker: q.speaker }).catch(failed(room.articleId));
      }
    });
  }

  /** Newest first: edit sessions, quote confirmations, thread changes, audit entries of the article. */
  async list(articleId: string): Promise<ActivityEntry[]> {
    const [rows, threads, audit] = await Promise.all([
      this.storage.listActivity(articleId, LIMIT),
      this.storage.threadChangesSince(articleId, 0),
      this.storage.articleAudit(articleId, LIMIT),
    ]);
    const out: ActivityEntry[] = [
      ...rows.map((r): ActivityEntry =>
        r.kind === 'edit'
          ? { kind: 'edit', at: r.endedAt, by: r.user, detail: { startedAt: r.startedAt, updates: r.updates, inserted: r.inserted, deleted: r.deleted } }
          : { kind: 'quote-confirmed', at: r.endedAt, by: r.user, detail: r.detail },
      ),
      ...threads.changes.slice(-LIMIT).map(
        (c): ActivityEntry => ({ kind: 'comment', at: c.at, by: c.by, detail: { type: c.type, threadId: c.threadId, commentId: c.commentId } }),
      ),
      ...audit.map(
        (a): ActivityEntry => ({
          kind: a.action === 'published' ? 'publish' : a.action === 'transitioned' ? 'transition' : 'audit',
          at: a.at,
          by: a.actor === null ? null : { id: '', name: a.actor },
          detail: { action: a.action, ...a.detail },
        }),
      ),
    ];
    return out.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0));
  }
}

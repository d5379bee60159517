/**
 * Who changed what. Records, from the rooms' events, each stored batch's edits under the user of
 * the connection that sent them (grouped into edit sessions: a session grows while the same user
 * stores again within EDIT_SESSION_GAP_MS) and each quote confirmation; answers the article's
 * activity merged with thread changes (the thread log) and transitions/publishes (the audit log),
 * a page at a time.
 * Edits are counted by the rooms' group commit once stored (server/collab/group-commit.ts) and
 * written at most a second later, on unload and before a page is read, so a page has every stored
 * edit of this instance; a crash loses at most the last second's counts, never an edit. A failing
 * activity write is dropped (logged) rather than hold up an edit.
 */
import type { Logger } from 'pino';
import type { RoomManager } from '../collab/rooms';
import { ActivitySource, type ActivityKey, type Storage } from '../storage/types';

/** Edits of one user less than this apart (ms) belong to one session. */
export const EDIT_SESSION_GAP_MS = 5 * 60 * 1000;

type Who = { id: string; name: string } | null;
/** One entry of `GET /api/articles/:id/activity`. Kinds: edit, quote-confirmed, comment, transition, publish, other. */
export type ActivityEntry = {
  kind: 'edit' | 'quote-confirmed' | 'comment' | 'transition' | 'publish' | 'audit';
  at: string;
  by: Who;
  /** edit: `{ startedAt, updates, inserted, deleted }`; others: what the source recorded. */
  detail: Record<string, unknown>;
};
export type ActivityPage = { activity: ActivityEntry[]; next: ActivityKey | null };

export class ActivityService {
  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomManager,
    logger: Logger,
  ) {
    // Edits are recorded by the rooms' group commit (written once a second; `page` writes them first).
    const failed = (articleId: string) => (e: Error) => logger.warn({ err: e, articleId }, 'recording activity failed');
    rooms.events.on('quote-confirmed', (room, quotes, author) => {
      const at = new Date().toISOString();
      for (const q of quotes) {
        storage.recordQuoteConfirmed(room.articleId, { id: author.user.id, name: author.user.name }, at, { quoteId: q.quoteId, speaker: q.speaker }).catch(failed(room.articleId));
      }
    });
  }

  /**
   * One page of the article's activity, newest first in the `ActivityKey` order (time, then source,
   * then the row's id): edit sessions, quote confirmations, thread changes, audit entries. Each
   * source is read from `before` with the limit in SQL, and the first `limit` of their merge kept;
   * `next` is the key of the page's last entry, null when no older entry exists.
   */
  async page(articleId: string, before: ActivityKey | null, limit: number): Promise<ActivityPage> {
    await this.rooms.commit.flushActivity();
    const { sessions, comments, audit } = await this.storage.activityPage(articleId, before, limit + 1);
    const keyed: { key: ActivityKey; entry: ActivityEntry }[] = [
      ...sessions.map((r) => ({
        key: { at: r.endedAt, source: ActivitySource.session, id: r.id },
        entry:
          r.kind === 'edit'
            ? ({ kind: 'edit', at: r.endedAt, by: r.user, detail: { startedAt: r.startedAt, updates: r.updates, inserted: r.inserted, deleted: r.deleted } } as const)
            : ({ kind: 'quote-confirmed', at: r.endedAt, by: r.user, detail: r.detail } as const),
      })),
      ...comments.map((c) => ({
        key: { at: c.at, source: ActivitySource.comment, id: c.seq },
        entry: { kind: 'comment', at: c.at, by: c.by, detail: { type: c.type, threadId: c.threadId, commentId: c.commentId } } as const,
      })),
      ...audit.map((a) => ({
        key: { at: a.at, source: ActivitySource.audit, id: a.seq },
        entry: {
          kind: a.action === 'published' ? 'publish' : a.action === 'transitioned' ? 'transition' : 'audit',
          at: a.at,
          by: a.actor === null ? null : { id: '', name: a.actor },
          detail: { action: a.action, ...a.detail },
        } satisfies ActivityEntry,
      })),
    ];
    keyed.sort((x, y) => compareKeys(y.key, x.key));
    const kept = keyed.slice(0, limit);
    return { activity: kept.map((k) => k.entry), next: keyed.length > limit ? kept[kept.length - 1].key : null };
  }
}

/** The `ActivityKey` order, ascending (pages list it descending). */
export function compareKeys(a: ActivityKey, b: ActivityKey): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.source !== b.source) return a.source - b.source;
  return a.id - b.id;
}

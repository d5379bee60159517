/**
 * Row shapes and row → object mappings of the thread store (threads-store.ts). Booleans read back as
 * 0/1 on SQLite and true/false on Postgres, so they go through `Boolean`.
 */
import type { Notification, Thread, ThreadChange, ThreadChangeType, ThreadStatus } from '../../shared/threads/threads';

/** A thread joined with one of its comments (`c_*` null for a thread without comments). */
export type ThreadCommentRow = {
  id: string;
  article_id: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  status: string;
  blocking: number | boolean;
  created_by_id: string;
  created_by_name: string;
  created_at: string;
  updated_at: string;
  c_id: string | null;
  c_author_id: string;
  c_author_name: string;
  c_body: string;
  c_created_at: string;
  c_edited_at: string | null;
  c_deleted: number | boolean;
};

/** Threads with their comments in one statement (one consistent read); callers add WHERE and ORDER BY. */
export const THREADS_WITH_COMMENTS = `
  SELECT t.id, t.article_id, t.anchor_start, t.anchor_end, t.quote, t.status, t.blocking, t.created_by_id,
         t.created_by_name, t.created_at, t.updated_at, c.id AS c_id, c.author_id AS c_author_id,
         c.author_name AS c_author_name, c.body AS c_body, c.created_at AS c_created_at,
         c.edited_at AS c_edited_at, c.deleted AS c_deleted
  FROM threads t LEFT JOIN comments c ON c.thread_id = t.id`;

/** Groups joined rows (ordered by thread, then comment position) into threads, keeping the row order. */
export function toThreads(rows: ThreadCommentRow[]): Thread[] {
  const threads = new Map<string, Thread>();
  for (const r of rows) {
    let t = threads.get(r.id);
    if (!t) {
      t = {
        id: r.id,
        articleId: r.article_id,
        anchor: { start: r.anchor_start, end: r.anchor_end },
        quote: r.quote,
        status: r.status as ThreadStatus,
        blocking: Boolean(r.blocking),
        createdBy: { id: r.created_by_id, name: r.created_by_name },
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        comments: [],
      };
      threads.set(r.id, t);
    }
    if (r.c_id === null) continue;
    t.comments.push({
      id: r.c_id,
      threadId: r.id,
      author: { id: r.c_author_id, name: r.c_author_name },
      body: r.c_body,
      createdAt: r.c_created_at,
      editedAt: r.c_edited_at,
      deleted: Boolean(r.c_deleted),
    });
  }
  return [...threads.values()];
}

/** A `thread_changes` row; `thread_json` is TEXT on SQLite (a string) and JSONB on Postgres (parsed). */
export type ChangeRow = {
  article_id: string;
  seq: number;
  type: string;
  thread_id: string;
  comment_id: string | null;
  by_id: string;
  by_name: string;
  at: string;
  thread_json: string | Thread;
};

export const CHANGE_COLUMNS = 'article_id, seq, type, thread_id, comment_id, by_id, by_name, at, thread_json';

export function toChange(r: ChangeRow): ThreadChange {
  return {
    seq: r.seq,
    articleId: r.article_id,
    type: r.type as ThreadChangeType,
    threadId: r.thread_id,
    commentId: r.comment_id,
    thread: typeof r.thread_json === 'string' ? (JSON.parse(r.thread_json) as Thread) : r.thread_json,
    by: { id: r.by_id, name: r.by_name },
    at: r.at,
  };
}

export type NotificationRow = {
  id: string;
  user_id: string;
  article_id: string;
  thread_id: string;
  comment_id: string;
  from_id: string;
  from_name: string;
  excerpt: string;
  created_at: string;
  read_at: string | null;
};

export const NOTIFICATION_COLUMNS = 'id, user_id, article_id, thread_id, comment_id, from_id, from_name, excerpt, created_at, read_at';

export function toNotification(r: NotificationRow): Notification {
  return {
    id: r.id,
    userId: r.user_id,
    articleId: r.article_id,
    threadId: r.thread_id,
    commentId: r.comment_id,
    from: { id: r.from_id, name: r.from_name },
    excerpt: r.excerpt,
    createdAt: r.created_at,
    readAt: r.read_at,
  };
}

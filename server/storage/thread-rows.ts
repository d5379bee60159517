/** Row shapes and row → object mappings shared by the SQLite and Postgres thread stores. */
import type { Notification, Thread, ThreadChange, ThreadChangeType } from '../../shared/threads/threads';

/** A `thread_changes` row; `thread_json` is text in SQLite and parsed JSONB in Postgres. */
export type ChangeRow<ThreadJson> = {
  article_id: string;
  seq: number;
  type: string;
  thread_id: string;
  comment_id: string | null;
  by_id: string;
  by_name: string;
  at: string;
  thread_json: ThreadJson;
};

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

/** A change row with its thread snapshot already decoded. */
export function toChange(r: ChangeRow<unknown>, thread: Thread): ThreadChange {
  return {
    seq: r.seq,
    articleId: r.article_id,
    type: r.type as ThreadChangeType,
    threadId: r.thread_id,
    commentId: r.comment_id,
    thread,
    by: { id: r.by_id, name: r.by_name },
    at: r.at,
  };
}

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

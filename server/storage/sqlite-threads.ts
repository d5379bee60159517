/** SQLite implementation of ThreadStore and NotificationStore (tables from migration 4). */
import type Database from 'better-sqlite3';
import type { Comment, Thread, ThreadChange, ThreadStatus } from '../../shared/threads/threads';
import { toChange as changeFromRow, toNotification, type ChangeRow as ChangeRowOf, type NotificationRow } from './thread-rows';
import { DuplicateIdError, type NotificationStore, type ThreadMutation, type ThreadStore } from './types';

type ThreadRow = {
  id: string;
  article_id: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  status: string;
  blocking: number;
  created_by_id: string;
  created_by_name: string;
  created_at: string;
  updated_at: string;
};
type CommentRow = {
  id: string;
  thread_id: string;
  position: number;
  author_id: string;
  author_name: string;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted: number;
};
type ChangeRow = ChangeRowOf<string>;

const toComment = (r: CommentRow): Comment => ({
  id: r.id,
  threadId: r.thread_id,
  author: { id: r.author_id, name: r.author_name },
  body: r.body,
  createdAt: r.created_at,
  editedAt: r.edited_at,
  deleted: r.deleted === 1,
});

const toThread = (r: ThreadRow, comments: Comment[]): Thread => ({
  id: r.id,
  articleId: r.article_id,
  anchor: { start: r.anchor_start, end: r.anchor_end },
  quote: r.quote,
  status: r.status as ThreadStatus,
  blocking: r.blocking === 1,
  createdBy: { id: r.created_by_id, name: r.created_by_name },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  comments,
});

const toChange = (r: ChangeRow): ThreadChange => changeFromRow(r, JSON.parse(r.thread_json) as Thread);


const isUniqueViolation = (e: unknown) =>
  ['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE'].includes((e as { code?: string }).code ?? '');

export function sqliteThreadStore(db: Database.Database): ThreadStore & NotificationStore {
  const q = {
    thread: db.prepare('SELECT * FROM threads WHERE id = ?'),
    threadsOf: db.prepare('SELECT * FROM threads WHERE article_id = ? ORDER BY created_at, id'),
    blockingOf: db.prepare("SELECT * FROM threads WHERE article_id = ? AND status = 'open' AND blocking = 1 ORDER BY created_at, id"),
    commentsOf: db.prepare('SELECT * FROM comments WHERE thread_id = ? ORDER BY position'),
    commentsOfArticle: db.prepare(
      'SELECT c.* FROM comments c JOIN threads t ON t.id = c.thread_id WHERE t.article_id = ? ORDER BY c.thread_id, c.position',
    ),
    comment: db.prepare('SELECT * FROM comments WHERE id = ?'),
    insertThread: db.prepare(
      `INSERT INTO threads (id, article_id, anchor_start, anchor_end, quote, status, blocking, created_by_id,
         created_by_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertComment: db.prepare(
      `INSERT INTO comments (id, thread_id, position, author_id, author_name, body, created_at, edited_at, deleted)
       VALUES (?, ?, (SELECT COUNT(*) FROM comments WHERE thread_id = ?), ?, ?, ?, ?, ?, ?)`,
    ),
    editComment: db.prepare('UPDATE comments SET body = ?, edited_at = ? WHERE id = ? AND thread_id = ?'),
    deleteComment: db.prepare("UPDATE comments SET body = '', deleted = 1 WHERE id = ? AND thread_id = ?"),
    scrubChanges: db.prepare(
      `UPDATE thread_changes SET thread_json = json_set(thread_json, @path || '.body', '')
       WHERE thread_id = @threadId AND json_extract(thread_json, @path || '.id') = @commentId`,
    ),
    scrubNotifications: db.prepare("UPDATE notifications SET excerpt = '' WHERE comment_id = ?"),
    setStatus: db.prepare('UPDATE threads SET status = ? WHERE id = ?'),
    setBlocking: db.prepare('UPDATE threads SET blocking = ? WHERE id = ?'),
    touchThread: db.prepare('UPDATE threads SET updated_at = ? WHERE id = ?'),
    bumpSeq: db.prepare('UPDATE articles SET thread_seq = thread_seq + 1 WHERE id = ? RETURNING thread_seq'),
    seq: db.prepare('SELECT thread_seq FROM articles WHERE id = ?'),
    insertChange: db.prepare(
      `INSERT INTO thread_changes (article_id, seq, type, thread_id, comment_id, by_id, by_name, at, thread_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    changesSince: db.prepare('SELECT * FROM thread_changes WHERE article_id = ? AND seq > ? ORDER BY seq'),
    changeAdding: db.prepare(
      "SELECT * FROM thread_changes WHERE comment_id = ? AND type IN ('thread-created', 'comment-added') ORDER BY seq LIMIT 1",
    ),
    insertNotification: db.prepare(
      `INSERT INTO notifications (id, user_id, article_id, thread_id, comment_id, from_id, from_name, excerpt, created_at, read_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    notifications: db.prepare('SELECT * FROM notifications WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?'),
    unreadNotifications: db.prepare(
      'SELECT * FROM notifications WHERE user_id = ? AND read_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ?',
    ),
    readAll: db.prepare('UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL'),
    readOne: db.prepare('UPDATE notifications SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL'),
  };

  const loadThread = (threadId: string): Thread | null => {
    const row = q.thread.get(threadId) as ThreadRow | undefined;
    return row ? toThread(row, (q.commentsOf.all(threadId) as CommentRow[]).map(toComment)) : null;
  };

  const insertComment = (c: Comment) =>
    q.insertComment.run(c.id, c.threadId, c.threadId, c.author.id, c.author.name, c.body, c.createdAt, c.editedAt, c.deleted ? 1 : 0);

  /** The change itself, on the rows; the transaction around it does the bookkeeping. */
  const apply = (m: ThreadMutation): { threadId: string; commentId: string | null } => {
    switch (m.type) {
      case 'thread-created': {
        const t = m.thread;
        q.insertThread.run(t.id, t.articleId, t.anchor.start, t.anchor.end, t.quote, t.status, t.blocking ? 1 : 0,
          t.createdBy.id, t.createdBy.name, t.createdAt, t.updatedAt);
        for (const c of t.comments) insertComment(c);
        return { threadId: t.id, commentId: t.comments[0]?.id ?? null };
      }
      case 'comment-added':
        insertComment(m.comment);
        return { threadId: m.threadId, commentId: m.comment.id };
      case 'comment-edited':
        must(q.editComment.run(m.body, m.at, m.commentId, m.threadId).changes, m.commentId);
        return { threadId: m.threadId, commentId: m.commentId };
      case 'comment-deleted': {
        must(q.deleteComment.run(m.commentId, m.threadId).changes, m.commentId);
        const { position } = q.comment.get(m.commentId) as CommentRow;
        q.scrubChanges.run({ path: `$.comments[${position}]`, threadId: m.threadId, commentId: m.commentId });
        q.scrubNotifications.run(m.commentId);
        return { threadId: m.threadId, commentId: m.commentId };
      }
      case 'thread-resolved':
      case 'thread-reopened':
        must(q.setStatus.run(m.type === 'thread-resolved' ? 'resolved' : 'open', m.threadId).changes, m.threadId);
        return { threadId: m.threadId, commentId: null };
      case 'thread-blocking':
        must(q.setBlocking.run(m.blocking ? 1 : 0, m.threadId).changes, m.threadId);
        return { threadId: m.threadId, commentId: null };
      default: {
        const unreachable: never = m;
        throw new Error(`unknown thread mutation ${JSON.stringify(unreachable)}`);
      }
    }
  };

  const applyTx = db.transaction((m: ThreadMutation): ThreadChange => {
    const { threadId, commentId } = apply(m);
    q.touchThread.run(m.at, threadId);
    const thread = loadThread(threadId);
    if (!thread || thread.articleId !== m.articleId) throw new Error(`thread ${threadId} is not on article ${m.articleId}`);
    const bumped = q.bumpSeq.get(m.articleId) as { thread_seq: number } | undefined;
    if (!bumped) throw new Error(`no article ${m.articleId}`);
    const change: ThreadChange = {
      seq: bumped.thread_seq,
      articleId: m.articleId,
      type: m.type,
      threadId,
      commentId,
      thread,
      by: m.by,
      at: m.at,
    };
    q.insertChange.run(m.articleId, change.seq, m.type, threadId, commentId, m.by.id, m.by.name, m.at, JSON.stringify(thread));
    for (const n of m.notifications) {
      q.insertNotification.run(n.id, n.userId, n.articleId, n.threadId, n.commentId, n.from.id, n.from.name, n.excerpt, n.createdAt, n.readAt);
    }
    return change;
  });

  const listTx = db.transaction((articleId: string) => {
    const byThread = new Map<string, Comment[]>();
    for (const r of q.commentsOfArticle.all(articleId) as CommentRow[]) {
      const list = byThread.get(r.thread_id) ?? [];
      list.push(toComment(r));
      byThread.set(r.thread_id, list);
    }
    const threads = (q.threadsOf.all(articleId) as ThreadRow[]).map((r) => toThread(r, byThread.get(r.id) ?? []));
    return { seq: seqOf(articleId), threads };
  });
  const sinceTx = db.transaction((articleId: string, since: number) => ({
    seq: seqOf(articleId),
    changes: (q.changesSince.all(articleId, since) as ChangeRow[]).map(toChange),
  }));
  const seqOf = (articleId: string) => (q.seq.get(articleId) as { thread_seq: number } | undefined)?.thread_seq ?? 0;
  const readTx = db.transaction((userId: string, ids: string[] | null, at: string) =>
    ids === null ? q.readAll.run(at, userId).changes : ids.reduce((n, id) => n + q.readOne.run(at, userId, id).changes, 0),
  );

  return {
    async applyThreadMutation(m) {
      try {
        return applyTx(m);
      } catch (e) {
        if (isUniqueViolation(e)) {
          throw new DuplicateIdError(m.type === 'thread-created' ? m.thread.id : m.type === 'comment-added' ? m.comment.id : m.threadId);
        }
        throw e;
      }
    },
    async getThread(threadId) {
      return loadThread(threadId);
    },
    async threadOfComment(commentId) {
      const row = q.comment.get(commentId) as CommentRow | undefined;
      return row ? loadThread(row.thread_id) : null;
    },
    async changeAddingComment(commentId) {
      const row = q.changeAdding.get(commentId) as ChangeRow | undefined;
      return row ? toChange(row) : null;
    },
    async listThreads(articleId) {
      return listTx(articleId);
    },
    async threadChangesSince(articleId, since) {
      return sinceTx(articleId, since);
    },
    async openBlockingThreads(articleId) {
      return (q.blockingOf.all(articleId) as ThreadRow[]).map((r) => toThread(r, (q.commentsOf.all(r.id) as CommentRow[]).map(toComment)));
    },
    async listNotifications(userId, { unreadOnly, limit }) {
      return ((unreadOnly ? q.unreadNotifications : q.notifications).all(userId, limit) as NotificationRow[]).map(toNotification);
    },
    async markNotificationsRead(userId, ids, at) {
      return readTx(userId, ids, at);
    },
  };
}

/** An UPDATE that matched no row means the caller's checks and the database disagree: abort the transaction. */
function must(changes: number, id: string): void {
  if (changes !== 1) throw new Error(`no row for ${id}`);
}

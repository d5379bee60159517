/**
 * Threads, comments, the thread change log and notifications over the SQL port (tables from
 * migration 4), the same code on SQLite and Postgres. Only blanking a deleted comment inside the
 * logged thread snapshots differs (SQLite JSON functions on TEXT, Postgres jsonb on JSONB).
 */
import type { Comment, Thread, ThreadChange } from '../../shared/threads/threads';
import type { SqlExecutor, SqlPort } from './sql/port';
import {
  CHANGE_COLUMNS,
  NOTIFICATION_COLUMNS,
  THREADS_WITH_COMMENTS,
  toChange,
  toNotification,
  toThreads,
  type ChangeRow,
  type NotificationRow,
  type ThreadCommentRow,
} from './thread-rows';
import { DuplicateIdError, type NotificationStore, type ThreadMutation, type ThreadStore } from './types';

/** Ids per `IN (…)` list: far below either database's parameter limit. */
const CHUNK = 500;

async function loadThread(db: SqlExecutor, threadId: string): Promise<Thread | null> {
  const rows = await db.all<ThreadCommentRow>(`${THREADS_WITH_COMMENTS} WHERE t.id = ? ORDER BY c.position`, [threadId]);
  return toThreads(rows)[0] ?? null;
}

async function seqOf(db: SqlExecutor, articleId: string): Promise<number> {
  return (await db.get<{ thread_seq: number }>('SELECT thread_seq FROM articles WHERE id = ?', [articleId]))?.thread_seq ?? 0;
}

async function insertComment(tx: SqlExecutor, c: Comment): Promise<void> {
  await tx.run(
    `INSERT INTO comments (id, thread_id, position, author_id, author_name, body, created_at, edited_at, deleted)
     VALUES (?, ?, (SELECT COUNT(*) FROM comments WHERE thread_id = ?), ?, ?, ?, ?, ?, ?)`,
    [c.id, c.threadId, c.threadId, c.author.id, c.author.name, c.body, c.createdAt, c.editedAt, c.deleted],
  );
}

/** An UPDATE that matched no row means the caller's checks and the database disagree: abort the transaction. */
function must(changes: number, id: string): void {
  if (changes !== 1) throw new Error(`no row for ${id}`);
}

/** Blanks the deleted comment's body in every logged snapshot of its thread (it sits at `position`). */
async function scrubLoggedBody(tx: SqlExecutor, threadId: string, commentId: string, position: number): Promise<void> {
  if (tx.dialect === 'sqlite') {
    const at = `$.comments[${position}]`;
    await tx.run(
      "UPDATE thread_changes SET thread_json = json_set(thread_json, ?, '') WHERE thread_id = ? AND json_extract(thread_json, ?) = ?",
      [`${at}.body`, threadId, `${at}.id`, commentId],
    );
  } else {
    const at = `comments,${position}`;
    await tx.run(
      `UPDATE thread_changes SET thread_json = jsonb_set(thread_json, CAST(? AS text[]), '""')
       WHERE thread_id = ? AND thread_json #>> CAST(? AS text[]) = ?`,
      [`{${at},body}`, threadId, `{${at},id}`, commentId],
    );
  }
}

/** The change itself, on the rows; the transaction around it does the bookkeeping. */
async function apply(tx: SqlExecutor, m: ThreadMutation): Promise<{ threadId: string; commentId: string | null }> {
  switch (m.type) {
    case 'thread-created': {
      const t = m.thread;
      await tx.run(
        `INSERT INTO threads (id, article_id, anchor_start, anchor_end, quote, status, blocking, created_by_id,
           created_by_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [t.id, t.articleId, t.anchor.start, t.anchor.end, t.quote, t.status, t.blocking, t.createdBy.id, t.createdBy.name, t.createdAt, t.updatedAt],
      );
      for (const c of t.comments) await insertComment(tx, c);
      return { threadId: t.id, commentId: t.comments[0]?.id ?? null };
    }
    case 'comment-added':
      await insertComment(tx, m.comment);
      return { threadId: m.threadId, commentId: m.comment.id };
    case 'comment-edited':
      must(await tx.run('UPDATE comments SET body = ?, edited_at = ? WHERE id = ? AND thread_id = ?', [m.body, m.at, m.commentId, m.threadId]), m.commentId);
      return { threadId: m.threadId, commentId: m.commentId };
    case 'comment-deleted': {
      const row = await tx.get<{ position: number }>(
        "UPDATE comments SET body = '', deleted = ? WHERE id = ? AND thread_id = ? RETURNING position",
        [true, m.commentId, m.threadId],
      );
      must(row ? 1 : 0, m.commentId);
      await scrubLoggedBody(tx, m.threadId, m.commentId, row!.position);
      await tx.run("UPDATE notifications SET excerpt = '' WHERE comment_id = ?", [m.commentId]);
      return { threadId: m.threadId, commentId: m.commentId };
    }
    case 'thread-resolved':
    case 'thread-reopened':
      must(await tx.run('UPDATE threads SET status = ? WHERE id = ?', [m.type === 'thread-resolved' ? 'resolved' : 'open', m.threadId]), m.threadId);
      return { threadId: m.threadId, commentId: null };
    case 'thread-blocking':
      must(await tx.run('UPDATE threads SET blocking = ? WHERE id = ?', [m.blocking, m.threadId]), m.threadId);
      return { threadId: m.threadId, commentId: null };
    default: {
      const unreachable: never = m;
      throw new Error(`unknown thread mutation ${JSON.stringify(unreachable)}`);
    }
  }
}

async function applyTx(tx: SqlExecutor, m: ThreadMutation): Promise<ThreadChange> {
  // Bumping first takes the article row's lock on Postgres, which serialises the article's thread
  // changes (and so comment positions) across connections and instances, as SQLite's single writer does.
  const bumped = await tx.get<{ thread_seq: number }>('UPDATE articles SET thread_seq = thread_seq + 1 WHERE id = ? RETURNING thread_seq', [m.articleId]);
  if (!bumped) throw new Error(`no article ${m.articleId}`);
  const { threadId, commentId } = await apply(tx, m);
  await tx.run('UPDATE threads SET updated_at = ? WHERE id = ?', [m.at, threadId]);
  // Read back, so the logged snapshot and the answer hold exactly what was stored.
  const thread = await loadThread(tx, threadId);
  if (!thread || thread.articleId !== m.articleId) throw new Error(`thread ${threadId} is not on article ${m.articleId}`);
  const change: ThreadChange = { seq: bumped.thread_seq, articleId: m.articleId, type: m.type, threadId, commentId, thread, by: m.by, at: m.at };
  await tx.run(`INSERT INTO thread_changes (${CHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
    m.articleId, change.seq, m.type, threadId, commentId, m.by.id, m.by.name, m.at, JSON.stringify(thread),
  ]);
  for (const n of m.notifications) {
    await tx.run(`INSERT INTO notifications (${NOTIFICATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      n.id, n.userId, n.articleId, n.threadId, n.commentId, n.from.id, n.from.name, n.excerpt, n.createdAt, n.readAt,
    ]);
  }
  return change;
}

const newId = (m: ThreadMutation) => (m.type === 'thread-created' ? m.thread.id : m.type === 'comment-added' ? m.comment.id : m.threadId);

export function threadsStore(port: SqlPort): ThreadStore & NotificationStore {
  return {
    async applyThreadMutation(m) {
      try {
        return await port.transaction((tx) => applyTx(tx, m));
      } catch (e) {
        if (port.isUniqueViolation(e)) throw new DuplicateIdError(newId(m));
        throw e;
      }
    },
    getThread: (threadId) => loadThread(port, threadId),
    async threadOfComment(commentId) {
      const row = await port.get<{ thread_id: string }>('SELECT thread_id FROM comments WHERE id = ?', [commentId]);
      return row ? loadThread(port, row.thread_id) : null;
    },
    async changeAddingComment(commentId) {
      const row = await port.get<ChangeRow>(
        `SELECT ${CHANGE_COLUMNS} FROM thread_changes WHERE comment_id = ? AND type IN ('thread-created', 'comment-added') ORDER BY seq LIMIT 1`,
        [commentId],
      );
      return row ? toChange(row) : null;
    },
    listThreads: (articleId) =>
      port.transaction(async (tx) => {
        const rows = await tx.all<ThreadCommentRow>(`${THREADS_WITH_COMMENTS} WHERE t.article_id = ? ORDER BY t.created_at, t.id, c.position`, [articleId]);
        return { seq: await seqOf(tx, articleId), threads: toThreads(rows) };
      }, 'snapshot'),
    threadChangesSince: (articleId, since) =>
      port.transaction(async (tx) => {
        const rows = await tx.all<ChangeRow>(`SELECT ${CHANGE_COLUMNS} FROM thread_changes WHERE article_id = ? AND seq > ? ORDER BY seq`, [articleId, since]);
        return { seq: await seqOf(tx, articleId), changes: rows.map(toChange) };
      }, 'snapshot'),
    async openBlockingThreads(articleId) {
      const rows = await port.all<ThreadCommentRow>(
        `${THREADS_WITH_COMMENTS} WHERE t.article_id = ? AND t.status = 'open' AND t.blocking = ? ORDER BY t.created_at, t.id, c.position`,
        [articleId, true],
      );
      return toThreads(rows);
    },
    async listNotifications(userId, { unreadOnly, limit }) {
      const rows = await port.all<NotificationRow>(
        `SELECT ${NOTIFICATION_COLUMNS} FROM notifications WHERE user_id = ? ${unreadOnly ? 'AND read_at IS NULL' : ''}
         ORDER BY created_at DESC, id DESC LIMIT ?`,
        [userId, limit],
      );
      return rows.map(toNotification);
    },
    async markNotificationsRead(userId, ids, at) {
      const unread = 'UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL';
      if (ids === null) return port.run(unread, [at, userId]);
      const unique = Array.from(new Set(ids));
      return port.transaction(async (tx) => {
        let marked = 0;
        for (let i = 0; i < unique.length; i += CHUNK) {
          const chunk = unique.slice(i, i + CHUNK);
          marked += await tx.run(`${unread} AND id IN (${chunk.map(() => '?').join(', ')})`, [at, userId, ...chunk]);
        }
        return marked;
      });
    },
  };
}

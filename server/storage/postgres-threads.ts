/** Postgres implementation of ThreadStore and NotificationStore (tables from migration 4). */
import type { Pool, PoolClient } from 'pg';
import type { Comment, Thread, ThreadChange, ThreadStatus } from '../../shared/threads/threads';
import { toChange as changeFromRow, toNotification, type ChangeRow as ChangeRowOf, type NotificationRow } from './thread-rows';
import { DuplicateIdError, type NotificationStore, type ThreadMutation, type ThreadStore } from './types';
import { inTransaction, isUniqueViolation, pgJson, pgText } from './postgres-tx';

/** A thread joined with one of its comments (`c_*` null for a thread without comments). */
type ThreadCommentRow = {
  id: string;
  article_id: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  status: string;
  blocking: boolean;
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
  c_deleted: boolean;
};
type ChangeRow = ChangeRowOf<Thread>;

/** Threads with their comments in one statement (one snapshot); callers add WHERE and ORDER BY's leading keys. */
const THREADS_WITH_COMMENTS = `
  SELECT t.*, c.id AS c_id, c.author_id AS c_author_id, c.author_name AS c_author_name, c.body AS c_body,
         c.created_at AS c_created_at, c.edited_at AS c_edited_at, c.deleted AS c_deleted
  FROM threads t LEFT JOIN comments c ON c.thread_id = t.id`;

/** Groups joined rows (ordered by thread, then comment position) into threads, keeping the row order. */
function toThreads(rows: ThreadCommentRow[]): Thread[] {
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
        blocking: r.blocking,
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
      deleted: r.c_deleted,
    });
  }
  return [...threads.values()];
}

const toChange = (r: ChangeRow): ThreadChange => changeFromRow(r, r.thread_json);


type Queryable = Pool | PoolClient;

async function loadThread(db: Queryable, threadId: string): Promise<Thread | null> {
  const { rows } = await db.query<ThreadCommentRow>(`${THREADS_WITH_COMMENTS} WHERE t.id = $1 ORDER BY c.position`, [threadId]);
  return toThreads(rows)[0] ?? null;
}

async function seqOf(db: Queryable, articleId: string): Promise<number> {
  const { rows } = await db.query<{ thread_seq: number }>('SELECT thread_seq FROM articles WHERE id = $1', [articleId]);
  return rows[0]?.thread_seq ?? 0;
}

async function insertComment(c: PoolClient, comment: Comment): Promise<void> {
  await c.query(
    `INSERT INTO comments (id, thread_id, position, author_id, author_name, body, created_at, edited_at, deleted)
     VALUES ($1, $2, (SELECT COUNT(*) FROM comments WHERE thread_id = $2), $3, $4, $5, $6, $7, $8)`,
    [comment.id, comment.threadId, comment.author.id, pgText(comment.author.name), pgText(comment.body), comment.createdAt, comment.editedAt, comment.deleted],
  );
}

/** An UPDATE that matched no row means the caller's checks and the database disagree: abort the transaction. */
function must(changes: number | null, id: string): void {
  if (changes !== 1) throw new Error(`no row for ${id}`);
}

/** The change itself, on the rows; the transaction around it does the bookkeeping. */
async function apply(c: PoolClient, m: ThreadMutation): Promise<{ threadId: string; commentId: string | null }> {
  switch (m.type) {
    case 'thread-created': {
      const t = m.thread;
      await c.query(
        `INSERT INTO threads (id, article_id, anchor_start, anchor_end, quote, status, blocking, created_by_id,
           created_by_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [t.id, t.articleId, pgText(t.anchor.start), pgText(t.anchor.end), pgText(t.quote), t.status, t.blocking, t.createdBy.id, pgText(t.createdBy.name), t.createdAt, t.updatedAt],
      );
      for (const comment of t.comments) await insertComment(c, comment);
      return { threadId: t.id, commentId: t.comments[0]?.id ?? null };
    }
    case 'comment-added':
      await insertComment(c, m.comment);
      return { threadId: m.threadId, commentId: m.comment.id };
    case 'comment-edited': {
      const r = await c.query('UPDATE comments SET body = $1, edited_at = $2 WHERE id = $3 AND thread_id = $4', [pgText(m.body), m.at, m.commentId, m.threadId]);
      must(r.rowCount, m.commentId);
      return { threadId: m.threadId, commentId: m.commentId };
    }
    case 'comment-deleted': {
      const r = await c.query<{ position: number }>(
        "UPDATE comments SET body = '', deleted = true WHERE id = $1 AND thread_id = $2 RETURNING position",
        [m.commentId, m.threadId],
      );
      must(r.rowCount, m.commentId);
      const path = ['comments', String(r.rows[0].position)];
      await c.query(
        `UPDATE thread_changes SET thread_json = jsonb_set(thread_json, $1::text[] || '{body}', '""')
         WHERE thread_id = $2 AND thread_json #>> ($1::text[] || '{id}') = $3`,
        [path, m.threadId, m.commentId],
      );
      await c.query("UPDATE notifications SET excerpt = '' WHERE comment_id = $1", [m.commentId]);
      return { threadId: m.threadId, commentId: m.commentId };
    }
    case 'thread-resolved':
    case 'thread-reopened': {
      const r = await c.query('UPDATE threads SET status = $1 WHERE id = $2', [m.type === 'thread-resolved' ? 'resolved' : 'open', m.threadId]);
      must(r.rowCount, m.threadId);
      return { threadId: m.threadId, commentId: null };
    }
    case 'thread-blocking': {
      const r = await c.query('UPDATE threads SET blocking = $1 WHERE id = $2', [m.blocking, m.threadId]);
      must(r.rowCount, m.threadId);
      return { threadId: m.threadId, commentId: null };
    }
    default: {
      const unreachable: never = m;
      throw new Error(`unknown thread mutation ${JSON.stringify(unreachable)}`);
    }
  }
}

async function applyTx(c: PoolClient, m: ThreadMutation): Promise<ThreadChange> {
  // Bumping first takes the article row's lock, which serialises the article's thread changes (and so
  // comment positions) across connections and instances, as SQLite's single writer does.
  const bumped = await c.query<{ thread_seq: number }>(
    'UPDATE articles SET thread_seq = thread_seq + 1 WHERE id = $1 RETURNING thread_seq',
    [m.articleId],
  );
  if (bumped.rowCount !== 1) throw new Error(`no article ${m.articleId}`);
  const { threadId, commentId } = await apply(c, m);
  await c.query('UPDATE threads SET updated_at = $1 WHERE id = $2', [m.at, threadId]);
  const thread = await loadThread(c, threadId);
  if (!thread || thread.articleId !== m.articleId) throw new Error(`thread ${threadId} is not on article ${m.articleId}`);
  const change: ThreadChange = { seq: bumped.rows[0].thread_seq, articleId: m.articleId, type: m.type, threadId, commentId, thread, by: m.by, at: m.at };
  await c.query(
    `INSERT INTO thread_changes (article_id, seq, type, thread_id, comment_id, by_id, by_name, at, thread_json)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [m.articleId, change.seq, m.type, threadId, commentId, m.by.id, pgText(m.by.name), m.at, pgJson(thread)],
  );
  for (const n of m.notifications) {
    await c.query(
      `INSERT INTO notifications (id, user_id, article_id, thread_id, comment_id, from_id, from_name, excerpt, created_at, read_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [n.id, n.userId, n.articleId, n.threadId, n.commentId, n.from.id, pgText(n.from.name), pgText(n.excerpt), n.createdAt, n.readAt],
    );
  }
  return change;
}

export function postgresThreadStore(pool: Pool): ThreadStore & NotificationStore {
  return {
    async applyThreadMutation(m) {
      try {
        return await inTransaction(pool, (c) => applyTx(c, m));
      } catch (e) {
        if (isUniqueViolation(e)) {
          throw new DuplicateIdError(m.type === 'thread-created' ? m.thread.id : m.type === 'comment-added' ? m.comment.id : m.threadId);
        }
        throw e;
      }
    },
    getThread: (threadId) => loadThread(pool, threadId),
    async threadOfComment(commentId) {
      const { rows } = await pool.query<{ thread_id: string }>('SELECT thread_id FROM comments WHERE id = $1', [commentId]);
      return rows[0] ? loadThread(pool, rows[0].thread_id) : null;
    },
    async changeAddingComment(commentId) {
      const { rows } = await pool.query<ChangeRow>(
        "SELECT * FROM thread_changes WHERE comment_id = $1 AND type IN ('thread-created', 'comment-added') ORDER BY seq LIMIT 1",
        [commentId],
      );
      return rows[0] ? toChange(rows[0]) : null;
    },
    listThreads: (articleId) =>
      inTransaction(
        pool,
        async (c) => {
          const { rows } = await c.query<ThreadCommentRow>(
            `${THREADS_WITH_COMMENTS} WHERE t.article_id = $1 ORDER BY t.created_at, t.id, c.position`,
            [articleId],
          );
          return { seq: await seqOf(c, articleId), threads: toThreads(rows) };
        },
        'snapshot',
      ),
    threadChangesSince: (articleId, since) =>
      inTransaction(
        pool,
        async (c) => {
          const { rows } = await c.query<ChangeRow>('SELECT * FROM thread_changes WHERE article_id = $1 AND seq > $2 ORDER BY seq', [articleId, since]);
          return { seq: await seqOf(c, articleId), changes: rows.map(toChange) };
        },
        'snapshot',
      ),
    async openBlockingThreads(articleId) {
      const { rows } = await pool.query<ThreadCommentRow>(
        `${THREADS_WITH_COMMENTS} WHERE t.article_id = $1 AND t.status = 'open' AND t.blocking ORDER BY t.created_at, t.id, c.position`,
        [articleId],
      );
      return toThreads(rows);
    },
    async listNotifications(userId, { unreadOnly, limit }) {
      const { rows } = await pool.query<NotificationRow>(
        `SELECT * FROM notifications WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''}
         ORDER BY created_at DESC, id DESC LIMIT $2`,
        [userId, limit],
      );
      return rows.map(toNotification);
    },
    async markNotificationsRead(userId, ids, at) {
      const r =
        ids === null
          ? await pool.query('UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL', [at, userId])
          : await pool.query('UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND id = ANY($3::text[]) AND read_at IS NULL', [at, userId, ids]);
      return r.rowCount ?? 0;
    },
  };
}

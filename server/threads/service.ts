/**
 * Comment threads: permission checks, idempotent retries, anchor checks against the live document,
 * mentions, and the one place thread changes are made. Each change is stored (with its sequence
 * bump, change-log entry and notifications, in one transaction) and then announced as `change` and
 * `notification` events, which the desk relays.
 *
 * Contract of every mutating method: `who` is the socket's identity; the user's current role is
 * read from storage per call (a role change or a disable applies at once). Answers `ok` with the
 * thread and the change, or `ok` with `change: null` when the request repeats one already applied
 * (same ids, same content) or changes nothing; a reused id with different content is `conflict`.
 */
import { EventEmitter } from 'node:events';
import { can, type Capability, type Identity } from '../../shared/contract/roles';
import { ErrorCode } from '../../shared/contract/errors';
import { err, ok, type Result } from '../../shared/contract/result';
import type {
  CommentAddRequest,
  CommentDeleteRequest,
  CommentEditRequest,
  ThreadBlockingRequest,
  ThreadCreateRequest,
  ThreadStatusRequest,
} from '../../shared/contract/desk-requests';
import {
  MAX_COMMENTS_PER_THREAD,
  type Notification,
  type Thread,
  type ThreadAck,
  type ThreadChange,
  type ThreadSync,
  type ThreadView,
  type UserRef,
} from '../../shared/threads/threads';
import { decodeAnchor, passageBetween, resolveInArticle, resolvePassage } from '../../shared/threads/anchor';
import { DuplicateIdError, type Storage, type ThreadMutation } from '../storage/types';
import type { RoomManager } from '../collab/rooms';
import { mentionedUsers, mentionNotifications } from './mentions';
import { sameComment, sameThreadCreation } from './retries';
import { KeyedQueue } from './queue';

export type ThreadEvents = { change: [ThreadChange]; notification: [Notification] };

type Acting = { ref: UserRef; identity: Identity };

export class ThreadService extends EventEmitter<ThreadEvents> {
  /** Check-then-write per article runs one at a time on this instance. */
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomManager,
  ) {
    super();
  }

  create(who: Identity, req: ThreadCreateRequest): Promise<Result<ThreadAck>> {
    return this.acting(who, 'comment', req.articleId, async (user) => {
      if (!(await this.storage.getArticle(req.articleId))) return err(ErrorCode.notFound, 'article not found', 'articleId');
      const existing = await this.storage.getThread(req.threadId);
      if (existing) return this.createRetry(existing, user, req);
      const anchorCheck = await this.checkAnchor(req);
      if (!anchorCheck.ok) return anchorCheck;
      const at = new Date().toISOString();
      const thread: Thread = {
        id: req.threadId,
        articleId: req.articleId,
        anchor: req.anchor,
        quote: req.quote,
        status: 'open',
        blocking: req.blocking ?? false,
        createdBy: user.ref,
        createdAt: at,
        updatedAt: at,
        comments: [{ id: req.commentId, threadId: req.threadId, author: user.ref, body: req.body, createdAt: at, editedAt: null, deleted: false }],
      };
      const ctx = { articleId: req.articleId, threadId: req.threadId, commentId: req.commentId, from: user.ref, at };
      const notifications = await mentionNotifications(this.storage, req.body, ctx);
      return this.apply({ type: 'thread-created', articleId: req.articleId, at, by: user.ref, notifications, thread }, async () => {
        const now = await this.storage.getThread(req.threadId);
        return now ? this.createRetry(now, user, req) : err(ErrorCode.conflict, 'this comment id is already used', 'commentId');
      });
    });
  }

  addComment(who: Identity, req: CommentAddRequest): Promise<Result<ThreadAck>> {
    return this.acting(who, 'comment', req.articleId, async (user) => {
      const holder = await this.storage.threadOfComment(req.commentId);
      if (holder) return this.addRetry(holder, user, req);
      const thread = await this.threadOn(req.articleId, req.threadId);
      if (!thread.ok) return thread;
      if (thread.value.comments.length >= MAX_COMMENTS_PER_THREAD) {
        return err(ErrorCode.conflict, `a thread holds at most ${MAX_COMMENTS_PER_THREAD} comments: start a new thread`, 'threadId');
      }
      const at = new Date().toISOString();
      const comment = { id: req.commentId, threadId: req.threadId, author: user.ref, body: req.body, createdAt: at, editedAt: null, deleted: false };
      const ctx = { articleId: req.articleId, threadId: req.threadId, commentId: req.commentId, from: user.ref, at };
      const notifications = await mentionNotifications(this.storage, req.body, ctx);
      return this.apply(
        { type: 'comment-added', articleId: req.articleId, threadId: req.threadId, at, by: user.ref, notifications, comment },
        async () => {
          const now = await this.storage.threadOfComment(req.commentId);
          return now ? this.addRetry(now, user, req) : err(ErrorCode.conflict, 'this comment id is already used', 'commentId');
        },
      );
    });
  }

  editComment(who: Identity, req: CommentEditRequest): Promise<Result<ThreadAck>> {
    return this.acting(who, 'comment', req.articleId, async (user) => {
      const found = await this.commentOn(req.articleId, req.commentId);
      if (!found.ok) return found;
      const { thread, comment } = found.value;
      if (comment.author.id !== user.ref.id) return err(ErrorCode.forbidden, 'only its author may edit a comment', 'commentId');
      if (comment.deleted) return err(ErrorCode.conflict, 'this comment was deleted', 'commentId');
      if (comment.body === req.body) return ok({ thread, change: null });
      const at = new Date().toISOString();
      const before = new Set((await mentionedUsers(this.storage, comment.body)).map((u) => u.id));
      const ctx = { articleId: req.articleId, threadId: thread.id, commentId: comment.id, from: user.ref, at };
      const notifications = await mentionNotifications(this.storage, req.body, ctx, before);
      return this.apply({
        type: 'comment-edited',
        articleId: req.articleId,
        threadId: thread.id,
        commentId: comment.id,
        body: req.body,
        at,
        by: user.ref,
        notifications,
      });
    });
  }

  deleteComment(who: Identity, req: CommentDeleteRequest): Promise<Result<ThreadAck>> {
    return this.acting(who, 'comment', req.articleId, async (user) => {
      const found = await this.commentOn(req.articleId, req.commentId);
      if (!found.ok) return found;
      const { thread, comment } = found.value;
      if (comment.author.id !== user.ref.id && !can(user.identity.role, 'administer')) {
        return err(ErrorCode.forbidden, 'only its author or an admin may delete a comment', 'commentId');
      }
      if (comment.deleted) return ok({ thread, change: null });
      const at = new Date().toISOString();
      return this.apply({ type: 'comment-deleted', articleId: req.articleId, threadId: thread.id, commentId: comment.id, at, by: user.ref, notifications: [] });
    });
  }

  /** Resolve (`resolved`) or reopen (`open`). */
  setStatus(who: Identity, req: ThreadStatusRequest, status: Thread['status']): Promise<Result<ThreadAck>> {
    return this.acting(who, 'comment', req.articleId, async (user) => {
      const thread = await this.threadOn(req.articleId, req.threadId);
      if (!thread.ok) return thread;
      if (thread.value.status === status) return ok({ thread: thread.value, change: null });
      const type = status === 'resolved' ? 'thread-resolved' : 'thread-reopened';
      return this.apply({ type, articleId: req.articleId, threadId: req.threadId, at: new Date().toISOString(), by: user.ref, notifications: [] });
    });
  }

  /** Marking or unmarking a thread as blocking publication is for those who may publish. */
  setBlocking(who: Identity, req: ThreadBlockingRequest): Promise<Result<ThreadAck>> {
    return this.acting(who, 'publish', req.articleId, async (user) => {
      const thread = await this.threadOn(req.articleId, req.threadId);
      if (!thread.ok) return thread;
      if (thread.value.blocking === req.blocking) return ok({ thread: thread.value, change: null });
      const at = new Date().toISOString();
      return this.apply({ type: 'thread-blocking', articleId: req.articleId, threadId: req.threadId, blocking: req.blocking, at, by: user.ref, notifications: [] });
    });
  }

  /** For `article:join`: the changes after `since`, or every thread (no `since`, or `since` ahead of the log). */
  async sync(articleId: string, since: number | undefined): Promise<ThreadSync> {
    if (since !== undefined) {
      const { seq, changes } = await this.storage.threadChangesSince(articleId, since);
      if (since <= seq) return { type: 'changes', seq, changes };
    }
    const { seq, threads } = await this.storage.listThreads(articleId);
    return { type: 'all', seq, all: threads };
  }

  /** Every thread of the article with its passage resolved against the current document. */
  async views(articleId: string): Promise<{ seq: number; threads: ThreadView[] }> {
    const { seq, threads } = await this.storage.listThreads(articleId);
    const passages = threads.length === 0 ? [] : await this.rooms.read(articleId, (doc) => threads.map((t) => resolvePassage(doc, t.anchor, t.quote)));
    return { seq, threads: threads.map((t, i) => ({ ...t, passage: passages[i].text, orphaned: passages[i].orphaned })) };
  }

  openBlocking(articleId: string): Promise<Thread[]> {
    return this.storage.openBlockingThreads(articleId);
  }

  /** Runs `run` for the current user when their role grants `capability`, serialised per article. */
  private async acting(
    who: Identity,
    capability: Capability,
    articleId: string,
    run: (user: Acting) => Promise<Result<ThreadAck>>,
  ): Promise<Result<ThreadAck>> {
    const user = await this.storage.getUser(who.id);
    if (!user || user.disabled) return err(ErrorCode.unauthorized, 'sign in again');
    if (!can(user.role, capability)) return err(ErrorCode.forbidden, `a ${user.role} may not ${capability}`);
    const identity: Identity = { id: user.id, name: user.name, role: user.role };
    return this.queue.run(articleId, () => run({ ref: { id: user.id, name: user.name }, identity }));
  }

  /** Stores the mutation and announces it; `onDuplicate` answers when an id turned out to be taken. */
  private async apply(m: ThreadMutation, onDuplicate?: () => Promise<Result<ThreadAck>>): Promise<Result<ThreadAck>> {
    let change: ThreadChange;
    try {
      change = await this.storage.applyThreadMutation(m);
    } catch (e) {
      if (e instanceof DuplicateIdError && onDuplicate) return onDuplicate();
      throw e;
    }
    this.emit('change', change);
    for (const n of m.notifications) this.emit('notification', n);
    return ok({ thread: change.thread, change });
  }

  private async createRetry(existing: Thread, user: Acting, req: ThreadCreateRequest): Promise<Result<ThreadAck>> {
    const created = existing.comments[0] ? await this.storage.changeAddingComment(existing.comments[0].id) : null;
    if (created && existing.articleId === req.articleId && sameThreadCreation(created.thread, existing, user.ref, req)) {
      return ok({ thread: existing, change: null });
    }
    return err(ErrorCode.conflict, 'a different thread already has this id', 'threadId');
  }

  private async addRetry(holder: Thread, user: Acting, req: CommentAddRequest): Promise<Result<ThreadAck>> {
    const added = await this.storage.changeAddingComment(req.commentId);
    const original = added?.thread.comments.find((c) => c.id === req.commentId);
    const current = holder.comments.find((c) => c.id === req.commentId);
    if (holder.id === req.threadId && holder.articleId === req.articleId && original && current && sameComment(original, current, user.ref, req.body)) {
      return ok({ thread: holder, change: null });
    }
    return err(ErrorCode.conflict, 'a different comment already has this id', 'commentId');
  }

  private async threadOn(articleId: string, threadId: string): Promise<Result<Thread>> {
    const thread = await this.storage.getThread(threadId);
    if (!thread || thread.articleId !== articleId) return err(ErrorCode.notFound, 'no such thread on this article', 'threadId');
    return ok(thread);
  }

  private async commentOn(articleId: string, commentId: string): Promise<Result<{ thread: Thread; comment: Thread['comments'][number] }>> {
    const thread = await this.storage.threadOfComment(commentId);
    const comment = thread?.comments.find((c) => c.id === commentId);
    if (!thread || !comment || thread.articleId !== articleId) return err(ErrorCode.notFound, 'no such comment on this article', 'commentId');
    return ok({ thread, comment });
  }

  /** Both anchor positions decode, resolve inside this article's current `article` fragment, and cover some text. */
  private async checkAnchor(req: ThreadCreateRequest): Promise<Result<null>> {
    const decoded = decodeAnchor(req.anchor);
    if (!decoded.ok) return decoded;
    const { start, end } = decoded.value;
    return this.rooms.read(req.articleId, (doc): Result<null> => {
      const from = resolveInArticle(doc, start);
      const to = resolveInArticle(doc, end);
      const elsewhere = `does not point into this article's current text (a position from another document, or from text the server has not received yet)`;
      if (!from) return err(ErrorCode.validation, `anchor.start: ${elsewhere}`, 'anchor.start');
      if (!to) return err(ErrorCode.validation, `anchor.end: ${elsewhere}`, 'anchor.end');
      if (passageBetween(doc, from, to).orphaned) return err(ErrorCode.validation, 'anchor: the passage is empty (end is not after start)', 'anchor');
      return ok(null);
    });
  }
}

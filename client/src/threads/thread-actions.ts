/**
 * What the threads sidebar asks of the server: each action makes its ids, sends one `/desk` event
 * and applies the acknowledged change to the store at once (the same change also arrives as
 * `thread:changed`; the store skips the repeat). Answers null on success or a sentence to show.
 */
import { MAX_COMMENT_CHARS, type ThreadAnchor } from '../../../shared/threads/threads';
import { ErrorCode } from '../../../shared/contract/errors';
import type { Result } from '../../../shared/contract/result';
import type { ThreadAck } from '../../../shared/threads/threads';
import type { Desk } from '../app/desk-client';
import { newId } from '../app/ids';
import type { ThreadsStore } from './threads-store';

export type ThreadActions = {
  create(input: { anchor: ThreadAnchor; quote: string; body: string; blocking: boolean }): Promise<{ threadId: string } | { error: string }>;
  reply(threadId: string, body: string): Promise<string | null>;
  edit(commentId: string, body: string): Promise<string | null>;
  remove(commentId: string): Promise<string | null>;
  setResolved(threadId: string, resolved: boolean): Promise<string | null>;
  setBlocking(threadId: string, blocking: boolean): Promise<string | null>;
};

/**
 * The server refuses an anchor on words it has not received yet (an editor's last keystrokes may
 * still be on their way); the same event with the same ids is retried a few times, this far apart (ms).
 */
const ANCHOR_RETRY_DELAYS_MS = [150, 400, 1000, 2000];

/** A comment body as the server takes it, or why not. */
export function bodyProblem(body: string): string | null {
  const trimmed = body.trim();
  if (trimmed === '') return 'Write a comment first.';
  if (trimmed.length > MAX_COMMENT_CHARS) return `A comment holds at most ${MAX_COMMENT_CHARS} characters (this one has ${trimmed.length}).`;
  return null;
}

export function createThreadActions(articleId: string, desk: Desk, store: ThreadsStore): ThreadActions {
  const settle = (result: Result<ThreadAck>): string | null => {
    if (!result.ok) return messageOf(result.error.code, result.error.message);
    if (result.value.change) store.applyChange(result.value.change);
    else store.upsert(result.value.thread);
    return null;
  };

  return {
    async create({ anchor, quote, body, blocking }) {
      const req = { articleId, threadId: newId(), commentId: newId(), anchor, quote, body: body.trim(), blocking };
      let result = await desk.send('thread:create', req);
      for (const delay of ANCHOR_RETRY_DELAYS_MS) {
        if (result.ok || result.error.code !== ErrorCode.validation || !result.error.field?.startsWith('anchor.')) break;
        await new Promise((resolve) => setTimeout(resolve, delay));
        result = await desk.send('thread:create', req);
      }
      const problem = settle(result);
      return problem ? { error: problem } : { threadId: req.threadId };
    },
    reply: async (threadId, body) => settle(await desk.send('comment:add', { articleId, threadId, commentId: newId(), body: body.trim() })),
    edit: async (commentId, body) => settle(await desk.send('comment:edit', { articleId, commentId, body: body.trim() })),
    remove: async (commentId) => settle(await desk.send('comment:delete', { articleId, commentId })),
    setResolved: async (threadId, resolved) => settle(await desk.send(resolved ? 'thread:resolve' : 'thread:reopen', { articleId, threadId })),
    setBlocking: async (threadId, blocking) => settle(await desk.send('thread:set-blocking', { articleId, threadId, blocking })),
  };
}

function messageOf(code: string, message: string): string {
  switch (code) {
    case ErrorCode.forbidden:
      return `Not allowed: ${message}.`;
    case ErrorCode.notFound:
      return 'This thread or comment no longer exists.';
    case ErrorCode.validation:
      return message.startsWith('anchor')
        ? 'The selected words are not on the server yet, or were just deleted: select them again.'
        : `The server refused it: ${message}.`;
    default:
      return message.endsWith('.') ? message : `${message}.`;
  }
}

/**
 * The payloads of the client → server events on `/desk`, as zod schemas with their inferred types.
 * The server validates every payload with these (a failure is acknowledged with `validation` and
 * the dotted `field`); the event maps in desk.ts take the inferred types.
 */
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from '../article/layout';
import { MAX_ANCHOR_CHARS, MAX_COMMENT_CHARS, MAX_QUOTE_CHARS, THREAD_ID_PATTERN } from '../threads/threads';

const articleId = z.string().regex(ARTICLE_ID_PATTERN, 'must be an article id');
/** Thread and comment ids are made by the client, so a retry is idempotent. */
const id = z.string().regex(THREAD_ID_PATTERN, 'must be a lower-case UUID made by the client');
/** Stored trimmed; plain text, never interpreted as HTML. */
const body = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_COMMENT_CHARS, `must be at most ${MAX_COMMENT_CHARS} characters`);
/** One end of an anchor: a base64 `Y.RelativePosition`. */
const position = z.string().min(1, 'must not be empty').max(MAX_ANCHOR_CHARS, `must be at most ${MAX_ANCHOR_CHARS} characters`);

/** `article:join`. `since`: the last thread sequence the client applied; the reply then carries the changes after it. */
export const joinRequest = z.object({ articleId, since: z.number().int().min(0).optional() });
export type JoinRequest = z.infer<typeof joinRequest>;

/** `article:leave`. */
export const leaveRequest = z.object({ articleId });
export type LeaveRequest = z.infer<typeof leaveRequest>;

/** `thread:create`. */
export const threadCreateRequest = z.object({
  articleId,
  threadId: id,
  commentId: id,
  anchor: z.object({ start: position, end: position }),
  quote: z.string().min(1, 'must not be empty').max(MAX_QUOTE_CHARS, `must be at most ${MAX_QUOTE_CHARS} characters`),
  body,
  blocking: z.boolean().optional(),
});
export type ThreadCreateRequest = z.infer<typeof threadCreateRequest>;

/** `comment:add`. */
export const commentAddRequest = z.object({ articleId, threadId: id, commentId: id, body });
export type CommentAddRequest = z.infer<typeof commentAddRequest>;

/** `comment:edit`. */
export const commentEditRequest = z.object({ articleId, commentId: id, body });
export type CommentEditRequest = z.infer<typeof commentEditRequest>;

/** `comment:delete`. */
export const commentDeleteRequest = z.object({ articleId, commentId: id });
export type CommentDeleteRequest = z.infer<typeof commentDeleteRequest>;

/** `thread:resolve` and `thread:reopen`. */
export const threadStatusRequest = z.object({ articleId, threadId: id });
export type ThreadStatusRequest = z.infer<typeof threadStatusRequest>;

/** `thread:set-blocking`. */
export const threadBlockingRequest = z.object({ articleId, threadId: id, blocking: z.boolean() });
export type ThreadBlockingRequest = z.infer<typeof threadBlockingRequest>;

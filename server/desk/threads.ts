/**
 * Thread events on `/desk`: payloads validated here (zod), then handed to the ThreadService, which
 * checks roles and state. Changes reach the article's room as `thread:changed`; mentions reach the
 * mentioned user's sockets as `notification`.
 *
 * A socket need not have joined the article to change its threads (every role may read every
 * article; the service checks the role per event), but only joined sockets receive `thread:changed`.
 */
import type { Logger } from 'pino';
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from '../../shared/article/layout';
import { MAX_ANCHOR_CHARS, MAX_COMMENT_CHARS, MAX_QUOTE_CHARS, THREAD_ID_PATTERN } from '../../shared/threads/threads';
import type { ThreadService } from '../threads/service';
import { validated } from './handler';
import { articleRoom, userRoom } from './names';
import type { DeskNamespace, DeskSocket } from './types';


const articleId = z.string().regex(ARTICLE_ID_PATTERN, 'must be an article id');
const id = z.string().regex(THREAD_ID_PATTERN, 'must be a lower-case UUID made by the client');
/** Stored trimmed; plain text, never interpreted as HTML. */
const body = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_COMMENT_CHARS, `must be at most ${MAX_COMMENT_CHARS} characters`);
const position = z.string().min(1, 'must not be empty').max(MAX_ANCHOR_CHARS, `must be at most ${MAX_ANCHOR_CHARS} characters`);

const createSchema = z.object({
  articleId,
  threadId: id,
  commentId: id,
  anchor: z.object({ start: position, end: position }),
  quote: z.string().min(1, 'must not be empty').max(MAX_QUOTE_CHARS, `must be at most ${MAX_QUOTE_CHARS} characters`),
  body,
  blocking: z.boolean().optional(),
});
const addSchema = z.object({ articleId, threadId: id, commentId: id, body });
const editSchema = z.object({ articleId, commentId: id, body });
const deleteSchema = z.object({ articleId, commentId: id });
const statusSchema = z.object({ articleId, threadId: id });
const blockingSchema = z.object({ articleId, threadId: id, blocking: z.boolean() });

export function registerThreadEvents(socket: DeskSocket, threads: ThreadService, logger: Logger): void {
  const who = () => socket.data.identity;
  socket.on('thread:create', validated(createSchema, logger, (req) => threads.create(who(), req)));
  socket.on('comment:add', validated(addSchema, logger, (req) => threads.addComment(who(), req)));
  socket.on('comment:edit', validated(editSchema, logger, (req) => threads.editComment(who(), req)));
  socket.on('comment:delete', validated(deleteSchema, logger, (req) => threads.deleteComment(who(), req)));
  socket.on('thread:resolve', validated(statusSchema, logger, (req) => threads.setStatus(who(), req, 'resolved')));
  socket.on('thread:reopen', validated(statusSchema, logger, (req) => threads.setStatus(who(), req, 'open')));
  socket.on('thread:set-blocking', validated(blockingSchema, logger, (req) => threads.setBlocking(who(), req)));
}

/** Relays the service's announcements to the sockets that should see them. */
export function relayThreadEvents(desk: DeskNamespace, threads: ThreadService): void {
  threads.on('change', (change) => desk.to(articleRoom(change.articleId)).emit('thread:changed', change));
  threads.on('notification', (n) => desk.to(userRoom(n.userId)).emit('notification', n));
}

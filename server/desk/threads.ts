/**
 * Thread events on `/desk`: payloads validated here (zod), then handed to the ThreadService, which
 * checks roles and state. Changes reach the article's room as `thread:changed`; mentions reach the
 * mentioned user's sockets as `notification`.
 *
 * A socket need not have joined the article to change its threads (every role may read every
 * article; the service checks the role per event), but only joined sockets receive `thread:changed`.
 */
import type { Logger } from 'pino';
import {
  commentAddRequest,
  commentDeleteRequest,
  commentEditRequest,
  threadBlockingRequest,
  threadCreateRequest,
  threadStatusRequest,
} from '../../shared/contract/desk-requests';
import type { ThreadService } from '../threads/service';
import { validated } from './handler';
import { articleRoom, userRoom } from './names';
import type { DeskNamespace, DeskSocket } from './types';

export function registerThreadEvents(socket: DeskSocket, threads: ThreadService, logger: Logger): void {
  const who = () => socket.data.identity;
  socket.on('thread:create', validated(threadCreateRequest, logger, (req) => threads.create(who(), req)));
  socket.on('comment:add', validated(commentAddRequest, logger, (req) => threads.addComment(who(), req)));
  socket.on('comment:edit', validated(commentEditRequest, logger, (req) => threads.editComment(who(), req)));
  socket.on('comment:delete', validated(commentDeleteRequest, logger, (req) => threads.deleteComment(who(), req)));
  socket.on('thread:resolve', validated(threadStatusRequest, logger, (req) => threads.setStatus(who(), req, 'resolved')));
  socket.on('thread:reopen', validated(threadStatusRequest, logger, (req) => threads.setStatus(who(), req, 'open')));
  socket.on('thread:set-blocking', validated(threadBlockingRequest, logger, (req) => threads.setBlocking(who(), req)));
}

/** Relays the service's announcements to the sockets that should see them. */
export function relayThreadEvents(desk: DeskNamespace, threads: ThreadService): void {
  threads.on('change', (change) => desk.to(articleRoom(change.articleId)).emit('thread:changed', change));
  threads.on('notification', (n) => desk.to(userRoom(n.userId)).emit('notification', n));
}

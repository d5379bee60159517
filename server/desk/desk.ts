/**
 * socket.io namespace `/desk`: one socket.io room per article, one per user. Carries attribution
 * reports, guard notices and comment threads (`threads.ts`); workflow joins it later.
 */
import type { Logger } from 'pino';
import type { EventEmitter } from 'node:events';
import { DESK_NAMESPACE, type ArticleWorkflowEvent } from '../../shared/contract/desk';
import { joinRequest, leaveRequest } from '../../shared/contract/desk-requests';
import { ErrorCode } from '../../shared/contract/errors';
import { err, ok } from '../../shared/contract/result';
import type { ArticleStore } from '../storage/types';
import type { RoomManager } from '../collab/rooms';
import type { AttributionReports } from '../attribution/reports';
import { validated } from './handler';
import type { Accounts } from '../auth/accounts';
import type { ThreadService } from '../threads/service';
import { registerThreadEvents, relayThreadEvents } from './threads';
import { articleOfRoom, articleRoom, userRoom } from './names';
import { refuseOversizeEvents } from './limits';
import { checkSessionPerEvent, deskHandshake } from './handshake';
import type { DeskNamespace, DeskServer } from './types';
import type { RemoteAudience } from './audience';
import type { ThreadAnchorWatch } from '../threads/anchor-watch';

export type { DeskNamespace, DeskServer } from './types';


export type DeskOptions = {
  articles: ArticleStore;
  accounts: Accounts;
  allowedOrigins: string[];
  rooms: RoomManager;
  reports: AttributionReports;
  threads: ThreadService;
  /** Orphaned-thread announcements, sent to everyone who joined the article. */
  anchors: ThreadAnchorWatch;
  /** Its `workflow` events go to everyone who joined the article. */
  workflow: EventEmitter<{ workflow: [ArticleWorkflowEvent] }>;
  logger: Logger;
  /** Who listens on the other instances of a scaled stack (NO_REMOTE_AUDIENCE for one instance). */
  audience: RemoteAudience;
  /** Largest event handled (bytes, `MAX_BODY_BYTES`); bigger is answered `payload_too_large`. */
  maxMessageBytes: number;
};

export function attachDesk(io: DeskServer, opts: DeskOptions): DeskNamespace {
  const { articles, rooms, reports, threads, accounts, logger } = opts;
  const desk: DeskNamespace = io.of(DESK_NAMESPACE);

  // Signed in before any event: the `auth` payload's token, else the session cookie.
  desk.use(deskHandshake({ accounts, allowedOrigins: opts.allowedOrigins }));

  desk.on('connection', (socket) => {
    socket.data.joined = [];
    refuseOversizeEvents(socket, opts.maxMessageBytes);
    checkSessionPerEvent(socket, accounts);
    void socket.join(userRoom(socket.data.identity.id));
    socket.on(
      'article:join',
      validated(joinRequest, logger, async ({ articleId, since }) => {
        if (!(await articles.getArticle(articleId))) return err(ErrorCode.notFound, 'article not found', 'articleId');
        // Joined before reading: a change made meanwhile is in the reply, or sent live, or both (apply by seq).
        await socket.join(articleRoom(articleId));
        if (!socket.data.joined.includes(articleId)) socket.data.joined.push(articleId);
        return ok({ articleId, report: await reports.current(articleId), threads: await threads.sync(articleId, since) });
      }),
    );
    registerThreadEvents(socket, threads, logger);
    socket.on(
      'article:leave',
      validated(leaveRequest, logger, async ({ articleId }) => {
        await socket.leave(articleRoom(articleId));
        socket.data.joined = socket.data.joined.filter((id) => id !== articleId);
        return ok(null);
      }),
    );
  });

  relayThreadEvents(desk, threads);
  opts.workflow.on('workflow', (event) => desk.to(articleRoom(event.articleId)).emit('article:workflow', event));
  // Live reports only for articles someone on /desk joined, here or on another instance (a joiner
  // gets one computed in its reply; the instance storing edits sends a fresh one once it hears of it).
  const listenedHere = (articleId: string) => (desk.adapter.rooms.get(articleRoom(articleId))?.size ?? 0) > 0;
  reports.setAudience((articleId) => listenedHere(articleId) || opts.audience.has(articleId));
  const listened = new Set<string>();
  desk.adapter.on('create-room', (room: string) => {
    const articleId = articleOfRoom(room);
    if (articleId !== null && !listened.has(articleId)) opts.audience.publish(listened.add(articleId));
  });
  desk.adapter.on('delete-room', (room: string) => {
    const articleId = articleOfRoom(room);
    if (articleId !== null && listened.delete(articleId)) opts.audience.publish(listened);
  });
  opts.audience.onHeard((articleId) => reports.refresh(articleId));
  reports.on('report', (report) => desk.to(articleRoom(report.articleId)).emit('attribution:report', report));
  opts.anchors.on('anchors', (anchors) => desk.to(articleRoom(anchors.articleId)).emit('thread:anchors', anchors));
  rooms.events.on('guard-revert', (room, reverts, author) =>
    desk.to(articleRoom(room.articleId)).emit('attribution:reverted', {
      articleId: room.articleId,
      author: { id: author.user.id, name: author.user.name },
      clientIds: author.clientIds,
      reverts,
    }),
  );
  return desk;
}

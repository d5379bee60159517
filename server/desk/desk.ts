/**
 * socket.io namespace `/desk`: one socket.io room per article. Carries attribution reports and guard
 * notices now; comment threads and workflow join it later.
 */
import type { Namespace, Server } from 'socket.io';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from '../../shared/layout';
import {
  DESK_NAMESPACE,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from '../../shared/desk';
import { ErrorCode } from '../../shared/errors';
import { err, ok } from '../../shared/result';
import type { ArticleStore } from '../storage/types';
import type { RoomManager } from '../collab/rooms';
import type { AttributionReports } from '../attribution/reports';
import { validated } from './handler';
import type { Accounts } from '../auth/accounts';
import { cookieToken } from '../auth/credentials';
import { originAllowed } from '../http/origin';

export type DeskNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type DeskServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** The socket.io room of an article. */
export const articleRoom = (articleId: string) => `article:${articleId}`;

const joinSchema = z.object({ articleId: z.string().regex(ARTICLE_ID_PATTERN, 'must be an article id') });

export type DeskOptions = {
  articles: ArticleStore;
  accounts: Accounts;
  allowedOrigins: string[];
  rooms: RoomManager;
  reports: AttributionReports;
  logger: Logger;
};

export function attachDesk(io: DeskServer, opts: DeskOptions): DeskNamespace {
  const { articles, rooms, reports, accounts, logger } = opts;
  const desk: DeskNamespace = io.of(DESK_NAMESPACE);

  // Signed in before any event: the `auth` payload's token, else the session cookie.
  desk.use((socket, next) => {
    if (!originAllowed(socket.request, opts.allowedOrigins)) return next(new Error('origin not allowed'));
    const auth = socket.handshake.auth as { token?: unknown };
    const token = typeof auth?.token === 'string' ? auth.token : cookieToken(socket.request);
    accounts.identify(token).then(
      (check) => {
        if (!check.ok) return next(new Error(check.reason === 'expired' ? 'token expired' : 'unauthorized'));
        socket.data.identity = check.identity;
        next();
      },
      (e: Error) => next(e),
    );
  });

  desk.on('connection', (socket) => {
    socket.data.joined = [];
    socket.on(
      'article:join',
      validated(joinSchema, logger, async ({ articleId }) => {
        if (!(await articles.getArticle(articleId))) return err(ErrorCode.notFound, 'article not found', 'articleId');
        await socket.join(articleRoom(articleId));
        if (!socket.data.joined.includes(articleId)) socket.data.joined.push(articleId);
        return ok({ articleId, report: await reports.current(articleId) });
      }),
    );
    socket.on(
      'article:leave',
      validated(joinSchema, logger, async ({ articleId }) => {
        await socket.leave(articleRoom(articleId));
        socket.data.joined = socket.data.joined.filter((id) => id !== articleId);
        return ok(null);
      }),
    );
  });

  reports.on('report', (report) => desk.to(articleRoom(report.articleId)).emit('attribution:report', report));
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

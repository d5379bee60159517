/**
 * `GET /api/articles/:id/threads` (threads with their passages resolved now) and the signed-in
 * user's notifications: `GET /api/notifications`, `POST /api/notifications/read`.
 */
import { Router, type Request } from 'express';
import { ErrorCode } from '../../shared/contract/errors';
import type { ThreadsReply } from '../../shared/contract/http/articles';
import { notificationsQuery, readNotificationsBody, type MarkedReply, type NotificationsReply } from '../../shared/contract/http/notifications';
import type { ThreadService } from '../threads/service';
import type { NotificationStore } from '../storage/types';
import type { ArticleService } from '../articles/service';
import type { Accounts } from '../auth/accounts';
import { identityOf } from './guards';
import { routeDeclarer } from './routes';
import { articleId } from './articles';
import { fromZod, HttpError, notFound } from './errors';


export function threadsRouter(deps: { threads: ThreadService; articles: Pick<ArticleService, 'get'>; accounts: Accounts }): Router {
  const router = Router();
  routeDeclarer(router, '/api/articles', deps.accounts)('get', '/:id/threads', 'read', async (req, res) => {
    const id = articleId(req);
    if (!(await deps.articles.get(id))) throw notFound('article');
    res.json((await deps.threads.views(id)) satisfies ThreadsReply);
  });
  return router;
}

export function notificationsRouter(deps: { notifications: NotificationStore; accounts: Accounts }): Router {
  const router = Router();
  const route = routeDeclarer(router, '/api/notifications', deps.accounts);

  route('get', '/', 'signed-in', async (req, res) => {
    const q = notificationsQuery.safeParse(req.query);
    if (!q.success) throw fromZod(q.error);
    const notifications = await deps.notifications.listNotifications(identityOf(res).id, {
      unreadOnly: q.data.unread === '1',
      limit: q.data.limit,
    });
    res.json({ notifications } satisfies NotificationsReply);
  });

  route('post', '/read', 'signed-in', async (req, res) => {
    requireJson(req);
    const body = readNotificationsBody.safeParse(req.body ?? {});
    if (!body.success) throw fromZod(body.error);
    const ids = body.data.ids ?? null;
    const marked = await deps.notifications.markNotificationsRead(identityOf(res).id, ids, new Date().toISOString());
    res.json({ marked } satisfies MarkedReply);
  });

  return router;
}

function requireJson(req: Request): void {
  if (!req.is('application/json')) {
    throw new HttpError({ code: ErrorCode.unsupportedMediaType, message: 'send the body as application/json' });
  }
}

/**
 * `GET /api/articles/:id/threads` (threads with their passages resolved now) and the signed-in
 * user's notifications: `GET /api/notifications`, `POST /api/notifications/read`.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { ErrorCode } from '../../shared/contract/errors';
import { THREAD_ID_PATTERN } from '../../shared/threads/threads';
import type { ThreadService } from '../threads/service';
import type { NotificationStore } from '../storage/types';
import type { ArticleService } from '../articles/service';
import type { Accounts } from '../auth/accounts';
import { identityOf } from './auth';
import { routeDeclarer } from './routes';
import { articleId } from './articles';
import { fromZod, HttpError, notFound } from './errors';

export const DEFAULT_NOTIFICATIONS = 50;
export const MAX_NOTIFICATIONS = 200;
/** Ids one mark-as-read request may name. */
export const MAX_READ_IDS = 500;

const listQuery = z.object({
  unread: z.enum(['0', '1']).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_NOTIFICATIONS).default(DEFAULT_NOTIFICATIONS),
});
/** `{ ids: [...] }` or `{ all: true }`. */
const readBody = z
  .object({
    ids: z.array(z.string().regex(THREAD_ID_PATTERN, 'must be a notification id')).min(1).max(MAX_READ_IDS).optional(),
    all: z.literal(true).optional(),
  })
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), { message: 'send either ids or all: true', path: ['ids'] });

export function threadsRouter(deps: { threads: ThreadService; articles: Pick<ArticleService, 'get'>; accounts: Accounts }): Router {
  const router = Router();
  routeDeclarer(router, '/api/articles', deps.accounts)('get', '/:id/threads', 'read', async (req, res) => {
    const id = articleId(req);
    if (!(await deps.articles.get(id))) throw notFound('article');
    res.json(await deps.threads.views(id));
  });
  return router;
}

export function notificationsRouter(deps: { notifications: NotificationStore; accounts: Accounts }): Router {
  const router = Router();
  const route = routeDeclarer(router, '/api/notifications', deps.accounts);

  route('get', '/', 'signed-in', async (req, res) => {
    const q = listQuery.safeParse(req.query);
    if (!q.success) throw fromZod(q.error);
    const notifications = await deps.notifications.listNotifications(identityOf(res).id, {
      unreadOnly: q.data.unread === '1',
      limit: q.data.limit,
    });
    res.json({ notifications });
  });

  route('post', '/read', 'signed-in', async (req, res) => {
    requireJson(req);
    const body = readBody.safeParse(req.body ?? {});
    if (!body.success) throw fromZod(body.error);
    const ids = body.data.ids ?? null;
    const marked = await deps.notifications.markNotificationsRead(identityOf(res).id, ids, new Date().toISOString());
    res.json({ marked });
  });

  return router;
}

function requireJson(req: Request): void {
  if (!req.is('application/json')) {
    throw new HttpError({ code: ErrorCode.unsupportedMediaType, message: 'send the body as application/json' });
  }
}

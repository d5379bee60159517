/**
 * Version history and activity of an article:
 * `GET /api/articles/:id/versions?limit=&before=`, `POST /api/articles/:id/versions {"name"}`,
 * `GET /api/articles/:id/versions/:v`, `GET /api/articles/:id/versions/:a/diff/:b`,
 * `POST /api/articles/:id/versions/:v/restore`, `GET /api/articles/:id/activity?limit=&before=`.
 * The two lists answer a page, newest first, and `next` (the `before` of the older page, or null).
 * Reading needs `read`; creating and restoring need `edit`. Unknown article or version → 404.
 */
import { Router, type Request } from 'express';
import { ErrorCode } from '../../shared/contract/errors';
import {
  activityCursorShape,
  createVersionBody,
  historyPageQuery,
  versionCursorShape,
  versionParam,
  type ActivityReply,
  type HistoryPageQuery,
  type VersionsReply,
} from '../../shared/contract/http/versions';
import type { VersionService } from '../articles/versions';
import type { ActivityService } from '../articles/activity';
import type { ArticleService } from '../articles/service';
import type { Accounts } from '../auth/accounts';
import { articleId } from './articles';
import { fromZod, HttpError, notFound } from './errors';
import { identityOf } from './guards';
import { routeDeclarer } from './routes';
import { decodeCursor, encodeCursor } from './cursors';

export type VersionsRouterDeps = { versions: VersionService; activity: ActivityService; articles: Pick<ArticleService, 'get'>; accounts: Accounts };

function pageQuery(req: Request): HistoryPageQuery {
  const q = historyPageQuery.safeParse(req.query);
  if (!q.success) throw fromZod(q.error);
  return q.data;
}

const NOT_THIS_LIST = "before: not a cursor from this list (use the previous page's next)";

function versionOf(req: Request, param: string): number {
  const v = versionParam.safeParse(req.params[param]);
  if (!v.success) throw new HttpError({ code: ErrorCode.validation, message: `${param}: a version number (1, 2, …)`, field: param });
  return v.data;
}

export function versionsRouter(deps: VersionsRouterDeps): Router {
  const router = Router();
  const route = routeDeclarer(router, '/api/articles', deps.accounts);
  const known = async (req: Request): Promise<string> => {
    const id = articleId(req);
    if (!(await deps.articles.get(id))) throw notFound('article');
    return id;
  };

  route('get', '/:id/versions', 'read', async (req, res) => {
    const q = pageQuery(req);
    const before = q.before === undefined ? null : decodeCursor(q.before, versionCursorShape, 'before', NOT_THIS_LIST)[1];
    const page = await deps.versions.page(await known(req), before, q.limit);
    res.json({ versions: page.versions, next: page.next === null ? null : encodeCursor(['v', page.next]) } satisfies VersionsReply);
  });

  route('post', '/:id/versions', 'edit', async (req, res) => {
    const id = articleId(req);
    if (!req.is('application/json')) throw new HttpError({ code: ErrorCode.unsupportedMediaType, message: 'send the body as application/json' });
    const body = createVersionBody.safeParse(req.body ?? {});
    if (!body.success) throw fromZod(body.error);
    await known(req);
    const v = await deps.versions.take(id, 'named', body.data.name, identityOf(res));
    if (!v) throw notFound('article');
    const { content: _content, ...summary } = v;
    res.status(201).json({ version: summary });
  });

  route('get', '/:id/versions/:v', 'read', async (req, res) => {
    const id = await known(req);
    const view = await deps.versions.view(id, versionOf(req, 'v'));
    if (!view) throw notFound('version');
    res.json({ version: view });
  });

  route('get', '/:id/versions/:a/diff/:b', 'read', async (req, res) => {
    const id = await known(req);
    const d = await deps.versions.diff(id, versionOf(req, 'a'), versionOf(req, 'b'));
    if (!d) throw notFound('version');
    res.json(d);
  });

  route('post', '/:id/versions/:v/restore', 'edit', async (req, res) => {
    const id = await known(req);
    const v = versionOf(req, 'v');
    const restored = await deps.versions.restore(id, v, identityOf(res));
    if (!restored) throw notFound('version');
    const { content: _content, ...summary } = restored;
    res.json({ restored: v, version: summary });
  });

  route('get', '/:id/activity', 'read', async (req, res) => {
    const q = pageQuery(req);
    const key = q.before === undefined ? null : decodeCursor(q.before, activityCursorShape, 'before', NOT_THIS_LIST);
    const page = await deps.activity.page(await known(req), key && { at: key[1], source: key[2], id: key[3] }, q.limit);
    const { next } = page;
    res.json({ activity: page.activity, next: next === null ? null : encodeCursor(['a', next.at, next.source, next.id]) } satisfies ActivityReply);
  });
  return router;
}

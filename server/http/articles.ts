/**
 * `/api/articles` routes. Bodies and queries are validated here with the contract's zod schemas
 * (shared/contract/http/articles.ts); the service trusts them. Replies satisfy the contract's types.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { ErrorCode } from '../../shared/contract/errors';
import { ARTICLE_ID_PATTERN } from '../../shared/article/layout';
import {
  createArticleBody,
  exportQuery,
  listArticlesQuery,
  type ArticlePage,
  type ArticleSummary,
  type ArticleView,
  type AttributionReply,
  type ImportReply,
  type PublishedReply,
  type PublishReply,
} from '../../shared/contract/http/articles';
import express from 'express';
import type { ArticleService } from '../articles/service';
import type { PublishService } from '../articles/publish';
import type { AttributionReports } from '../attribution/reports';
import type { Accounts } from '../auth/accounts';
import { identityOf } from './guards';
import { publishRefusalError } from './publish-refusal';
import { routeDeclarer } from './routes';
import { decodeCursor, encodeCursor } from './cursors';
import type { ArticleCursor } from '../storage/types';
import { fromZod, HttpError, notFound } from './errors';
import { searchWords, toArticleQuery } from './article-query';


export type ArticlesRouterDeps = {
  articles: ArticleService;
  publishing: PublishService;
  reports: AttributionReports;
  accounts: Accounts;
  /** Largest plain-text import accepted (bytes). */
  maxImportBytes: number;
};

export function articlesRouter({ articles, publishing, reports, accounts, maxImportBytes }: ArticlesRouterDeps): Router {
  const router = Router();
  const route = routeDeclarer(router, '/api/articles', accounts);

  route('post', '/import', 'edit', express.text({ type: () => true, limit: maxImportBytes }), async (req, res) => {
    if (!req.is('text/plain')) {
      throw new HttpError({ code: ErrorCode.unsupportedMediaType, message: 'send wire copy as text/plain' });
    }
    // The finder and its NLP library (~30 MB) load on the first import, not at start.
    const { parseWireCopy } = await import('../articles/import');
    const parsed = parseWireCopy(typeof req.body === 'string' ? req.body : '');
    if (!parsed.ok) throw new HttpError(parsed.error);
    const { headline, article, quotes, phrases, issues } = parsed.value;
    const record = await articles.createFrom(headline, article);
    res.status(201).location(`/api/articles/${record.id}`).json({ id: record.id, headline: record.headline, status: record.status, quotes, phrases, issues } satisfies ImportReply);
  });

  route('post', '/', 'edit', async (req, res) => {
    requireJson(req);
    const body = createArticleBody.safeParse(req.body ?? {});
    if (!body.success) throw fromZod(body.error);
    const record = await articles.create(body.data);
    res.status(201).location(`/api/articles/${record.id}`).json(record satisfies ArticleSummary);
  });

  route('get', '/', 'read', async (req, res) => {
    const q = listArticlesQuery.safeParse(req.query);
    if (!q.success) throw fromZod(q.error);
    const after = q.data.cursor === undefined ? undefined : decodeArticleCursor(q.data.cursor);
    if (q.data.q !== undefined && q.data.q.trim() !== '' && searchWords(q.data.q).length === 0) {
      throw new HttpError({ code: ErrorCode.validation, message: 'q: no words to search for (letters or digits)', field: 'q' });
    }
    const page = await articles.list(toArticleQuery(q.data, after));
    res.json({ articles: page.items, nextCursor: page.next ? encodeCursor([page.next.createdAt, page.next.id]) : null } satisfies ArticlePage);
  });

  route('get', '/:id', 'read', async (req, res) => {
    const view = await articles.view(articleId(req));
    if (!view) throw notFound('article');
    res.json(view satisfies ArticleView);
  });

  route('get', '/:id/export', 'read', async (req, res) => {
    const q = exportQuery.safeParse(req.query);
    if (!q.success) throw fromZod(q.error);
    const out = await articles.export(articleId(req), q.data.format);
    if (!out) throw notFound('article');
    res.type(out.contentType).send(out.body);
  });

  route('get', '/:id/attribution', 'read', async (req, res) => {
    const id = articleId(req);
    if (!(await articles.get(id))) throw notFound('article');
    const report = await reports.current(id);
    res.json({ issues: report.issues } satisfies AttributionReply);
  });

  route('post', '/:id/publish', 'publish', async (req, res) => {
    const outcome = await publishing.publish(articleId(req), identityOf(res));
    if (outcome.ok) {
      const revision = outcome.value;
      return res.json({
        article: await articles.get(revision.articleId),
        revision: { revision: revision.revision, publishedAt: revision.publishedAt },
      } satisfies PublishReply);
    }
    if (outcome.error.reason === 'not-found') throw notFound('article');
    throw publishRefusalError(outcome.error);
  });

  route('get', '/:id/published', 'read', async (req, res) => {
    const id = articleId(req);
    const revision = await publishing.latest(id);
    if (!revision) {
      if (!(await articles.get(id))) throw notFound('article');
      throw new HttpError({ code: ErrorCode.notFound, message: 'this article has not been published' });
    }
    res.json({ articleId: id, revision: revision.revision, publishedAt: revision.publishedAt, html: revision.html } satisfies PublishedReply);
  });

  return router;
}

/** The `:id` parameter; a malformed id cannot name an article, so it is a 404 like an unknown one. */
export function articleId(req: Request): string {
  const id = String(req.params.id);
  if (!ARTICLE_ID_PATTERN.test(id)) throw notFound('article');
  return id;
}

function requireJson(req: Request): void {
  if (!req.is('application/json')) {
    throw new HttpError({ code: ErrorCode.unsupportedMediaType, message: 'send the body as application/json' });
  }
}

const cursorShape = z.tuple([z.string(), z.string()]);

function decodeArticleCursor(raw: string): ArticleCursor {
  const [createdAt, id] = decodeCursor(raw, cursorShape, 'cursor', 'cursor: not a cursor from this API');
  return { createdAt, id };
}

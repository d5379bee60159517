/** The express application: JSON API under /api, the built browser app at /. */
import fs from 'node:fs';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { ArticleService } from '../articles/service';
import { articlesRouter } from './articles';
import { apiNotFound, errorHandler } from './errors';

export type HttpAppOptions = {
  articles: ArticleService;
  logger: Logger;
  /** Largest JSON body accepted (bytes); larger gets 413. */
  maxBodyBytes: number;
  /** Folder of the built client (Vite output); served at / when it exists. */
  clientDir: string;
};

export function createHttpApp(opts: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  const api = express.Router();
  api.use(express.json({ limit: opts.maxBodyBytes }));
  api.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  api.use('/articles', articlesRouter(opts.articles));
  api.use(apiNotFound);
  app.use('/api', api);

  if (fs.existsSync(opts.clientDir)) {
    app.use(express.static(opts.clientDir, { index: 'index.html' }));
  }
  app.use(errorHandler(opts.logger));
  return app;
}

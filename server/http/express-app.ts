/** The express application of one instance: the JSON API under /api, /metrics, and the built browser app at /. */
import fs from 'node:fs';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import helmet from 'helmet';
import type { Metrics } from '../metrics';
import type { ArticlesRouterDeps } from './articles';
import { lazyRouter, routeDeclarer } from './routes';
import type { HealthReply } from '../../shared/contract/http/auth';
import { PROTOCOL_VERSION } from '../../shared/contract/protocol';
import type { AuditStore, NotificationStore, UserStore } from '../storage/types';
import type { ThreadService } from '../threads/service';
import { apiNotFound, errorHandler } from './errors';
import { crossSiteGuard } from './cross-site';
import type { VersionService } from '../articles/versions';
import type { ActivityService } from '../articles/activity';
import type { WorkflowService } from '../articles/workflow';

export type HttpAppOptions = Omit<ArticlesRouterDeps, 'maxImportBytes'> & {
  /** Served at GET /metrics in the Prometheus text format. */
  metrics: Metrics;
  /** Proxies whose X-Forwarded-For names the client (express `trust proxy`); 0 = none. */
  trustProxyHops: number;
  audit: AuditStore;
  users: UserStore;
  threads: ThreadService;
  notifications: NotificationStore;
  workflow: WorkflowService;
  versions: VersionService;
  activity: ActivityService;
  /** Mark the session cookie Secure (production, behind HTTPS). */
  secureCookie: boolean;
  logger: Logger;
  /** Largest JSON body accepted (bytes); larger gets 413. */
  maxBodyBytes: number;
  /** Folder of the built client (Vite output); served at / when it exists. */
  clientDir: string;
  /** Browser origins besides the server's own that may change state with the session cookie. */
  allowedOrigins: string[];
};

export function createHttpApp(opts: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', opts.trustProxyHops);
  // JSON bodies escape <, > and & (\u003c…): user text can never become markup if a client misuses it.
  app.set('json escape', true);
  // Security headers; the CSP allows the app's own scripts and WebSockets to its own host only.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'connect-src': ["'self'", 'ws:', 'wss:'], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );

  const api = express.Router();
  api.use(crossSiteGuard(opts.allowedOrigins));
  api.use(express.json({ limit: opts.maxBodyBytes }));
  routeDeclarer(api, '/api', opts.accounts)('get', '/health', 'public', (_req, res) => {
    res.json({ ok: true, protocolVersion: PROTOCOL_VERSION } satisfies HealthReply);
  });
  // Each router (its module, handlers and zod request schemas) is required on the first request
  // that reaches it: an instance that only creates articles and relays typing loads that one alone.
  api.use('/audit', lazyRouter(() => (require('./audit') as typeof import('./audit')).auditRouter(opts.accounts, opts.audit)));
  api.use('/users', lazyRouter(() => (require('./users') as typeof import('./users')).usersRouter(opts.accounts, opts.users)));
  api.use(
    '/articles',
    lazyRouter(() =>
      (require('./articles') as typeof import('./articles')).articlesRouter({
        articles: opts.articles,
        publishing: opts.publishing,
        reports: opts.reports,
        accounts: opts.accounts,
        maxImportBytes: opts.maxBodyBytes,
      }),
    ),
  );
  api.use('/articles', lazyRouter(() => (require('./workflow') as typeof import('./workflow')).workflowRouter(opts.workflow, opts.accounts)));
  api.use(
    '/articles',
    lazyRouter(() =>
      (require('./versions') as typeof import('./versions')).versionsRouter({ versions: opts.versions, activity: opts.activity, articles: opts.articles, accounts: opts.accounts }),
    ),
  );
  api.use('/articles', lazyRouter(() => (require('./threads') as typeof import('./threads')).threadsRouter({ threads: opts.threads, articles: opts.articles, accounts: opts.accounts })));
  api.use('/notifications', lazyRouter(() => (require('./threads') as typeof import('./threads')).notificationsRouter({ notifications: opts.notifications, accounts: opts.accounts })));
  // Mounted at /api itself (/login, /logout, /me), so after the others: a request one of them
  // answers never reaches it (nor builds it).
  api.use(lazyRouter(() => (require('./auth') as typeof import('./auth')).authRouter(opts.accounts, opts.secureCookie)));
  api.use(apiNotFound);
  app.use('/api', api);
  routeDeclarer(app, '', opts.accounts)('get', '/metrics', 'public', async (_req, res) => {
    const { contentType, text } = await opts.metrics.scrape();
    res.type(contentType).send(text);
  });

  if (fs.existsSync(opts.clientDir)) {
    app.use(express.static(opts.clientDir, { index: 'index.html' }));
  }
  app.use(errorHandler(opts.logger));
  return app;
}

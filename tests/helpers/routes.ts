/**
 * The HTTP routes a Copydesk instance declares (server/http/routes.ts), known synchronously so jest
 * can generate one test per route while collecting: a throwaway instance on a temp SQLite folder is
 * wired (which declares every route) and closed again.
 */
import pino from 'pino';
import { loadConfig } from '../../server/config';
import { createCopydesk } from '../../server/instance';
import { declaredRoutes, type DeclaredRoute } from '../../server/http/routes';
import { tempDataDir } from './server';

export function routesOfAnInstance(): DeclaredRoute[] {
  const loaded = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: tempDataDir() });
  if (!loaded.ok) throw new Error(loaded.error.join('; '));
  const app = createCopydesk(loaded.value, pino({ level: 'silent' }));
  const routes = declaredRoutes();
  void app.close();
  return routes;
}

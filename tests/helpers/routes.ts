/**
 * The HTTP routes a Copydesk instance declares (server/http/routes.ts), known synchronously so jest
 * can generate one test per route while collecting: a throwaway instance is wired and closed again
 * (`declaredRoutes()` builds its lazy routers, so every route is declared). Storage opens
 * asynchronously, so the instance gets one that no call reaches: it serves no request.
 */
import pino from 'pino';
import { loadConfig } from '../../server/config';
import { createCopydesk } from '../../server/instance';
import { declaredRoutes, type DeclaredRoute } from '../../server/http/routes';
import type { Storage } from '../../server/storage/types';
import { tempDataDir } from './server';

/** Rejects every call but `close`; `kind` reads as 'sqlite'. */
const unopenedStorage = new Proxy({} as Storage, {
  get: (_target, key) => {
    if (key === 'kind') return 'sqlite';
    if (key === 'close') return async () => undefined;
    return async () => {
      throw new Error(`routesOfAnInstance: storage.${String(key)} was called`);
    };
  },
});

export function routesOfAnInstance(): DeclaredRoute[] {
  const loaded = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: tempDataDir() });
  if (!loaded.ok) throw new Error(loaded.error.join('; '));
  const app = createCopydesk(loaded.value, pino({ level: 'silent' }), unopenedStorage);
  const routes = declaredRoutes();
  void app.close();
  return routes;
}

/**
 * A stand-in module in `require.cache`: what the server's deferred loads (zod-locales.ts, otel-api.ts) put under
 * a package file's path so that a later `require` of that path gets `exports` instead of loading the file.
 */
import Module from 'node:module';

/** Caches a loaded module whose exports are `exports` under `file`; returns it (a caller may drop it later). */
export function cacheStandIn(file: string, exports: unknown): Module {
  const stand = new Module(file, module);
  stand.filename = file;
  stand.loaded = true;
  stand.exports = exports;
  require.cache[file] = stand;
  return stand;
}

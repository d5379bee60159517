/**
 * `@opentelemetry/api`, loaded on first use (issue 14, the memory row).
 *
 * prom-client requires `@opentelemetry/api` at the top of its process-CPU metric (`lib/metrics/processCpuTotal.js`)
 * and reads it only when exemplars are enabled (`OtelApi.trace.getSpan(OtelApi.context.active())`). The server's
 * registry (server/metrics.ts) has none, so the package's 51 modules were loaded at the first `/metrics` scrape and
 * never used: +0.4 MiB of live heap measured with `require('@opentelemetry/api')` in a bare node after two full GCs.
 *
 * `deferOtelApi()`, called by `createMetrics` just before it requires prom-client, puts a stand-in for the
 * package's entry (resolved from prom-client's folder, as prom-client's own `require` resolves it) into
 * `require.cache`: a Proxy whose every read, `in`, key listing or descriptor requires the real package then (the
 * stand-in's cache entry is dropped first, so the real module is cached and every later `require` gets it) and
 * answers from it. Nothing else changes. Where prom-client or the package is not found, or the package is already
 * loaded, it does nothing.
 */
import path from 'node:path';
import { cacheStandIn } from './module-stand-in';

/** The file `require('@opentelemetry/api')` inside prom-client resolves to, or null. */
export function otelApiEntry(): string | null {
  try {
    const promClient = path.dirname(require.resolve('prom-client/package.json'));
    return require.resolve('@opentelemetry/api', { paths: [promClient] });
  } catch {
    return null;
  }
}

/** Installs the stand-in; true when it did (false: not found, or already loaded). */
export function deferOtelApi(): boolean {
  const entry = otelApiEntry();
  if (!entry || require.cache[entry]) return false;
  let real: object | null = null;
  const load = (): object => {
    if (real) return real;
    if (require.cache[entry] === stand) delete require.cache[entry];
    real = require(entry) as object;
    return real;
  };
  const exports = new Proxy(
    {},
    {
      get: (_t, key) => Reflect.get(load(), key),
      has: (_t, key) => Reflect.has(load(), key),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_t, key) => {
        const d = Reflect.getOwnPropertyDescriptor(load(), key);
        return d && { ...d, configurable: true };
      },
    },
  );
  const stand = cacheStandIn(entry, exports);
  return true;
}

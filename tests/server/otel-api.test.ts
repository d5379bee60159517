/**
 * prom-client's `@opentelemetry/api` is not loaded by a scrape (issue 14, memory): server/otel-api.ts puts a
 * stand-in for the package into `require.cache` that requires the real one on first read. Checked in a fresh Node
 * process (jest keeps its own registry and does not use `require.cache`).
 */
import { runInFreshNode as run } from '../helpers/fresh-node';

const probe = (first: string) => `
${first}
(async () => {
  const client = require('prom-client');
  // The package's modules other than its entry (the stand-in is cached under the entry's path).
  const otel = () => Object.keys(require.cache).filter((f) => f.includes('/@opentelemetry/api/') && !f.endsWith('/dist/index.cjs')).length;
  const plainRegistry = new client.Registry();
  client.collectDefaultMetrics({ register: plainRegistry, prefix: 'x_' });
  const plain = await plainRegistry.metrics();
  const atScrape = otel();
  // Exemplars on: prom-client's process-CPU metric reads OtelApi.trace and OtelApi.context at each collect.
  const withExemplars = new client.Registry();
  withExemplars.setContentType(client.Registry.OPENMETRICS_CONTENT_TYPE);
  client.collectDefaultMetrics({ register: withExemplars, prefix: 'y_', enableExemplars: true });
  const ex = await withExemplars.metrics();
  const api = require(require.resolve('@opentelemetry/api', { paths: [require('path').dirname(require.resolve('prom-client/package.json'))] }));
  console.log(JSON.stringify({
    atScrape,
    cpu: /^x_process_cpu_seconds_total \\S+$/m.test(plain),
    exemplarCpu: /^y_process_cpu_seconds_total /m.test(ex),
    afterExemplars: otel(),
    traceIsReal: typeof api.trace.getSpan === 'function' && typeof api.context.active === 'function',
  }));
})();
`;

test('with the stand-in, a scrape loads none of @opentelemetry/api; exemplars load it when they read it', () => {
  const plain = run(probe(''));
  const deferred = run(probe("const { deferOtelApi } = require('./server/otel-api'); if (!deferOtelApi()) throw new Error('not installed');"));
  expect(plain.atScrape).toBeGreaterThan(40); // prom-client alone loads the package's ~51 modules: what the stand-in avoids
  expect(deferred.atScrape).toBe(0);
  expect(deferred.cpu).toBe(true);
  expect(deferred.exemplarCpu).toBe(true);
  expect(deferred.afterExemplars).toBe(plain.afterExemplars);
  expect(deferred.traceIsReal).toBe(true);
}, 90_000);

test('deferOtelApi does nothing when the package is already loaded', () => {
  const out = run(`
const entry = require('./server/otel-api').otelApiEntry();
require(entry);
console.log(JSON.stringify({ installed: require('./server/otel-api').deferOtelApi(), real: typeof require.cache[entry].exports.trace }));
`);
  expect(out).toEqual({ installed: false, real: 'object' });
});

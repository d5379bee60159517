/**
 * @jest-environment @happy-dom/jest-environment
 *
 * The hash router: each route's address, the way back, and the listener that follows the hash.
 */
import { hrefOf, navigate, parseRoute, startRouter, type Route } from '../../client/src/app/router';

test.each<[string, Route]>([
  ['', { type: 'list' }],
  ['#/', { type: 'list' }],
  ['#/a/abc', { type: 'editor', articleId: 'abc' }],
  ['#/a/a%20b%2Fc', { type: 'editor', articleId: 'a b/c' }],
  ['#/a/abc/published', { type: 'published', articleId: 'abc' }],
  ['#/a/', { type: 'missing', hash: '#/a/' }],
  ['#/a/abc/history/2', { type: 'missing', hash: '#/a/abc/history/2' }],
  ['#/nowhere', { type: 'missing', hash: '#/nowhere' }],
])('%s is %j', (hash, route) => {
  expect(parseRoute(hash)).toEqual(route);
});

test('every route survives hrefOf then parseRoute', () => {
  const routes: Route[] = [{ type: 'list' }, { type: 'editor', articleId: 'x/y z' }, { type: 'published', articleId: 'é?#' }, { type: 'missing', hash: '#/zz' }];
  for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
});

test('the router reports the current route, then each hash change, until stopped', async () => {
  expect(location.hash).toBe(''); // a fresh page: the list
  const seen: Route[] = [];
  const stop = startRouter((route) => seen.push(route));
  const changed = () => new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  let next = changed();
  navigate({ type: 'editor', articleId: 'a1' });
  await next;
  stop();
  next = changed();
  navigate({ type: 'published', articleId: 'a1' });
  await next;
  expect(seen).toEqual([{ type: 'list' }, { type: 'editor', articleId: 'a1' }]);
});

/**
 * The hash router: `#/` is the article list, `#/a/<id>` an article's editor, `#/a/<id>/published`
 * its latest published revision. Anything else is a `missing` route, shown as "page not found".
 */

export type Route =
  | { type: 'list' }
  | { type: 'editor'; articleId: string }
  | { type: 'published'; articleId: string }
  | { type: 'missing'; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { type: 'list' };
  const editor = /^\/a\/([^/?#]+)$/.exec(path);
  if (editor) return { type: 'editor', articleId: decodeURIComponent(editor[1]) };
  const published = /^\/a\/([^/?#]+)\/published$/.exec(path);
  if (published) return { type: 'published', articleId: decodeURIComponent(published[1]) };
  return { type: 'missing', hash };
}

export function hrefOf(route: Route): string {
  switch (route.type) {
    case 'list':
      return '#/';
    case 'editor':
      return `#/a/${encodeURIComponent(route.articleId)}`;
    case 'published':
      return `#/a/${encodeURIComponent(route.articleId)}/published`;
    case 'missing':
      return route.hash;
    default: {
      const unreachable: never = route;
      throw new Error(`unknown route ${JSON.stringify(unreachable)}`);
    }
  }
}

export function navigate(route: Route): void {
  location.hash = hrefOf(route);
}

/** Calls `onRoute` now and on every hash change; returns a function that stops listening. */
export function startRouter(onRoute: (route: Route) => void): () => void {
  const fire = () => onRoute(parseRoute(location.hash));
  window.addEventListener('hashchange', fire);
  fire();
  return () => window.removeEventListener('hashchange', fire);
}

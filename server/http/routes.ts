/**
 * Every API route is declared through `declareRoute`, which attaches its access rule (sign-in and
 * role capability) and records it, so the authorisation test can check that its table covers every
 * route there is — a new route cannot be forgotten.
 */
import type { RequestHandler, Router } from 'express';
import type { Capability } from '../../shared/contract/roles';
import type { Accounts } from '../auth/accounts';
import { authenticate, requireCapability } from './guards';

/** `public`: anyone; `signed-in`: any valid user; a capability: users whose role grants it. */
export type Access = 'public' | 'signed-in' | Capability;
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type DeclaredRoute = { method: Method; path: string; access: Access };

const declared = new Map<string, DeclaredRoute>();

/** The builders of lazy routers not built yet, weakly: an app that is gone takes its routers with it. */
const unbuilt = new Set<WeakRef<() => unknown>>();

/**
 * Every route declared so far (by any app instance in this process), as `METHOD /full/path`,
 * including those of every lazy router not built yet (this builds them).
 */
export function declaredRoutes(): DeclaredRoute[] {
  for (const ref of Array.from(unbuilt)) {
    const make = ref.deref();
    if (make) make();
    else unbuilt.delete(ref);
  }
  return Array.from(declared.values());
}

/**
 * A router made by `build` on the first request that reaches it, so its module, its handlers and
 * its request schemas load then, not with the app (idle memory): `build` requires the router's
 * module. Mounted like the router itself; a request it does not match goes on as before.
 */
export function lazyRouter(build: () => RequestHandler): RequestHandler {
  let router: RequestHandler | undefined;
  const make = (): RequestHandler => {
    if (router === undefined) {
      router = build();
      unbuilt.delete(ref);
    }
    return router;
  };
  const ref = new WeakRef(make);
  unbuilt.add(ref);
  return (req, res, next) => make()(req, res, next);
}

export type RouteDeclarer = (method: Method, path: string, access: Access, ...handlers: RequestHandler[]) => void;

/** A declarer for `router`, mounted at `mount` (e.g. `/api/articles`). */
export function routeDeclarer(router: Router, mount: string, accounts: Accounts): RouteDeclarer {
  return (method, path, access, ...handlers) => {
    const full = `${mount}${path === '/' ? '' : path}` || '/';
    declared.set(`${method.toUpperCase()} ${full}`, { method, path: full, access });
    const guards: RequestHandler[] =
      access === 'public' ? [] : access === 'signed-in' ? [authenticate(accounts)] : [authenticate(accounts), requireCapability(access)];
    router[method](path, ...guards, ...handlers);
  };
}

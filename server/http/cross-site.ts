/**
 * Cross-site request defence for the cookie: a state-changing request (anything but GET, HEAD,
 * OPTIONS) that carries the session cookie and no `Authorization` header must come from an allowed
 * origin — the sockets' rule (`origin.ts`): same host, or `ALLOWED_ORIGINS`. The browser always
 * names its origin on such requests (`Origin`, else `Referer`); a request naming neither is a
 * non-browser client and passes. Bearer-token clients are unaffected. Refused: 403 `forbidden`.
 */
import type { RequestHandler } from 'express';
import { ErrorCode } from '../../shared/contract/errors';
import { bearerToken, cookieToken } from '../auth/credentials';
import { originAllowed } from './origin';
import { sendError } from './errors';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export function crossSiteGuard(allowedOrigins: readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || bearerToken(req) !== null || cookieToken(req) === null) return next();
    if (originAllowed(req, allowedOrigins) && refererAllowed(req.headers.referer, req.headers.origin, req.headers.host, allowedOrigins)) return next();
    sendError(res, { code: ErrorCode.forbidden, message: 'cross-site request refused: this origin may not change state with the session cookie' });
  };
}

/** Without `Origin`, the `Referer`'s origin must pass the same rule; with `Origin`, it decides alone. */
function refererAllowed(referer: string | undefined, origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin || !referer) return true;
  try {
    const url = new URL(referer);
    return url.host === host || allowed.includes(url.origin);
  } catch {
    return false;
  }
}

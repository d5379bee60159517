/**
 * Sign-in routes and the guards every other route uses. API clients send `Authorization: Bearer`;
 * the browser gets the same token as an httpOnly SameSite=Strict cookie.
 */
import { Router, type RequestHandler, type Response } from 'express';
import { serialize } from 'cookie';
import { loginBody, type MeReply, type SignedIn, type SignedOut } from '../../shared/contract/http/auth';
import { ErrorCode } from '../../shared/contract/errors';
import { can, type Capability, type Identity } from '../../shared/contract/roles';
import type { Accounts } from '../auth/accounts';
import { bearerToken, cookieToken, SESSION_COOKIE } from '../auth/credentials';
import { fromZod, HttpError } from './errors';
import { routeDeclarer } from './routes';


/** The signed-in identity set by `authenticate`. */
export function identityOf(res: Response): Identity {
  const identity = res.locals.identity as Identity | undefined;
  if (!identity) throw new Error('route is missing the authenticate middleware');
  return identity;
}

/** 401 unless the request carries a valid token of an enabled user. */
export function authenticate(accounts: Accounts): RequestHandler {
  return async (req, res, next) => {
    const check = await accounts.identify(bearerToken(req) ?? cookieToken(req));
    if (!check.ok) {
      const message = { missing: 'sign in first', expired: 'your session has expired: sign in again', invalid: 'invalid token: sign in again' }[
        check.error
      ];
      return next(new HttpError({ code: ErrorCode.unauthorized, message }));
    }
    res.locals.identity = check.value.identity;
    next();
  };
}

/** 403 unless the signed-in user's role grants `capability`. */
export function requireCapability(capability: Capability): RequestHandler {
  return (_req, res, next) => {
    const identity = identityOf(res);
    if (can(identity.role, capability)) return next();
    next(new HttpError({ code: ErrorCode.forbidden, message: `a ${identity.role} may not ${capability}` }));
  };
}

export function authRouter(accounts: Accounts, secureCookie: boolean): Router {
  const router = Router();
  const route = routeDeclarer(router, '/api', accounts);

  route('post', '/login', 'public', async (req, res) => {
    const body = loginBody.safeParse(req.body ?? {});
    if (!body.success) throw fromZod(body.error);
    const result = await accounts.signIn(body.data.name, body.data.password, req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (!result.ok) throw new HttpError(result.error);
    const { identity, token, expiresAt } = result.value;
    res.setHeader(
      'Set-Cookie',
      serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: secureCookie, path: '/', expires: expiresAt }),
    );
    res.json({ user: identity, token, expiresAt: expiresAt.toISOString() } satisfies SignedIn);
  });

  route('post', '/logout', 'public', (_req, res) => {
    res.setHeader(
      'Set-Cookie',
      serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', secure: secureCookie, path: '/', expires: new Date(0) }),
    );
    res.json({ ok: true } satisfies SignedOut);
  });

  route('get', '/me', 'signed-in', (_req, res) => {
    res.json({ user: identityOf(res) } satisfies MeReply);
  });

  return router;
}

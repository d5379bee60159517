/**
 * The guards every API route gets from its declaration (routes.ts): a signed-in user (bearer token
 * or session cookie) and, for most routes, a capability of their role.
 */
import type { RequestHandler, Response } from 'express';
import { ErrorCode } from '../../shared/contract/errors';
import { can, type Capability, type Identity } from '../../shared/contract/roles';
import type { Accounts } from '../auth/accounts';
import { bearerToken, cookieToken } from '../auth/credentials';
import { HttpError } from './errors';

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

/**
 * Sign-in routes (`/api/login`, `/api/logout`, `/api/me`). API clients send `Authorization: Bearer`;
 * the browser gets the same token as an httpOnly SameSite=Strict cookie. The guards every route
 * uses are in guards.ts.
 */
import { Router } from 'express';
import { serialize } from 'cookie';
import { loginBody, type MeReply, type SignedIn, type SignedOut } from '../../shared/contract/http/auth';
import type { Accounts } from '../auth/accounts';
import { SESSION_COOKIE } from '../auth/credentials';
import { fromZod, HttpError } from './errors';
import { identityOf } from './guards';
import { routeDeclarer } from './routes';

export function authRouter(accounts: Accounts, secureCookie: boolean): Router {
  const router = Router();
  const route = routeDeclarer(router, '/api', accounts);

  route('post', '/login', 'public', async (req, res) => {
    const body = loginBody.safeParse(req.body ?? {});
    if (!body.success) throw fromZod(body.error);
    const result = await accounts.signIn(body.data.name, body.data.password, req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (!result.ok) {
      if (result.error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(result.error.retryAfterSeconds));
      throw new HttpError(result.error);
    }
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

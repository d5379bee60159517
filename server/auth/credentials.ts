/** Where a request or upgrade carries its token: `Authorization: Bearer`, the session cookie, `?token=`. */
import type { IncomingMessage } from 'node:http';
import { parse as parseCookies } from 'cookie';

/** The httpOnly cookie the browser app signs in with. */
export const SESSION_COOKIE = 'copydesk_token';

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const m = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m ? m[1] : null;
}

export function cookieToken(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  return parseCookies(header)[SESSION_COOKIE] ?? null;
}

/** `?token=` on the request URL (the y-websocket provider's `params`). */
export function queryToken(req: IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'http://localhost');
  return url.searchParams.get('token');
}

/**
 * The credentials of the security matrices: every role's valid token, and the bad ones —
 * none, malformed, and per role a token signed with the wrong secret, an expired one and a revoked
 * one (signed in through POST /api/login, then logged out through POST /api/logout).
 */
import { SignJWT } from 'jose';
import { ROLES, type Role } from '../../shared/contract/roles';
import { passwordOf, type TestServer } from './server';

export const BAD_KINDS = ['wrong secret', 'expired', 'revoked'] as const;
export type CredentialKind = 'valid' | 'none' | 'malformed' | (typeof BAD_KINDS)[number];
/** One column of a matrix: a kind of credential, claiming a role (none for `none`/`malformed`). */
export type Credential = { label: string; kind: CredentialKind; role: Role | null };

/** Every column: 4 valid, none, malformed, and 3 bad kinds × 4 roles. */
export function credentialColumns(): Credential[] {
  const columns: Credential[] = ROLES.map((role) => ({ label: role, kind: 'valid', role }));
  columns.push({ label: 'none', kind: 'none', role: null }, { label: 'malformed', kind: 'malformed', role: null });
  for (const kind of BAD_KINDS) for (const role of ROLES) columns.push({ label: `${role}, ${kind}`, kind, role });
  return columns;
}

/** A token for each column (label → token; '' for none). */
export async function mintCredentials(server: TestServer): Promise<Record<string, string>> {
  const tokens: Record<string, string> = { none: '', malformed: 'not.a.token' };
  const wrongKey = new TextEncoder().encode('not-the-server-secret-not-the-server-secret');
  for (const role of ROLES) {
    const user = (await server.app.storage.getUserByName(role))!;
    const identity = { id: user.id, name: role, role };
    tokens[role] = server.tokens[role];
    tokens[`${role}, wrong secret`] = await new SignJWT({ name: role, role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setJti((await server.app.accounts.openSession(identity)).sessionId) // a live session's id: only the signature is wrong
      .setIssuer('copydesk')
      .setExpirationTime(Math.floor(Date.now() / 1000) + 3600)
      .sign(wrongKey);
    tokens[`${role}, expired`] = (await server.app.accounts.openSession(identity, Date.now() - 48 * 3600 * 1000)).token;
    tokens[`${role}, revoked`] = await signInAndOut(server, role);
  }
  return tokens;
}

/** A token from a real sign-in that was then logged out. */
export async function signInAndOut(server: TestServer, role: Role): Promise<string> {
  const res = await fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: role, password: passwordOf(role) }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${role}: ${res.status}`);
  const { token } = (await res.json()) as { token: string };
  const out = await fetch(`${server.url}/api/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (out.status !== 200) throw new Error(`logout as ${role}: ${out.status}`);
  return token;
}

/**
 * Signed session tokens (JWT, HS256, jose). The secret comes from `COPYDESK_SECRET`, or is generated
 * once into `<DATA_DIR>/secret.key` with owner-only permissions (0600).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { isRole, type Identity } from '../../shared/contract/roles';
import { failure, ok, type Result } from '../../shared/contract/result';

// jose's subpaths, not its index (which loads all of JOSE, ~80 modules): verifying (every connection)
// loads ~30 at start, signing (sign-ins only) its own on the first sign-in. Typed from the index,
// which re-exports them; required because `moduleResolution: node10` does not read `exports`.
const { jwtVerify } = require('jose/jwt/verify') as Pick<typeof import('jose'), 'jwtVerify'>;
const { JWTExpired } = require('jose/errors') as typeof import('jose').errors;
let signer: Pick<typeof import('jose'), 'SignJWT'> | undefined;

export const TOKEN_ISSUER = 'copydesk';

/** Why a token does not sign anyone in. */
export type TokenFailure = 'missing' | 'expired' | 'invalid';
/** `sessionId`: the token's `jti`, one per sign-in (revoked by logout). */
export type TokenCheck = Result<{ identity: Identity; expiresAt: Date; sessionId: string }, TokenFailure>;

export class Tokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string | Uint8Array,
    /** Lifetime of a token (seconds). */
    readonly ttlSeconds: number,
  ) {
    this.key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  }

  /** A signed token for a new session id; store the session (Accounts.openSession) before handing it out. */
  async issue(identity: Identity, now = Date.now()): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
    const expiresAt = new Date(now + this.ttlSeconds * 1000);
    const sessionId = randomUUID();
    signer ??= require('jose/jwt/sign') as Pick<typeof import('jose'), 'SignJWT'>;
    const token = await new signer.SignJWT({ name: identity.name, role: identity.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(identity.id)
      .setJti(sessionId)
      .setIssuer(TOKEN_ISSUER)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt, sessionId };
  }

  async verify(token: string | null | undefined): Promise<TokenCheck> {
    if (!token) return failure('missing');
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: TOKEN_ISSUER, algorithms: ['HS256'] });
      const { sub, name, role, exp, jti } = payload;
      if (typeof sub !== 'string' || typeof name !== 'string' || !isRole(role) || typeof exp !== 'number' || typeof jti !== 'string') {
        return failure('invalid');
      }
      return ok({ identity: { id: sub, name, role }, expiresAt: new Date(exp * 1000), sessionId: jti });
    } catch (e) {
      return failure(e instanceof JWTExpired ? 'expired' : 'invalid');
    }
  }
}

/** The signing secret: the configured one, else the one stored in the data folder (created once). */
export function loadSecret(configured: string | null, dataDir: string): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  const file = path.join(dataDir, 'secret.key');
  try {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32);
  // `wx`: never overwrite a secret another process wrote meanwhile.
  try {
    fs.writeFileSync(file, secret.toString('base64'), { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    throw e;
  }
}

/**
 * Accounts: creating users, signing in (with throttling and audit), server-side sessions (one row
 * per sign-in; logout, password change and disable revoke them on every instance), and turning a
 * token into the current identity (the role is read from storage, so a role change or a disable
 * applies at once).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Identity, Role } from '../../shared/contract/roles';
import { ErrorCode } from '../../shared/contract/errors';
import { err, failure, ok, type AppError, type Result } from '../../shared/contract/result';
import { AuditAction, DuplicateNameError, type Storage, type UserRecord } from '../storage/types';
import { generatePassword, hashPassword, unmatchableHash, verifyPassword } from './passwords';
import { LoginThrottle } from './throttle';
import type { TokenCheck, Tokens } from './tokens';
import pino, { type Logger } from 'pino';
import { LiveSessions } from './live-sessions';
import { localSessionBus, type SessionBus } from './session-bus';

export const userNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/, 'use 2–32 letters, digits, dot, dash or underscore');
/** At least 8 characters; at most 256 so hashing cost stays bounded. */
export const passwordSchema = z.string().min(8, 'use at least 8 characters').max(256);

/**
 * Sign-in throttling. Per user name *at one address*: LOGIN_FREE_FAILURES free failures, then a
 * growing wait (1 s, 2 s, 4 s … at most 15 min), so an attacker slows only their own address and
 * the real user elsewhere is never locked out. Per address: LOGIN_FAILURES_PER_ADDRESS failures
 * across names in LOGIN_WINDOW_MS (a newsroom shares one address behind its NAT). Behind a load
 * balancer set TRUST_PROXY_HOPS so the address is the client's, not the balancer's. Stored in the
 * database: every instance and a restart see the same counts (throttle.ts).
 */
export const LOGIN_FREE_FAILURES = 3;
export const LOGIN_FAILURES_PER_ADDRESS = 50;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export type SignIn = { identity: Identity; token: string; expiresAt: Date };
/** A refused sign-in; `retryAfterSeconds` (sent as `Retry-After`) when throttled. */
export type SignInRefusal = AppError & { retryAfterSeconds?: number };

/** Expired sessions are deleted a day after expiry, checked at most hourly per instance. */
const SESSION_PRUNE_MS = 60 * 60 * 1000;
const SESSION_KEEP_MS = 24 * 60 * 60 * 1000;

export class Accounts {
  private readonly throttle: LoginThrottle;
  /** Hashed against when the name is unknown or disabled, so every refusal costs one hash. */
  private readonly dummyHash = unmatchableHash();
  private lastPrune = 0;
  /** Open sockets following their sign-in. */
  readonly live: LiveSessions;
  /** Password hashes computed by sign-ins (`copydesk_password_checks_total`). */
  passwordChecks = 0;

  constructor(
    private readonly storage: Storage,
    readonly tokens: Tokens,
    logger: Logger = pino({ level: 'silent' }),
    /** Carries revocations to every instance's sockets (Redis); the CLI's reach them by the re-read. */
    private readonly bus: SessionBus = localSessionBus(),
  ) {
    this.live = new LiveSessions(storage, logger);
    bus.onRevoked((ids) => this.live.revoke(ids));
    this.throttle = new LoginThrottle(storage, {
      freeFailures: LOGIN_FREE_FAILURES,
      baseMs: 1000,
      maxMs: LOGIN_WINDOW_MS,
      windowMs: LOGIN_WINDOW_MS,
      failuresPerAddress: LOGIN_FAILURES_PER_ADDRESS,
    });
  }

  /**
   * A new session for `identity`: its row is stored, then its token issued. Every sign-in goes
   * through here; a token whose session has no row is refused.
   */
  async openSession(identity: Identity, now = Date.now()): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
    const issued = await this.tokens.issue(identity, now);
    await this.storage.createSession({
      id: issued.sessionId,
      userId: identity.id,
      createdAt: new Date(now).toISOString(),
      expiresAt: issued.expiresAt.toISOString(),
    });
    if (now - this.lastPrune > SESSION_PRUNE_MS) {
      this.lastPrune = now;
      await this.storage.pruneSessions(new Date(now - SESSION_KEEP_MS).toISOString());
    }
    return issued;
  }

  /** Logout: the session is revoked in the database; its open sockets close on every instance. */
  async signOut(token: string | null): Promise<void> {
    const check = await this.tokens.verify(token);
    if (!check.ok) return;
    await this.storage.revokeSession(check.value.sessionId, new Date().toISOString());
    this.bus.publishRevoked([check.value.sessionId]);
  }

  /** Sets a new password and revokes every session of the user (their sockets close everywhere). */
  async changePassword(name: string, password: string, actor: string | null = null): Promise<Result<UserRecord>> {
    const p = passwordSchema.safeParse(password);
    if (!p.success) return err(ErrorCode.validation, `password: ${p.error.issues[0].message}`, 'password');
    const user = await this.storage.getUserByName(name);
    if (!user) return err(ErrorCode.notFound, `no user named ${name}`, 'name');
    const passwordHash = await hashPassword(password);
    const revoked = await this.storage.changePassword(user.id, passwordHash, new Date().toISOString());
    this.bus.publishRevoked(revoked);
    await this.audit(actor, AuditAction.passwordChanged, { user: user.name, sessionsRevoked: revoked.length });
    return ok({ ...user, passwordHash });
  }

  async createUser(name: string, role: Role, password: string, actor: string | null = null): Promise<Result<UserRecord>> {
    const n = userNameSchema.safeParse(name);
    if (!n.success) return err(ErrorCode.validation, `name: ${n.error.issues[0].message}`, 'name');
    const p = passwordSchema.safeParse(password);
    if (!p.success) return err(ErrorCode.validation, `password: ${p.error.issues[0].message}`, 'password');
    const user: UserRecord = {
      id: randomUUID(),
      name,
      role,
      passwordHash: await hashPassword(password),
      disabled: false,
      createdAt: new Date().toISOString(),
    };
    try {
      await this.storage.createUser(user);
    } catch (e) {
      if (e instanceof DuplicateNameError) return err(ErrorCode.conflict, e.message, 'name');
      throw e;
    }
    await this.audit(actor, AuditAction.userCreated, { user: name, role });
    return ok(user);
  }

  async setRole(name: string, role: Role, actor: string | null = null): Promise<Result<UserRecord>> {
    const user = await this.storage.getUserByName(name);
    if (!user) return err(ErrorCode.notFound, `no user named ${name}`, 'name');
    await this.storage.setUserRole(user.id, role);
    await this.audit(actor, AuditAction.roleChanged, { user: user.name, from: user.role, to: role });
    return ok({ ...user, role });
  }

  async disable(name: string, actor: string | null = null): Promise<Result<UserRecord>> {
    const user = await this.storage.getUserByName(name);
    if (!user) return err(ErrorCode.notFound, `no user named ${name}`, 'name');
    await this.storage.setUserDisabled(user.id, true);
    this.bus.publishRevoked(await this.storage.revokeUserSessions(user.id, new Date().toISOString()));
    await this.audit(actor, AuditAction.userDisabled, { user: user.name });
    return ok({ ...user, disabled: true });
  }

  /** Checks the password; answers the same way for an unknown name and a wrong password. */
  async signIn(name: string, password: string, address: string): Promise<{ ok: true; value: SignIn } | { ok: false; error: SignInRefusal }> {
    const wait = await this.throttle.retryAfter(name, address);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      return { ok: false, error: { code: ErrorCode.rateLimited, message: `too many failed sign-ins; try again in ${seconds} s`, retryAfterSeconds: seconds } };
    }
    const user = await this.storage.getUserByName(name);
    // Unknown and disabled names hash too: the answer's cost does not tell who exists.
    const hash = user !== null && !user.disabled ? user.passwordHash : this.dummyHash;
    this.passwordChecks++;
    const matches = await verifyPassword(password, hash);
    const valid = matches && user !== null && !user.disabled;
    if (!valid || !user) {
      await this.throttle.fail(name, address);
      await this.audit(name, AuditAction.loginFailed, { address });
      return err(ErrorCode.unauthorized, 'wrong name or password');
    }
    await this.throttle.succeed(name, address);
    const identity: Identity = { id: user.id, name: user.name, role: user.role };
    const { token, expiresAt } = await this.openSession(identity);
    await this.audit(user.name, AuditAction.login, { address });
    return ok({ identity, token, expiresAt });
  }

  /**
   * The identity behind a token: valid signature, not expired, its session stored, not revoked and
   * the user's own, user exists and is enabled.
   */
  async identify(token: string | null | undefined): Promise<TokenCheck> {
    const check = await this.tokens.verify(token);
    if (!check.ok) return check;
    const session = await this.storage.getSession(check.value.sessionId);
    if (!session || session.revokedAt !== null || session.userId !== check.value.identity.id) return failure('invalid');
    const user = await this.storage.getUser(check.value.identity.id);
    if (!user || user.disabled) return failure('invalid');
    return ok({ ...check.value, identity: { id: user.id, name: user.name, role: user.role } });
  }

  /**
   * On a data folder with no users, outside production: creates `editor` and `reviewer` with
   * generated passwords and returns them (printed once by main.ts). Otherwise returns [].
   */
  async seedDemoAccounts(): Promise<{ name: string; role: Role; password: string }[]> {
    if ((await this.storage.listUsers()).length > 0) return [];
    const demo: { name: string; role: Role; password: string }[] = [
      { name: 'editor', role: 'editor', password: generatePassword() },
      { name: 'reviewer', role: 'reviewer', password: generatePassword() },
    ];
    for (const d of demo) {
      const r = await this.createUser(d.name, d.role, d.password);
      if (!r.ok) throw new Error(r.error.message);
    }
    return demo;
  }

  private audit(actor: string | null, action: AuditAction, detail: Record<string, unknown>): Promise<void> {
    return this.storage.appendAudit({ at: new Date().toISOString(), actor, action, articleId: null, detail });
  }
}

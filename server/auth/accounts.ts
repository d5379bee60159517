/**
 * Accounts: creating users, signing in (with throttling and audit), and turning a token into the
 * current identity (the role is read from storage, so a role change or a disable applies at once).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Identity, Role } from '../../shared/contract/roles';
import { ErrorCode } from '../../shared/contract/errors';
import { err, failure, ok, type AppError, type Result } from '../../shared/contract/result';
import { AuditAction, DuplicateNameError, type Storage, type UserRecord } from '../storage/types';
import { generatePassword, hashPassword, verifyPassword } from './passwords';
import { BackoffThrottle, FailureThrottle } from './throttle';
import type { TokenCheck, Tokens } from './tokens';

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
 * balancer set TRUST_PROXY_HOPS so the address is the client's, not the balancer's. In memory,
 * per instance.
 */
export const LOGIN_FREE_FAILURES = 3;
export const LOGIN_FAILURES_PER_ADDRESS = 50;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export type SignIn = { identity: Identity; token: string; expiresAt: Date };
/** A refused sign-in; `retryAfterSeconds` (sent as `Retry-After`) when throttled. */
export type SignInRefusal = AppError & { retryAfterSeconds?: number };

export class Accounts {
  private readonly perNameAndAddress = new BackoffThrottle({
    freeFailures: LOGIN_FREE_FAILURES,
    baseMs: 1000,
    maxMs: LOGIN_WINDOW_MS,
    forgetMs: LOGIN_WINDOW_MS,
    maxKeys: 100_000,
  });
  private readonly perAddress = new FailureThrottle(LOGIN_FAILURES_PER_ADDRESS, LOGIN_WINDOW_MS);
  /** Hashed against when the name is unknown or disabled, so every refusal costs one hash. */
  private readonly dummyHash: Promise<string> = hashPassword(generatePassword());
  /** Password hashes computed by sign-ins (`copydesk_password_checks_total`). */
  passwordChecks = 0;

  constructor(
    private readonly storage: Storage,
    readonly tokens: Tokens,
  ) {}

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
    await this.audit(actor, AuditAction.userDisabled, { user: user.name });
    return ok({ ...user, disabled: true });
  }

  /** Checks the password; answers the same way for an unknown name and a wrong password. */
  async signIn(name: string, password: string, address: string): Promise<{ ok: true; value: SignIn } | { ok: false; error: SignInRefusal }> {
    const key = `${name.toLowerCase()}\u0000${address}`;
    const wait = Math.max(this.perNameAndAddress.retryAfter(key), this.perAddress.retryAfter(address));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      return { ok: false, error: { code: ErrorCode.rateLimited, message: `too many failed sign-ins; try again in ${seconds} s`, retryAfterSeconds: seconds } };
    }
    const user = await this.storage.getUserByName(name);
    // Unknown and disabled names hash too: the answer's cost does not tell who exists.
    const hash = user !== null && !user.disabled ? user.passwordHash : await this.dummyHash;
    this.passwordChecks++;
    const matches = await verifyPassword(password, hash);
    const valid = matches && user !== null && !user.disabled;
    if (!valid || !user) {
      this.perNameAndAddress.fail(key);
      this.perAddress.fail(address);
      await this.audit(name, AuditAction.loginFailed, { address });
      return err(ErrorCode.unauthorized, 'wrong name or password');
    }
    this.perNameAndAddress.succeed(key);
    const identity: Identity = { id: user.id, name: user.name, role: user.role };
    const { token, expiresAt } = await this.tokens.issue(identity);
    await this.audit(user.name, AuditAction.login, { address });
    return ok({ identity, token, expiresAt });
  }

  /** The identity behind a token: valid signature, not expired, user exists and is enabled. */
  async identify(token: string | null | undefined): Promise<TokenCheck> {
    const check = await this.tokens.verify(token);
    if (!check.ok) return check;
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

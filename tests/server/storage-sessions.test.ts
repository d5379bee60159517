/**
 * The SessionStore and LoginThrottleStore contract (migration 5), on every implementation (SQLite,
 * and Postgres in a fresh schema when reachable): sessions revoke once and stay revoked after a
 * reopen; a password change and its revocations are one transaction; failures are counted
 * atomically (concurrent failures all count) and reset by the window rules.
 */
import type { Storage, UserRecord } from '../../server/storage/types';
import { storageImplementations, type OpenedStorage } from '../helpers/storage-impls';

const implementations = storageImplementations();
const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T11:00:00.000Z';
const EXPIRES = '2026-03-01T22:00:00.000Z';

const user = (id: string): UserRecord => ({ id, name: id, role: 'editor', passwordHash: 'scrypt$old', disabled: false, createdAt: AT });
const session = (id: string, userId: string, expiresAt = EXPIRES) => ({ id, userId, createdAt: AT, expiresAt });

describe.each(implementations)('%s session and throttle stores', (_name, open) => {
  let storage: Storage;
  let reopen: OpenedStorage['reopen'];
  let dispose: OpenedStorage['dispose'];
  beforeEach(async () => {
    ({ storage, reopen, dispose } = await open());
    await storage.createUser(user('u-ann'));
    await storage.createUser(user('u-bob'));
  });
  afterEach(async () => {
    await storage.close();
    await dispose();
  });

  test('a session is stored, revoked once, and stays revoked after a reopen', async () => {
    await storage.createSession(session('s1', 'u-ann'));
    expect(await storage.getSession('s1')).toEqual({ ...session('s1', 'u-ann'), revokedAt: null });
    expect(await storage.getSession('nope')).toBeNull();
    expect(await storage.revokeSession('s1', LATER)).toBe(true);
    expect(await storage.revokeSession('s1', EXPIRES)).toBe(false);
    await storage.close();
    storage = await reopen();
    expect((await storage.getSession('s1'))?.revokedAt).toBe(LATER);
    expect(await storage.endedSessions(['s1', 'nope'])).toEqual(['s1', 'nope']);
  });

  test('endedSessions names revoked and unknown ids among many, once each', async () => {
    const ids = Array.from({ length: 1200 }, (_, i) => `s${i}`);
    for (const id of ids) await storage.createSession(session(id, 'u-ann'));
    await storage.revokeSession('s7', LATER);
    await storage.revokeSession('s1100', LATER);
    expect((await storage.endedSessions([...ids, 'gone', 's7'])).sort()).toEqual(['gone', 's1100', 's7']);
  });

  test('a password change sets the hash and revokes only that user’s live sessions, together', async () => {
    await storage.createSession(session('a1', 'u-ann'));
    await storage.createSession(session('a2', 'u-ann'));
    await storage.createSession(session('a3', 'u-ann'));
    await storage.createSession(session('b1', 'u-bob'));
    await storage.revokeSession('a3', AT);
    expect((await storage.changePassword('u-ann', 'scrypt$new', LATER)).sort()).toEqual(['a1', 'a2']);
    expect((await storage.getUser('u-ann'))?.passwordHash).toBe('scrypt$new');
    expect((await storage.getSession('a3'))?.revokedAt).toBe(AT);
    expect(await storage.endedSessions(['a1', 'a2', 'a3', 'b1'])).toEqual(['a1', 'a2', 'a3']);
    expect(await storage.revokeUserSessions('u-bob', LATER)).toEqual(['b1']);
    expect(await storage.revokeUserSessions('u-bob', LATER)).toEqual([]);
  });

  test('expired sessions are pruned, live ones kept', async () => {
    await storage.createSession(session('old', 'u-ann', AT));
    await storage.createSession(session('new', 'u-ann'));
    expect(await storage.pruneSessions(LATER)).toBe(1);
    expect(await storage.getSession('old')).toBeNull();
    expect(await storage.getSession('new')).not.toBeNull();
  });

  test('failures count per key, concurrently, and the window rules reset them', async () => {
    const t = 1_780_000_000_000;
    const never = { firstBefore: -1, lastBefore: -1 };
    await Promise.all(Array.from({ length: 10 }, () => storage.recordLoginFailure('k', t, never)));
    expect(await storage.recordLoginFailure('k', t + 5, never)).toEqual({ failures: 11, firstAt: t });
    expect(await storage.loginWaitUntil(['k', 'other'])).toBe(0);
    await storage.extendLoginWait('k', t + 60_000);
    await storage.extendLoginWait('k', t + 1000); // never shortens
    expect(await storage.loginWaitUntil(['other', 'k'])).toBe(t + 60_000);
    // Quiet since before `lastBefore` but still waiting: not reset.
    expect((await storage.recordLoginFailure('k', t + 10, { firstBefore: -1, lastBefore: t + 9 })).failures).toBe(12);
    // Quiet and the wait over: reset.
    expect(await storage.recordLoginFailure('k', t + 70_000, { firstBefore: -1, lastBefore: t + 69_000 })).toEqual({ failures: 1, firstAt: t + 70_000 });
    expect(await storage.loginWaitUntil(['k'])).toBe(0);
    // A fixed window: the first failure before `firstBefore` resets.
    await storage.recordLoginFailure('w', t, never);
    await storage.recordLoginFailure('w', t + 1, never);
    expect(await storage.recordLoginFailure('w', t + 100, { firstBefore: t + 50, lastBefore: -1 })).toEqual({ failures: 1, firstAt: t + 100 });
    await storage.clearLoginFailures('w');
    expect(await storage.recordLoginFailure('w', t + 200, never)).toEqual({ failures: 1, firstAt: t + 200 });
    expect(await storage.pruneLoginFailures(t + 100_000, t + 100_000)).toBe(2);
  });
});

/**
 * Sign-in throttling, stored in the database (LoginThrottleStore), so it holds across instances and
 * restarts.
 *
 * - Per user name *at one address*: `freeFailures` failures cost nothing, then each failure makes
 *   that name at that address wait `baseMs · 2^(failures − freeFailures)`, at most `maxMs`. A
 *   success, or `windowMs` without a failure once the wait is over, clears it. An attacker slows only
 *   their own address: the real user elsewhere is never locked out.
 * - Per address: `failuresPerAddress` failures across names within `windowMs` of the first make the
 *   address wait until that window ends (a newsroom shares one address behind its NAT, so the limit
 *   is high).
 *
 * Rows of keys quiet for `windowMs` are deleted at most once per `windowMs / 15` per instance.
 */
import type { LoginThrottleStore } from '../storage/types';

export type ThrottlePolicy = { freeFailures: number; baseMs: number; maxMs: number; windowMs: number; failuresPerAddress: number };

export class LoginThrottle {
  private lastPrune = 0;

  constructor(
    private readonly store: LoginThrottleStore,
    private readonly policy: ThrottlePolicy,
  ) {}

  /** Milliseconds until `name` may try again from `address`; 0 when it may try now. */
  async retryAfter(name: string, address: string, now = Date.now()): Promise<number> {
    const until = await this.store.loginWaitUntil([nameKey(name, address), addressKey(address)]);
    return Math.max(0, until - now);
  }

  async fail(name: string, address: string, now = Date.now()): Promise<void> {
    const p = this.policy;
    const byName = await this.store.recordLoginFailure(nameKey(name, address), now, { firstBefore: -1, lastBefore: now - p.windowMs });
    const over = byName.failures - p.freeFailures;
    if (over >= 0) await this.store.extendLoginWait(nameKey(name, address), now + Math.min(p.maxMs, p.baseMs * 2 ** over));
    const byAddress = await this.store.recordLoginFailure(addressKey(address), now, { firstBefore: now - p.windowMs, lastBefore: -1 });
    if (byAddress.failures >= p.failuresPerAddress) await this.store.extendLoginWait(addressKey(address), byAddress.firstAt + p.windowMs);
    if (now - this.lastPrune > p.windowMs / 15) {
      this.lastPrune = now;
      await this.store.pruneLoginFailures(now - p.windowMs, now);
    }
  }

  /** A success clears the name at that address (not the address's count). */
  succeed(name: string, address: string): Promise<void> {
    return this.store.clearLoginFailures(nameKey(name, address));
  }
}

// JSON arrays of different lengths never collide, whatever the name or address holds.
const nameKey = (name: string, address: string) => JSON.stringify([name.toLowerCase(), address]);
const addressKey = (address: string) => JSON.stringify([address]);

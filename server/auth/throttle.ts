/**
 * Login throttling: failures are counted per key (a user name, an address) in a sliding window;
 * past the limit further attempts are refused until the oldest failure leaves the window.
 * In memory: a restart forgets, which is acceptable for throttling (not for the audit log).
 */
export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    /** Window length (ms). */
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    return recent.length < this.limit ? 0 : recent[0] + this.windowMs - now;
  }

  fail(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }
}

/**
 * Growing delays per key (a user name at one address): the first `freeFailures` failures cost
 * nothing, then each failure makes the key wait `baseMs · 2^(failures − freeFailures)`, at most
 * `maxMs`. A success, or `forgetMs` without a failure, clears the key. At most `maxKeys` keys are
 * kept (the oldest are forgotten first), so a spray of names cannot grow memory without bound.
 */
export class BackoffThrottle {
  private readonly keys = new Map<string, { failures: number; until: number; last: number }>();

  constructor(
    private readonly opts: { freeFailures: number; baseMs: number; maxMs: number; forgetMs: number; maxKeys: number },
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const entry = this.live(key, now);
    return entry ? Math.max(0, entry.until - now) : 0;
  }

  fail(key: string, now = Date.now()): void {
    const entry = this.live(key, now) ?? { failures: 0, until: 0, last: now };
    entry.failures++;
    entry.last = now;
    const over = entry.failures - this.opts.freeFailures;
    if (over >= 0) entry.until = now + Math.min(this.opts.maxMs, this.opts.baseMs * 2 ** over);
    this.keys.delete(key); // re-inserted last: the Map's order is least recently failed first
    this.keys.set(key, entry);
    if (this.keys.size > this.opts.maxKeys) this.keys.delete(this.keys.keys().next().value as string);
  }

  succeed(key: string): void {
    this.keys.delete(key);
  }

  private live(key: string, now: number): { failures: number; until: number; last: number } | undefined {
    const entry = this.keys.get(key);
    if (entry && now - entry.last > this.opts.forgetMs && now >= entry.until) {
      this.keys.delete(key);
      return undefined;
    }
    return entry;
  }
}

/**
 * Failed sign-ins per key over the SQL port (table `login_throttle`, migration 5), so throttling
 * holds across instances and restarts. Each failure is one atomic upsert (`ON CONFLICT … DO UPDATE
 * … RETURNING`, accepted by SQLite ≥ 3.35 and Postgres): concurrent failures on two instances are
 * both counted.
 */
import type { SqlPort } from './sql/port';
import type { LoginThrottleStore } from './types';

export function loginThrottleStore(port: SqlPort): LoginThrottleStore {
  return {
    async loginWaitUntil(keys) {
      if (keys.length === 0) return 0;
      const row = await port.get<{ until: number | null }>(
        `SELECT MAX(until_ms) AS until FROM login_throttle WHERE key IN (${keys.map(() => '?').join(', ')})`,
        keys,
      );
      return Number(row?.until ?? 0);
    },
    async recordLoginFailure(key, at, reset) {
      // Every SET expression reads the row as it was before this statement (both dialects).
      const stale = 'login_throttle.first_ms < ? OR (login_throttle.last_ms < ? AND login_throttle.until_ms <= ?)';
      const r = [reset.firstBefore, reset.lastBefore, at];
      const row = await port.get<{ failures: number; first_ms: number }>(
        `INSERT INTO login_throttle (key, failures, first_ms, last_ms, until_ms) VALUES (?, 1, ?, ?, 0)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN ${stale} THEN 1 ELSE login_throttle.failures + 1 END,
           first_ms = CASE WHEN ${stale} THEN excluded.first_ms ELSE login_throttle.first_ms END,
           until_ms = CASE WHEN ${stale} THEN 0 ELSE login_throttle.until_ms END,
           last_ms = excluded.last_ms
         RETURNING failures, first_ms`,
        [key, at, at, ...r, ...r, ...r],
      );
      return { failures: Number(row!.failures), firstAt: Number(row!.first_ms) };
    },
    async extendLoginWait(key, until) {
      await port.run('UPDATE login_throttle SET until_ms = ? WHERE key = ? AND until_ms < ?', [until, key, until]);
    },
    async clearLoginFailures(key) {
      await port.run('DELETE FROM login_throttle WHERE key = ?', [key]);
    },
    pruneLoginFailures(lastBefore, at) {
      return port.run('DELETE FROM login_throttle WHERE last_ms < ? AND until_ms <= ?', [lastBefore, at]);
    },
  };
}

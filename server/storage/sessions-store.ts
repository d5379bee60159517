/**
 * Server-side sign-in sessions over the SQL port (table `sessions`, migration 5), the same SQL on
 * SQLite and Postgres. A token answers only while its session's row exists and is not revoked.
 */
import type { SqlExecutor, SqlPort } from './sql/port';
import type { SessionRecord, SessionStore } from './types';

type SessionRow = { id: string; user_id: string; created_at: string; expires_at: string; revoked_at: string | null };

const toSession = (r: SessionRow): SessionRecord => ({
  id: r.id,
  userId: r.user_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});

/** Ids per `IN (…)` list: far below either database's parameter limit. */
const CHUNK = 500;

async function revokeAll(tx: SqlExecutor, userId: string, at: string): Promise<string[]> {
  const rows = await tx.all<{ id: string }>('SELECT id FROM sessions WHERE user_id = ? AND revoked_at IS NULL', [userId]);
  await tx.run('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL', [at, userId]);
  return rows.map((r) => r.id);
}

export function sessionStore(port: SqlPort): SessionStore {
  return {
    async createSession(s) {
      await port.run('INSERT INTO sessions (id, user_id, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, NULL)', [
        s.id,
        s.userId,
        s.createdAt,
        s.expiresAt,
      ]);
    },
    async getSession(id) {
      const row = await port.get<SessionRow>('SELECT id, user_id, created_at, expires_at, revoked_at FROM sessions WHERE id = ?', [id]);
      return row ? toSession(row) : null;
    },
    async revokeSession(id, at) {
      return (await port.run('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [at, id])) === 1;
    },
    revokeUserSessions(userId, at) {
      return port.transaction((tx) => revokeAll(tx, userId, at));
    },
    changePassword(userId, passwordHash, at) {
      return port.transaction(async (tx) => {
        await tx.run('UPDATE users SET password_hash = ? WHERE id = ?', [passwordHash, userId]);
        return revokeAll(tx, userId, at);
      });
    },
    async endedSessions(ids) {
      const unique = Array.from(new Set(ids));
      const live = new Set<string>();
      for (let i = 0; i < unique.length; i += CHUNK) {
        const chunk = unique.slice(i, i + CHUNK);
        const rows = await port.all<{ id: string }>(
          `SELECT id FROM sessions WHERE revoked_at IS NULL AND id IN (${chunk.map(() => '?').join(', ')})`,
          chunk,
        );
        for (const r of rows) live.add(r.id);
      }
      return unique.filter((id) => !live.has(id));
    },
    pruneSessions(before) {
      return port.run('DELETE FROM sessions WHERE expires_at < ?', [before]);
    },
  };
}

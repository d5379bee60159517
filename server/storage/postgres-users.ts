/** Postgres implementation of UserStore and AuditStore (tables from migration 3). */
import type { Pool } from 'pg';
import type { Role } from '../../shared/contract/roles';
import { DuplicateNameError, type AuditEntry, type AuditStore, type UserRecord, type UserStore } from './types';
import { isUniqueViolation } from './postgres-tx';

type UserRow = { id: string; name: string; role: string; password_hash: string; disabled: boolean; created_at: string };
/** `seq` is BIGINT, which node-postgres returns as a string. */
type AuditRow = { seq: string; at: string; actor: string | null; action: string; article_id: string | null; detail: string };

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  passwordHash: r.password_hash,
  disabled: r.disabled,
  createdAt: r.created_at,
});

const toAudit = (r: AuditRow): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actor: r.actor,
  action: r.action as AuditEntry['action'],
  articleId: r.article_id,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
});

const USER_COLUMNS = 'id, name, role, password_hash, disabled, created_at';

export function postgresUserStore(pool: Pool): UserStore & AuditStore {
  const users = async (sql: string, params: unknown[]) => (await pool.query<UserRow>(sql, params)).rows.map(toUser);

  return {
    async createUser(u) {
      try {
        await pool.query(`INSERT INTO users (${USER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`, [
          u.id,
          u.name,
          u.role,
          u.passwordHash,
          u.disabled,
          u.createdAt,
        ]);
      } catch (e) {
        if (isUniqueViolation(e, 'users_name_lower')) throw new DuplicateNameError(u.name);
        throw e;
      }
    },
    async getUser(id) {
      return (await users(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]))[0] ?? null;
    },
    async getUserByName(name) {
      return (await users(`SELECT ${USER_COLUMNS} FROM users WHERE lower(name) = lower($1)`, [name]))[0] ?? null;
    },
    async listUsers() {
      // Code-point order of the lower-cased name: SQLite's COLLATE NOCASE order for ASCII names.
      return users(`SELECT ${USER_COLUMNS} FROM users ORDER BY lower(name) COLLATE "C"`, []);
    },
    async setUserRole(id, role) {
      await pool.query('UPDATE users SET role = $1 WHERE id = $2', [role, id]);
    },
    async setUserDisabled(id, disabled) {
      await pool.query('UPDATE users SET disabled = $1 WHERE id = $2', [disabled, id]);
    },
    async appendAudit(e) {
      await pool.query('INSERT INTO audit_log (at, actor, action, article_id, detail) VALUES ($1, $2, $3, $4, $5)', [
        e.at,
        e.actor,
        e.action,
        e.articleId,
        JSON.stringify(e.detail),
      ]);
    },
    async listAudit({ limit, before }) {
      const { rows } =
        before === undefined
          ? await pool.query<AuditRow>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT $1', [limit])
          : await pool.query<AuditRow>('SELECT * FROM audit_log WHERE seq < $1 ORDER BY seq DESC LIMIT $2', [before, limit]);
      return rows.map(toAudit);
    },
  };
}

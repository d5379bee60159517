/**
 * Users and the audit log over the SQL port (tables from migration 3), the same code on SQLite and
 * Postgres. Names are unique regardless of case: SQLite's column is `COLLATE NOCASE`, Postgres has the
 * unique index `users_name_lower` on `lower(name)`; either refusal becomes `DuplicateNameError`.
 */
import type { Role } from '../../shared/contract/roles';
import type { SqlDialect, SqlPort } from './sql/port';
import { DuplicateNameError, type AuditEntry, type AuditStore, type UserRecord, type UserStore } from './types';

type UserRow = { id: string; name: string; role: string; password_hash: string; disabled: number | boolean; created_at: string };
type AuditRow = { seq: number; at: string; actor: string | null; action: string; article_id: string | null; detail: string };

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  passwordHash: r.password_hash,
  disabled: Boolean(r.disabled),
  createdAt: r.created_at,
});

const toAudit = (r: AuditRow): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  action: r.action as AuditEntry['action'],
  articleId: r.article_id,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
});

const USER_COLUMNS = 'id, name, role, password_hash, disabled, created_at';
const AUDIT_COLUMNS = 'seq, at, actor, action, article_id, detail';

/** How each database names the case-insensitive uniqueness of `users.name` (see the migrations). */
const NAME_CONSTRAINT: Record<SqlDialect, string> = { sqlite: 'users.name', postgres: 'users_name_lower' };

/**
 * Code-point order of the lower-cased name (ASCII case folding on SQLite, as its NOCASE does);
 * Postgres is told `COLLATE "C"` so the database's locale does not change the order.
 */
const BY_NAME: Record<SqlDialect, string> = { sqlite: 'lower(name)', postgres: 'lower(name) COLLATE "C"' };

export function usersStore(port: SqlPort): UserStore & AuditStore {
  const user = async (where: string, param: string) => {
    const row = await port.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE ${where}`, [param]);
    return row ? toUser(row) : null;
  };

  return {
    async createUser(u) {
      try {
        await port.run(`INSERT INTO users (${USER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`, [
          u.id,
          u.name,
          u.role,
          u.passwordHash,
          u.disabled,
          u.createdAt,
        ]);
      } catch (e) {
        if (port.isUniqueViolation(e, NAME_CONSTRAINT[port.dialect])) throw new DuplicateNameError(u.name);
        throw e;
      }
    },
    getUser: (id) => user('id = ?', id),
    getUserByName: (name) => user('lower(name) = lower(?)', name),
    async listUsers() {
      return (await port.all<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY ${BY_NAME[port.dialect]}`)).map(toUser);
    },
    async setUserRole(id, role) {
      await port.run('UPDATE users SET role = ? WHERE id = ?', [role, id]);
    },
    async setUserDisabled(id, disabled) {
      await port.run('UPDATE users SET disabled = ? WHERE id = ?', [disabled, id]);
    },
    async appendAudit(e) {
      await port.run('INSERT INTO audit_log (at, actor, action, article_id, detail) VALUES (?, ?, ?, ?, ?)', [
        e.at,
        e.actor,
        e.action,
        e.articleId,
        JSON.stringify(e.detail),
      ]);
    },
    async listAudit({ limit, before }) {
      const rows =
        before === undefined
          ? await port.all<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY seq DESC LIMIT ?`, [limit])
          : await port.all<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?`, [before, limit]);
      return rows.map(toAudit);
    },
  };
}

/** SQLite implementation of UserStore and AuditStore (tables from migration 3). */
import type Database from 'better-sqlite3';
import type { Role } from '../../shared/contract/roles';
import { DuplicateNameError, type AuditEntry, type AuditStore, type UserRecord, type UserStore } from './types';

type UserRow = { id: string; name: string; role: string; password_hash: string; disabled: number; created_at: string };
type AuditRow = { seq: number; at: string; actor: string | null; action: string; article_id: string | null; detail: string };

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  passwordHash: r.password_hash,
  disabled: r.disabled === 1,
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

export function sqliteUserStore(db: Database.Database): UserStore & AuditStore {
  const insert = db.prepare(
    'INSERT INTO users (id, name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
  const byName = db.prepare('SELECT * FROM users WHERE name = ?');
  const all = db.prepare('SELECT * FROM users ORDER BY name COLLATE NOCASE');
  const setRole = db.prepare('UPDATE users SET role = ? WHERE id = ?');
  const setDisabled = db.prepare('UPDATE users SET disabled = ? WHERE id = ?');
  const appendAudit = db.prepare('INSERT INTO audit_log (at, actor, action, article_id, detail) VALUES (?, ?, ?, ?, ?)');
  const auditFirst = db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?');
  const auditBefore = db.prepare('SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?');

  return {
    async createUser(u) {
      try {
        insert.run(u.id, u.name, u.role, u.passwordHash, u.disabled ? 1 : 0, u.createdAt);
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateNameError(u.name);
        throw e;
      }
    },
    async getUser(id) {
      const row = byId.get(id) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    async getUserByName(name) {
      const row = byName.get(name) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    async listUsers() {
      return (all.all() as UserRow[]).map(toUser);
    },
    async setUserRole(id, role) {
      setRole.run(role, id);
    },
    async setUserDisabled(id, disabled) {
      setDisabled.run(disabled ? 1 : 0, id);
    },
    async appendAudit(e) {
      appendAudit.run(e.at, e.actor, e.action, e.articleId, JSON.stringify(e.detail));
    },
    async listAudit({ limit, before }) {
      const rows = (before === undefined ? auditFirst.all(limit) : auditBefore.all(before, limit)) as AuditRow[];
      return rows.map(toAudit);
    },
  };
}

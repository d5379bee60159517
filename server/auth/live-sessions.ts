/**
 * Open sockets follow their sign-in. Every `/collab` connection and `/desk` socket registers here
 * with its session (user id, token's session id, expiry, role). Once a second the users and the
 * open sessions' rows are read from storage (two queries per instance, whichever process changed
 * them: the server, the user CLI, another instance), and each session is ended (revoked, user
 * disabled or gone, token expired) or given its user's new role. A revocation published on the
 * session bus (logout, password change, disable; through Redis on every instance) ends them at once.
 */
import type { Logger } from 'pino';
import type { Role } from '../../shared/contract/roles';
import type { SessionStore, UserStore } from '../storage/types';

/** Why a live session ended; the transport closes its socket with `CloseCode.sessionEnded`. */
export type SessionEnd = 'expired' | 'disabled' | 'signed-out';

export type LiveSession = {
  userId: string;
  sessionId: string;
  expiresAt: Date;
  role: Role;
  end(why: SessionEnd): void;
  /** The user's role changed: apply it (a demoted editor's socket turns read-only). */
  changeRole(role: Role): void;
};

/** How often users are re-read (ms): a change reaches open sockets within this. */
export const LIVE_SESSION_CHECK_MS = 1000;

export class LiveSessions {
  private readonly sessions = new Set<LiveSession>();
  private readonly timer: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly users: Pick<UserStore, 'listUsers'> & Pick<SessionStore, 'endedSessions'>,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => void this.check(), LIVE_SESSION_CHECK_MS);
    this.timer.unref();
  }

  /** Registers a session; returns its unregister function. */
  add(session: LiveSession): () => void {
    this.sessions.add(session);
    return () => this.sessions.delete(session);
  }

  /** Ends every open socket of these sessions on this instance (they were revoked). */
  revoke(sessionIds: readonly string[]): void {
    const ended = new Set(sessionIds);
    for (const s of Array.from(this.sessions)) if (ended.has(s.sessionId)) this.finish(s, 'signed-out');
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async check(): Promise<void> {
    if (this.checking || this.sessions.size === 0) return;
    this.checking = true;
    try {
      const open = Array.from(this.sessions);
      const [list, endedIds] = await Promise.all([this.users.listUsers(), this.users.endedSessions(open.map((s) => s.sessionId))]);
      const users = new Map(list.map((u) => [u.id, u]));
      const ended = new Set(endedIds);
      const now = Date.now();
      for (const s of open) {
        if (!this.sessions.has(s)) continue;
        const user = users.get(s.userId);
        if (!user || user.disabled) this.finish(s, 'disabled');
        else if (ended.has(s.sessionId)) this.finish(s, 'signed-out');
        else if (now >= s.expiresAt.getTime()) this.finish(s, 'expired');
        else if (user.role !== s.role) {
          s.role = user.role;
          s.changeRole(user.role);
        }
      }
    } catch (e) {
      this.logger.warn({ err: e }, 'checking open sessions failed; retrying in a second');
    } finally {
      this.checking = false;
    }
  }

  private finish(s: LiveSession, why: SessionEnd): void {
    this.sessions.delete(s);
    s.end(why);
  }
}

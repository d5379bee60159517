/**
 * Open sockets follow their sign-in. Every `/collab` connection and `/desk` socket registers here
 * with its session (user id, token's session id, expiry, role). Once a second the users are read
 * from storage (one query per instance, whichever process changed them: the server, the user CLI,
 * another instance), and each session is ended (user disabled or gone, token expired) or given its
 * user's new role. A logout on this instance ends the token's sessions at once.
 */
import type { Logger } from 'pino';
import type { Role } from '../../shared/contract/roles';
import type { UserStore } from '../storage/types';

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
    private readonly users: Pick<UserStore, 'listUsers'>,
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

  /** Ends every session of `sessionId` on this instance (logout). */
  revoke(sessionId: string): void {
    for (const s of Array.from(this.sessions)) if (s.sessionId === sessionId) this.finish(s, 'signed-out');
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async check(): Promise<void> {
    if (this.checking || this.sessions.size === 0) return;
    this.checking = true;
    try {
      const users = new Map((await this.users.listUsers()).map((u) => [u.id, u]));
      const now = Date.now();
      for (const s of Array.from(this.sessions)) {
        const user = users.get(s.userId);
        if (now >= s.expiresAt.getTime()) this.finish(s, 'expired');
        else if (!user || user.disabled) this.finish(s, 'disabled');
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

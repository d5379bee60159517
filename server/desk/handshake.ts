/**
 * The `/desk` handshake (socket.io middleware): the page's origin, the protocol version the
 * client names (if any), then a signed-in user from the `auth` payload's token or the session
 * cookie. A refusal is one of the catalogued `DeskRefusal`s, with `{ code, protocolVersion }` as
 * the `connect_error`'s `data`.
 */
import type { ExtendedError } from 'socket.io';
import { DeskRefusal, ErrorCode, type DeskRefusalData } from '../../shared/contract/errors';
import { err } from '../../shared/contract/result';
import { PROTOCOL_VERSION } from '../../shared/contract/protocol';
import type { Accounts } from '../auth/accounts';
import { cookieToken } from '../auth/credentials';
import { originAllowed } from '../http/origin';
import type { DeskSocket } from './types';

export type HandshakeOptions = { accounts: Accounts; allowedOrigins: string[] };

/** The error socket.io sends to the client as `connect_error`. */
export function refusal(refused: DeskRefusal): ExtendedError {
  const error: ExtendedError = new Error(refused.message);
  const data: DeskRefusalData = { code: refused.code, protocolVersion: PROTOCOL_VERSION };
  error.data = data;
  return error;
}

export function deskHandshake(opts: HandshakeOptions): (socket: DeskSocket, next: (err?: ExtendedError) => void) => void {
  return (socket, next) => {
    if (!originAllowed(socket.request, opts.allowedOrigins)) return next(refusal(DeskRefusal.originNotAllowed));
    const auth = socket.handshake.auth as { token?: unknown; protocolVersion?: unknown };
    if (auth?.protocolVersion !== undefined && auth.protocolVersion !== PROTOCOL_VERSION) return next(refusal(DeskRefusal.protocolMismatch));
    const token = handshakeToken(socket);
    opts.accounts.identify(token).then(
      (check) => {
        if (!check.ok) return next(refusal(check.error === 'expired' ? DeskRefusal.expired : DeskRefusal.unauthorized));
        socket.data.identity = check.value.identity;
        // The socket follows its sign-in: disconnected when it ends, its role kept current.
        const stop = opts.accounts.live.add({
          userId: check.value.identity.id,
          sessionId: check.value.sessionId,
          expiresAt: check.value.expiresAt,
          role: check.value.identity.role,
          end: () => socket.disconnect(true),
          changeRole: (role) => (socket.data.identity = { ...socket.data.identity, role }),
        });
        socket.on('disconnect', stop);
        next();
      },
      (e: Error) => next(e),
    );
  };
}

/** The token a socket signed in with: the `auth` payload's, else the session cookie. */
function handshakeToken(socket: DeskSocket): string | null {
  const auth = socket.handshake.auth as { token?: unknown };
  return typeof auth?.token === 'string' ? auth.token : cookieToken(socket.request);
}

/**
 * Every event re-checks the socket's session (revoked, user disabled, token expired) and takes the
 * user's current role before its handler runs, so nothing is done for a session that ended, even
 * in the moment before its socket is closed. A refused event is acknowledged
 * `{ ok: false, error: { code: "unauthorized" } }` and the socket disconnected. Register after the
 * size check (limits.ts), which must see each event synchronously.
 */
export function checkSessionPerEvent(socket: DeskSocket, accounts: Accounts): void {
  const token = handshakeToken(socket);
  socket.use((event, next) => {
    accounts.identify(token).then(
      (check) => {
        if (check.ok) {
          socket.data.identity = check.value.identity;
          return next();
        }
        const ack: unknown = event[event.length - 1];
        if (typeof ack === 'function') (ack as (r: unknown) => void)(err(ErrorCode.unauthorized, 'session ended; sign in again'));
        socket.disconnect(true);
      },
      (e: Error) => next(e),
    );
  });
}

/**
 * The `/desk` handshake (socket.io middleware): the page's origin, the protocol version the
 * client names (if any), then a signed-in user from the `auth` payload's token or the session
 * cookie. A refusal is one of the catalogued `DeskRefusal`s, with `{ code, protocolVersion }` as
 * the `connect_error`'s `data`.
 */
import type { ExtendedError } from 'socket.io';
import { DeskRefusal, type DeskRefusalData } from '../../shared/contract/errors';
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
    const token = typeof auth?.token === 'string' ? auth.token : cookieToken(socket.request);
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

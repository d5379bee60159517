/** A real socket.io-client on namespace /desk, typed with the shared event maps. */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/contract/desk';
import { withTimeout } from './clients';

export type DeskClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects over a WebSocket at once unless `transports` says otherwise (socket.io's default order opens by polling). */
export async function connectDesk(
  baseUrl: string,
  opts: { auth?: Record<string, unknown>; transports?: ('polling' | 'websocket')[] } = {},
): Promise<DeskClient> {
  const socket: DeskClient = io(`${baseUrl}/desk`, { transports: opts.transports ?? ['websocket'], reconnection: false, auth: opts.auth });
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (e) => reject(e));
    }),
    5000,
    'desk connects',
  );
  return socket;
}

/** The next `event` whose payload satisfies `match`, within `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: DeskClient,
  event: E,
  match: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  ms = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return withTimeout(
    new Promise((resolve) => {
      const handler = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
        if (!match(payload)) return;
        socket.off(event, handler as never);
        resolve(payload);
      };
      socket.on(event, handler as never);
    }),
    ms,
    `desk event ${String(event)}`,
  );
}

/**
 * The `/desk` socket.io channel for one article: joins its room (again after every reconnect) and
 * passes on the live attribution report and the guard's notices. The session cookie signs the
 * socket in; a refused handshake means the session is gone.
 */
import { io, type Socket } from 'socket.io-client';
import { DESK_NAMESPACE, type AttributionReport, type AttributionReverted, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/desk';

type DeskSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type DeskEvents = {
  onReport(report: AttributionReport): void;
  onReverted(notice: AttributionReverted): void;
  /** `live`: joined and receiving reports; `offline`: retrying; `failed`: the join was refused. */
  onState(state: 'live' | 'offline' | 'failed', detail?: string): void;
  /** The server refused the handshake for want of a valid session. */
  onUnauthorized(): void;
};

/** Longest wait for the join acknowledgement (ms) before treating it as lost and retrying later. */
const JOIN_TIMEOUT_MS = 10_000;

export function openDesk(articleId: string, events: DeskEvents): { close(): void } {
  const socket: DeskSocket = io(DESK_NAMESPACE, { withCredentials: true });
  let closed = false;

  const join = () => {
    socket.timeout(JOIN_TIMEOUT_MS).emit('article:join', { articleId }, (timeout, result) => {
      if (closed) return;
      if (timeout) return events.onState('offline');
      if (!result.ok) return events.onState('failed', result.error.message);
      events.onState('live');
      events.onReport(result.value.report);
    });
  };

  socket.on('connect', join);
  socket.on('disconnect', () => {
    if (!closed) events.onState('offline');
  });
  socket.on('connect_error', (error) => {
    if (closed) return;
    // A middleware refusal stops socket.io's retries: only a new sign-in helps.
    if (/unauthori[sz]ed|expired/i.test(error.message)) events.onUnauthorized();
    else events.onState('offline');
  });
  socket.on('attribution:report', (report) => {
    if (report.articleId === articleId) events.onReport(report);
  });
  socket.on('attribution:reverted', (notice) => {
    if (notice.articleId === articleId) events.onReverted(notice);
  });

  return {
    close() {
      closed = true;
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}

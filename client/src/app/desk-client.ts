/**
 * One article on the shared `/desk` socket: joins its room (again after every reconnect, asking
 * for the thread changes since the last one applied) and passes on the live attribution report,
 * the guard's notices and thread changes. Also sends the thread events, each answered by a
 * `Result` within a bounded time.
 */
import type { ArticleWorkflowEvent, AttributionReport, AttributionReverted, ClientToServerEvents } from '../../../shared/contract/desk';
import type { AppError, Result } from '../../../shared/contract/result';
import type { ThreadAck, ThreadChange, ThreadSync } from '../../../shared/threads/threads';
import { isProtocolMismatch, isUnauthorizedError, type DeskSocket } from './desk-socket';

export type DeskEvents = {
  onReport(report: AttributionReport): void;
  onReverted(notice: AttributionReverted): void;
  /** The thread state in the join reply: every thread, or the changes since `lastSeq()`. */
  onThreads(sync: ThreadSync): void;
  onThreadChange(change: ThreadChange): void;
  /** The article's status or "changed since published" flag changed (any instance, any user). */
  onWorkflow(event: ArticleWorkflowEvent): void;
  /** `live`: joined and receiving; `offline`: retrying; `failed`: the join was refused. */
  onState(state: 'live' | 'offline' | 'failed', detail?: string): void;
  /** The server refused the handshake for want of a valid session. */
  onUnauthorized(): void;
  /** The last thread sequence applied, or null when none was (the join then asks for everything). */
  lastSeq(): number | null;
};

/** The thread events that change something, with their request types. */
type ThreadEvent = 'thread:create' | 'comment:add' | 'comment:edit' | 'comment:delete' | 'thread:resolve' | 'thread:reopen' | 'thread:set-blocking';
export type ThreadRequest<E extends ThreadEvent> = Parameters<ClientToServerEvents[E]>[0];

export type Desk = {
  /** Sends a thread event; resolves with the server's answer, or an `offline` error. */
  send<E extends ThreadEvent>(event: E, req: ThreadRequest<E>): Promise<Result<ThreadAck>>;
  /** Joins again, asking for the changes since the last applied (a gap in the sequence). */
  rejoin(): void;
  connected(): boolean;
  close(): void;
};

/** Longest wait for the join acknowledgement (ms) before treating it as lost and retrying later. */
const JOIN_TIMEOUT_MS = 10_000;
/** Longest wait for a thread event's answer (ms). Ids are the client's, so a retry is safe. */
const SEND_TIMEOUT_MS = 10_000;

const offlineError: AppError = { code: 'internal', message: 'You are offline: try again when the connection is back.' };

export function openDesk(socket: DeskSocket, articleId: string, events: DeskEvents): Desk {
  let closed = false;
  const join = () => {
    const since = events.lastSeq();
    const req = since === null ? { articleId } : { articleId, since };
    socket.timeout(JOIN_TIMEOUT_MS).emit('article:join', req, (timeout, result) => {
      if (closed) return;
      if (timeout) return events.onState('offline');
      if (!result.ok) return events.onState('failed', result.error.message);
      events.onState('live');
      events.onReport(result.value.report);
      events.onThreads(result.value.threads);
    });
  };
  const stopListening = listen(socket, articleId, events, join);
  if (socket.connected) join();
  else if (!socket.active) events.onState('offline');

  return {
    send: (event, req) => send(socket, event, req),
    rejoin: () => {
      if (socket.connected) join();
    },
    connected: () => socket.connected,
    close() {
      closed = true;
      stopListening();
      if (socket.connected) socket.emit('article:leave', { articleId }, () => undefined);
    },
  };
}

/** Passes on this article's events (and the socket's state); returns the function that stops it. */
function listen(socket: DeskSocket, articleId: string, events: DeskEvents, join: () => void): () => void {
  const onDisconnect = () => events.onState('offline');
  const onConnectError = (error: Error) => {
    // A middleware refusal stops socket.io's retries: only a new sign-in (or a reload) helps.
    if (isUnauthorizedError(error)) events.onUnauthorized();
    else if (isProtocolMismatch(error)) events.onState('failed', 'this page is out of date: reload it');
    else events.onState('offline');
  };
  const onReport = (report: AttributionReport) => {
    if (report.articleId === articleId) events.onReport(report);
  };
  const onReverted = (notice: AttributionReverted) => {
    if (notice.articleId === articleId) events.onReverted(notice);
  };
  const onChanged = (change: ThreadChange) => {
    if (change.articleId === articleId) events.onThreadChange(change);
  };
  socket.on('connect', join);
  socket.on('disconnect', onDisconnect);
  socket.on('connect_error', onConnectError);
  socket.on('attribution:report', onReport);
  socket.on('attribution:reverted', onReverted);
  socket.on('thread:changed', onChanged);
  const onWorkflow = (event: ArticleWorkflowEvent) => {
    if (event.articleId === articleId) events.onWorkflow(event);
  };
  socket.on('article:workflow', onWorkflow);
  return () => {
    socket.off('article:workflow', onWorkflow);
    socket.off('connect', join);
    socket.off('disconnect', onDisconnect);
    socket.off('connect_error', onConnectError);
    socket.off('attribution:report', onReport);
    socket.off('attribution:reverted', onReverted);
    socket.off('thread:changed', onChanged);
  };
}

/** Sends a thread event; resolves with the server's answer, or an `offline` error. */
function send<E extends ThreadEvent>(socket: DeskSocket, event: E, req: ThreadRequest<E>): Promise<Result<ThreadAck>> {
  if (!socket.connected) return Promise.resolve({ ok: false, error: offlineError });
  return new Promise((resolve) => {
    // socket.io's typed emit cannot follow the union of event names: the request matches `event`.
    const emit = socket.timeout(SEND_TIMEOUT_MS).emit as (e: string, r: unknown, ack: (t: Error | null, r: Result<ThreadAck>) => void) => void;
    emit.call(socket, event, req, (timeout, result) => resolve(timeout ? { ok: false, error: offlineError } : result));
  });
}

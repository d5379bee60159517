/**
 * The socket.io contract of namespace `/desk`: typed event maps for
 * `Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>`.
 * Every mutating or joining event takes an acknowledgement that receives a `Result`.
 * Thread types live in `threads.ts`.
 */
import type { Result } from './result';
import type { AttributionIssue } from '../attribution/checker';
import type { Identity } from './roles';
import type { ArticleStatus } from '../article/layout';
import type { Notification, ThreadAck, ThreadAnchors, ThreadChange, ThreadSync } from '../threads/threads';
import type {
  CommentAddRequest,
  CommentDeleteRequest,
  CommentEditRequest,
  JoinRequest,
  LeaveRequest,
  ThreadBlockingRequest,
  ThreadCreateRequest,
  ThreadStatusRequest,
} from './desk-requests';

export const DESK_NAMESPACE = '/desk';

/** The live attribution report of one article. */
export type AttributionReport = {
  articleId: string;
  issues: AttributionIssue[];
  /** ISO time the report was computed. */
  computedAt: string;
};

/** One attribution the server guard restored (the guard's own record, sent as is). */
export type GuardRevert = {
  /** `blockquote-unwrapped`: a blockquote's paragraphs left it; they now carry its attribution as inline quote marks. */
  kind: 'quote-mark' | 'blockquote' | 'blockquote-unwrapped';
  quoteId: string;
  speaker: string;
  /** The quoted words whose attribution was restored. */
  words: string;
  /** Why, in words a journalist understands. */
  message: string;
};

/** Sent to everyone on the article when the guard undid a change; authors find their clientId. */
export type AttributionReverted = {
  articleId: string;
  /** Who made the change. */
  author: { id: string; name: string };
  /** Yjs client ids (`doc.clientID`) of the connection whose change was undone. */
  clientIds: number[];
  reverts: GuardRevert[];
};

/** A workflow move as announced on `/desk`. */
export type WorkflowMove = {
  from: ArticleStatus;
  to: ArticleStatus;
  by: { id: string; name: string };
  reason: string | null;
  /** ISO time of the move. */
  at: string;
  /** For a publish: the revision answered (new, or the latest when nothing changed); else null. */
  revision: number | null;
};

/**
 * `article:workflow`: an article's status or its "changed since published" flag, sent to everyone
 * who joined the article after a move (`move` set) or when stored edits flip the flag (`move` null).
 */
export type ArticleWorkflowEvent = {
  articleId: string;
  status: ArticleStatus;
  changedSincePublish: boolean;
  publishedAt: string | null;
  move: WorkflowMove | null;
};

export type JoinReply = { articleId: string; report: AttributionReport; threads: ThreadSync };

export type Ack<T> = (result: Result<T>) => void;

export interface ClientToServerEvents {
  /** Join an article's room: its reports and notices reach this socket from now on. */
  'article:join': (req: JoinRequest, ack: Ack<JoinReply>) => void;
  'article:leave': (req: LeaveRequest, ack: Ack<null>) => void;
  /** Thread events: ids are made by the client, so a retry answers with what is stored (change null). */
  'thread:create': (req: ThreadCreateRequest, ack: Ack<ThreadAck>) => void;
  'comment:add': (req: CommentAddRequest, ack: Ack<ThreadAck>) => void;
  /** The author only. */
  'comment:edit': (req: CommentEditRequest, ack: Ack<ThreadAck>) => void;
  /** The author, or an admin. */
  'comment:delete': (req: CommentDeleteRequest, ack: Ack<ThreadAck>) => void;
  'thread:resolve': (req: ThreadStatusRequest, ack: Ack<ThreadAck>) => void;
  'thread:reopen': (req: ThreadStatusRequest, ack: Ack<ThreadAck>) => void;
  /** Roles that may publish (editor, admin) only. */
  'thread:set-blocking': (req: ThreadBlockingRequest, ack: Ack<ThreadAck>) => void;
}

/**
 * Every event a client may send, at run time (the security matrix generates its cells from it and
 * checks that the server listens to exactly these). Adding an event to ClientToServerEvents without
 * listing it here fails the typecheck below.
 */
export const DESK_CLIENT_EVENTS = [
  'article:join',
  'article:leave',
  'thread:create',
  'comment:add',
  'comment:edit',
  'comment:delete',
  'thread:resolve',
  'thread:reopen',
  'thread:set-blocking',
] as const satisfies readonly (keyof ClientToServerEvents)[];
/** `true` only while DESK_CLIENT_EVENTS names every key of ClientToServerEvents. */
export type DeskClientEventsComplete = Exclude<keyof ClientToServerEvents, (typeof DESK_CLIENT_EVENTS)[number]> extends never ? true : false;
export const deskClientEventsComplete: DeskClientEventsComplete = true;

export interface ServerToClientEvents {
  'attribution:report': (report: AttributionReport) => void;
  'attribution:reverted': (notice: AttributionReverted) => void;
  /** To everyone who joined the article (the author too): apply in `seq` order, skip seqs already applied. */
  'thread:changed': (change: ThreadChange) => void;
  /** To everyone who joined the article, when the set of its threads on deleted text changes. */
  'thread:anchors': (anchors: ThreadAnchors) => void;
  /** To every socket of the mentioned user, joined or not. */
  notification: (notification: Notification) => void;
  /** To everyone who joined the article (the mover too). */
  'article:workflow': (event: ArticleWorkflowEvent) => void;
}

/** Between instances (socket.io adapter); none yet. */
export type InterServerEvents = Record<string, never>;

export type SocketData = { joined: string[]; identity: Identity };

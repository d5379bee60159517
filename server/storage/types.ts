/**
 * Storage interfaces. The stores are written once over the SQL port (sql/port.ts) and run on SQLite
 * (sqlite.ts) and Postgres (postgres.ts); both pass the same suites in tests/server/storage*.test.ts. All methods are async so a networked database fits the same shape.
 * Strings round-trip exactly, except that Postgres drops U+0000 from text it cannot store otherwise.
 */
import type { ArticleStatus } from '../../shared/article/layout';
import type { Role } from '../../shared/contract/roles';
import type { Comment, Notification, Thread, ThreadChange, ThreadChangeType, UserRef } from '../../shared/threads/threads';

/** An article's row. Timestamps are ISO-8601 UTC strings with millisecond precision. */
export type ArticleRecord = {
  id: string;
  headline: string;
  status: ArticleStatus;
  createdAt: string;
  updatedAt: string;
};

/** Keyset cursor for `listArticles`: the last item of the previous page. */
export type ArticleCursor = { createdAt: string; id: string };

export type ArticlePage = { items: ArticleRecord[]; next: ArticleCursor | null };

export interface ArticleStore {
  /** Inserts the article and its first document update in one transaction. */
  createArticle(record: ArticleRecord, initialUpdate: Uint8Array): Promise<void>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  /** Newest first (createdAt, then id, both descending); only articles in `status` when given. */
  listArticles(opts: { limit: number; after?: ArticleCursor; status?: ArticleStatus }): Promise<ArticlePage>;
  /** Refreshes the denormalised headline and `updatedAt` after document edits. */
  touchArticle(id: string, headline: string, updatedAt: string): Promise<void>;
  /**
   * `touchArticle` for several articles at once (one transaction on SQLite). Rejects when a row
   * could not be written; the caller may then write them one by one.
   */
  touchArticles(rows: readonly ArticleTouch[]): Promise<void>;
}

/** One article row refresh (`touchArticles`). */
export type ArticleTouch = { id: string; headline: string; updatedAt: string };

/** One update for an article's log. */
export type UpdateEntry = { articleId: string; update: Uint8Array };

export interface UpdateLogStore {
  /** Appends one Yjs update (v1 encoding) to the article's log and resolves once it is durable. */
  appendUpdate(articleId: string, update: Uint8Array): Promise<void>;
  /**
   * Group commit: appends every entry's update (in order) and records `edits` (each grows the user's
   * edit session of the article, or opens one when the last ended over `gapMs` before) in ONE
   * transaction; resolves once all of it is durable, rejects with none of it stored.
   */
  appendBatch(batch: { updates: readonly UpdateEntry[]; edits: readonly EditRecord[]; gapMs: number }): Promise<void>;
  /**
   * In-process stores only (SQLite; absent on Postgres): `appendBatch` done now, synchronously, with
   * no promise: true once all of it is durable (committed); false, with nothing written, when it
   * cannot run now (another transaction holds the connection: use `appendBatch`); throws with none
   * of it stored.
   */
  appendBatchNow?(batch: { updates: readonly UpdateEntry[]; edits: readonly EditRecord[]; gapMs: number }): boolean;
  /** Every stored update of the article, oldest first. Empty for an unknown article. */
  loadUpdates(articleId: string): Promise<Uint8Array[]>;
  /**
   * Replaces the entries present when the call starts with one merged update (Y.mergeUpdates),
   * in one transaction: a crash leaves either the old entries or the merged one, never neither.
   * Entries appended concurrently are kept.
   */
  compactUpdates(articleId: string): Promise<void>;
}

/** An immutable published version of an article. */
export type PublishedRevision = {
  articleId: string;
  /** 1 for the first publication, then 2, 3, … */
  revision: number;
  publishedAt: string;
  /** The article rendered to HTML, every quote carrying its attribution. */
  html: string;
  /** The ProseMirror JSON of the published document, as a JSON string. */
  docJson: string;
};

export interface PublishStore {
  /**
   * Records the next revision and sets the article's status to `published`, in one transaction.
   * Rows are never updated or deleted afterwards.
   */
  publishRevision(articleId: string, publishedAt: string, html: string, docJson: string): Promise<PublishedRevision>;
  latestPublished(articleId: string): Promise<PublishedRevision | null>;
}

export type UserRecord = {
  id: string;
  /** Sign-in name, unique regardless of case. */
  name: string;
  role: Role;
  /** `hashPassword` output (server/auth/passwords.ts). */
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
};

export interface UserStore {
  /** Rejects with `DuplicateNameError` when the name is taken (case-insensitive). */
  createUser(user: UserRecord): Promise<void>;
  getUser(id: string): Promise<UserRecord | null>;
  getUserByName(name: string): Promise<UserRecord | null>;
  /** Sorted by name. */
  listUsers(): Promise<UserRecord[]>;
  setUserRole(id: string, role: Role): Promise<void>;
  setUserDisabled(id: string, disabled: boolean): Promise<void>;
}

export class DuplicateNameError extends Error {
  constructor(name: string) {
    super(`a user named ${name} already exists`);
  }
}

/** One audit event: who did what, when. Stored forever, readable by admins. */
export type AuditEntry = {
  seq: number;
  at: string;
  /** The user's name, or null for the system (e.g. the guard acting on a client's change). */
  actor: string | null;
  action: AuditAction;
  articleId: string | null;
  detail: Record<string, unknown>;
};
export const AuditAction = {
  login: 'login',
  loginFailed: 'login_failed',
  roleChanged: 'role_changed',
  userCreated: 'user_created',
  userDisabled: 'user_disabled',
  published: 'published',
  guardReverted: 'guard_reverted',
  /** Words marked as a phrase (nobody's words): detail `{ phrases: [{ id, kind, confirmed, words }] }`. */
  phraseMarked: 'phrase_marked',
  passwordChanged: 'password_changed',
  /** A workflow move: detail `{ from, to, reason }` (publishes are `published`, with `{ from, revision, created }`). */
  transitioned: 'transitioned',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export interface AuditStore {
  appendAudit(entry: Omit<AuditEntry, 'seq'>): Promise<void>;
  /** Newest first; `before` is a `seq` from the previous page. */
  listAudit(opts: { limit: number; before?: number }): Promise<AuditEntry[]>;
}

/**
 * A thread change to record. `applyThreadMutation` applies it, sets the thread's `updatedAt` to `at`,
 * bumps the article's thread sequence, logs the change with the thread as it is afterwards and
 * stores `notifications`, all in one transaction. The caller has checked permissions and state.
 */
export type ThreadMutation = { articleId: string; at: string; by: UserRef; notifications: Notification[] } & (
  | { type: 'thread-created'; thread: Thread }
  | { type: 'comment-added'; threadId: string; comment: Comment }
  | { type: 'comment-edited'; threadId: string; commentId: string; body: string }
  /** Empties the body everywhere it is stored (comment, logged changes, notification excerpts). */
  | { type: 'comment-deleted'; threadId: string; commentId: string }
  | { type: 'thread-resolved'; threadId: string }
  | { type: 'thread-reopened'; threadId: string }
  | { type: 'thread-blocking'; threadId: string; blocking: boolean }
);

/** A new thread's or comment's id is already taken. */
export class DuplicateIdError extends Error {
  constructor(id: string) {
    super(`the id ${id} is already used`);
  }
}

export interface ThreadStore {
  /** See `ThreadMutation`. Rejects with `DuplicateIdError` when a new thread's or comment's id is taken. */
  applyThreadMutation(mutation: ThreadMutation): Promise<ThreadChange>;
  getThread(threadId: string): Promise<Thread | null>;
  /** The thread holding the comment. */
  threadOfComment(commentId: string): Promise<Thread | null>;
  /** The logged change that added the comment: `thread-created` for an opening comment, else `comment-added`. */
  changeAddingComment(commentId: string): Promise<ThreadChange | null>;
  /** Every thread of the article, oldest first, and the sequence they reflect (read together). */
  listThreads(articleId: string): Promise<{ seq: number; threads: Thread[] }>;
  /** The logged changes with `seq > since`, in order, and the current sequence (read together). */
  threadChangesSince(articleId: string, since: number): Promise<{ seq: number; changes: ThreadChange[] }>;
  /** Open threads marked blocking, oldest first. */
  openBlockingThreads(articleId: string): Promise<Thread[]>;
}

export interface NotificationStore {
  /** The user's notifications, newest first. */
  listNotifications(userId: string, opts: { unreadOnly: boolean; limit: number }): Promise<Notification[]>;
  /** Marks the user's unread notifications with these ids (all of them when `ids` is null) read at `at`; resolves with how many. */
  markNotificationsRead(userId: string, ids: string[] | null, at: string): Promise<number>;
}

/** One sign-in (the token's `jti`). Timestamps are ISO-8601 UTC strings. */
export type SessionRecord = {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  /** Set once by logout, password change or disable; a revoked session never answers again. */
  revokedAt: string | null;
};

/** Server-side sessions, shared by every instance on the database (server/storage/sessions-store.ts). */
export interface SessionStore {
  createSession(session: Omit<SessionRecord, 'revokedAt'>): Promise<void>;
  getSession(id: string): Promise<SessionRecord | null>;
  /** Revokes the session at `at` unless already revoked; resolves true when this call revoked it. */
  revokeSession(id: string, at: string): Promise<boolean>;
  /** Revokes every unrevoked session of the user; resolves with their ids. */
  revokeUserSessions(userId: string, at: string): Promise<string[]>;
  /** Sets the user's password hash and revokes all their sessions, in one transaction; resolves with the revoked ids. */
  changePassword(userId: string, passwordHash: string, at: string): Promise<string[]>;
  /** Of `ids`, those that no longer answer (revoked, or no row). */
  endedSessions(ids: readonly string[]): Promise<string[]>;
  /** Deletes sessions that expired before `before`; resolves with how many. */
  pruneSessions(before: string): Promise<number>;
}

/**
 * Failed sign-ins per key, shared by every instance (server/storage/login-throttle-store.ts). Times
 * are epoch milliseconds.
 */
export interface LoginThrottleStore {
  /** The latest `until` among `keys` (0 when none waits). */
  loginWaitUntil(keys: readonly string[]): Promise<number>;
  /**
   * Counts one failure of `key` at `at`, atomically. The count starts again from 1 when the row's
   * first failure is before `reset.firstBefore`, or when its last failure is before
   * `reset.lastBefore` and its wait is over. Resolves with the count and the first failure's time.
   */
  recordLoginFailure(key: string, at: number, reset: { firstBefore: number; lastBefore: number }): Promise<{ failures: number; firstAt: number }>;
  /** Makes `key` wait until `until` (never shortens a longer wait). */
  extendLoginWait(key: string, until: number): Promise<void>;
  clearLoginFailures(key: string): Promise<void>;
  /** Forgets keys whose last failure is before `lastBefore` and whose wait is over at `at`. */
  pruneLoginFailures(lastBefore: number, at: number): Promise<number>;
}

/** What the desk lists besides the row: mirrored from the document (server/articles/desk-index.ts). */
export type DeskFields = {
  section: string;
  /** null when empty, or when another article holds it (then `slugTaken` is the slug wanted). */
  slug: string | null;
  slugTaken: string | null;
  byline: string;
  /** When the article was last published; null when never. */
  publishedAt: string | null;
  /** Published once, and the content (document and metadata) differs from the last publish. */
  changedSincePublish: boolean;
};
export type DeskArticle = ArticleRecord & DeskFields;

/** One article's mirror and full text, written when its document is stored. */
export type DeskIndexEntry = {
  articleId: string;
  headline: string;
  body: string;
  section: string;
  /** As typed; stored only when valid and free. */
  slug: string;
  byline: string;
  /**
   * The hash of what a publish would store (content-hash.ts), called by the store only for an article
   * published before, to compare with the publish's: an article never published stores none (its
   * `changedSincePublish` is false whatever its content, and its first publish records the hash).
   */
  contentHash: () => string;
};

/** `GET /api/articles` filters; each given one narrows (AND). Times are ISO strings, `to` exclusive. */
export type ArticleQuery = {
  limit: number;
  after?: ArticleCursor;
  status?: ArticleStatus;
  /** Words that must all occur in headline or body (prefix match). */
  words?: string[];
  section?: string;
  author?: string;
  from?: string;
  to?: string;
};

export interface DeskStore {
  /** Writes the mirror and the full text in one transaction; resolves with the stored fields. */
  indexArticle(entry: DeskIndexEntry): Promise<DeskFields>;
  deskArticle(id: string): Promise<DeskArticle | null>;
  /** Up to `limit` article ids with no desk row yet (stored before migration 6), oldest first. */
  unindexedArticles(limit: number): Promise<string[]>;
  /** Sets the hash and time of the last publish when none is recorded (backfill from the latest revision). */
  recordPublishedHash(articleId: string, hash: string, publishedAt: string): Promise<void>;
  /** Newest first (createdAt, then id, both descending), like listArticles. */
  findArticles(query: ArticleQuery): Promise<{ items: DeskArticle[]; next: ArticleCursor | null }>;
}

/** A workflow move to record. `from` null: from any status (the POST …/publish shortcut). */
export type TransitionRecord = { articleId: string; from: ArticleStatus | null; to: ArticleStatus; at: string; actor: string; reason: string | null };
/** The snapshot to publish when `to` is `published`. */
export type PublishContent = { html: string; docJson: string; contentHash: string };
export type TransitionOutcome =
  | { ok: true; from: ArticleStatus; revision: PublishedRevision | null; created: boolean }
  | { ok: false; current: ArticleStatus | null };

export interface WorkflowStore {
  /**
   * In one transaction: refuses (ok false, with the current status) unless the article's status is
   * `from`; sets the status; when `publish` is given records a new revision unless the latest one
   * has the same html and document (then `created` is false and that revision is answered); appends
   * the audit entry.
   */
  transitionArticle(t: TransitionRecord, publish?: PublishContent): Promise<TransitionOutcome>;
}

/** How a version came to be. */
export type VersionKind = 'named' | 'publish' | 'auto' | 'restore';

/** A stored version without its content (what the list shows). */
export type VersionSummary = {
  articleId: string;
  /** 1, 2, 3 … per article. */
  version: number;
  kind: VersionKind;
  /** The editor's name for a named version; null otherwise. */
  name: string | null;
  createdAt: string;
  /** Who made it: the editor (named, restore), the publisher (publish), the last editor (auto); null when unknown. */
  author: { id: string; name: string } | null;
  words: number;
  wordsAdded: number;
  wordsRemoved: number;
};
/** `content`: JSON `{"doc": ProseMirror JSON, "meta": ArticleMeta}` of the document at that moment. */
export type VersionRecord = VersionSummary & { content: string };
export type NewVersion = Omit<VersionRecord, 'version'>;

export interface VersionStore {
  /** Stores the next version of the article (numbers never reused) in one write transaction. */
  addVersion(v: NewVersion): Promise<VersionRecord>;
  /**
   * Newest first, at most `limit`; with `before`, only versions numbered below it (keyset paging:
   * numbers are assigned in commit order, so a version added while paging is never met below a cursor).
   */
  listVersions(articleId: string, page: { limit: number; before?: number }): Promise<VersionSummary[]>;
  getVersion(articleId: string, version: number): Promise<VersionRecord | null>;
  latestVersion(articleId: string): Promise<VersionRecord | null>;
}

/**
 * Stored updates of one user (server/collab: the connection's user, never the Yjs client id): `at` the
 * last edit's time; `firstAt` the first's when several edits' counts were merged (default `at`): the
 * session grows when it ended at most the gap before `firstAt`, else one opens at `firstAt`.
 */
export type EditRecord = { articleId: string; user: { id: string; name: string }; at: string; firstAt?: string; updates: number; inserted: number; deleted: number };
/** One activity row: `edit` sessions grow while the same user stores again within the gap. */
export type ActivityRow = {
  id: number;
  articleId: string;
  kind: 'edit' | 'quote-confirmed';
  user: { id: string; name: string };
  startedAt: string;
  endedAt: string;
  updates: number;
  inserted: number;
  deleted: number;
  detail: Record<string, unknown>;
};

export interface ActivityStore {
  /** A quote's `confirmed` turned true: detail `{ quoteId, speaker, text }`. */
  recordQuoteConfirmed(articleId: string, user: { id: string; name: string }, at: string, detail: Record<string, unknown>): Promise<void>;
  /** Newest first (by end time), at most `limit`. */
  listActivity(articleId: string, limit: number): Promise<ActivityRow[]>;
  /**
   * One page of the article's activity sources, read in one snapshot: from each source at most
   * `limit` rows that come after `before` (all when null) in the `ActivityKey` order, newest first.
   * The caller merges them and keeps the first `limit`.
   */
  activityPage(articleId: string, before: ActivityKey | null, limit: number): Promise<ActivityPageRows>;
}

/**
 * The sources of an article's activity, by their rank in the page order: edit sessions and quote
 * confirmations (`article_activity`), thread changes (`thread_changes`), audit entries (`audit_log`).
 */
export const ActivitySource = { session: 0, comment: 1, audit: 2 } as const;
export type ActivitySource = (typeof ActivitySource)[keyof typeof ActivitySource];
/**
 * The total order of an article's activity, newest first: `at` descending, then `source`
 * descending, then the row's id in its source (`article_activity.id`, `thread_changes.seq`,
 * `audit_log.seq`) descending. A page cursor is the key of the page's last entry.
 */
export type ActivityKey = { at: string; source: ActivitySource; id: number };
/** A thread change as activity: who did what to which thread and comment (the thread snapshot left out). */
export type CommentActivityRow = { seq: number; type: ThreadChangeType; threadId: string; commentId: string | null; by: UserRef; at: string };
export type ActivityPageRows = { sessions: ActivityRow[]; comments: CommentActivityRow[]; audit: AuditEntry[] };

export interface Storage
  extends ArticleStore,
    VersionStore,
    ActivityStore,
    DeskStore,
    WorkflowStore,
    UpdateLogStore,
    PublishStore,
    UserStore,
    AuditStore,
    ThreadStore,
    NotificationStore,
    SessionStore,
    LoginThrottleStore {
  /** Which implementation this is, for logs and health. */
  readonly kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/**
 * Comment threads: the wire types of `/desk` thread events and `GET /api/articles/:id/threads`,
 * their limits, and the `@name` mention syntax. Pure: no I/O.
 */

/** Longest comment body (characters, after trimming). A comment is an editorial note, not copy:
 * 5,000 characters is about 800 words, far above a real note, and it bounds what one comment adds to
 * every message and change-log entry that carries its thread. */
export const MAX_COMMENT_CHARS = 5000;
/** Longest `quote` (the passage's text at creation). Clients shorten longer selections (e.g. with "…"). */
export const MAX_QUOTE_CHARS = 2000;
/** Comments one thread may hold. Each change carries its whole thread, so this bounds a change's size. */
export const MAX_COMMENTS_PER_THREAD = 200;
/** Longest base64 text of one anchor position; an encoded `Y.RelativePosition` is a few dozen bytes. */
export const MAX_ANCHOR_CHARS = 512;
/** Characters of a comment body kept in a notification. */
export const NOTIFICATION_EXCERPT_CHARS = 140;

/** Thread, comment and notification ids are UUIDs (lower-case RFC 4122 text), made by the client. */
export const THREAD_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Who wrote or changed something: the user's id and their name at that moment. */
export type UserRef = { id: string; name: string };

/**
 * Two `Y.RelativePosition`s into the article's `article` XmlFragment, each encoded with
 * `Y.encodeRelativePosition` and then base64 (standard alphabet, with padding).
 * `start` is taken with assoc 0 at the passage's first character, `end` with assoc -1 at the end of
 * its last character, so text typed just outside the passage stays outside it.
 */
export type ThreadAnchor = { start: string; end: string };

export const ThreadStatus = { open: 'open', resolved: 'resolved' } as const;
export type ThreadStatus = (typeof ThreadStatus)[keyof typeof ThreadStatus];

export type Comment = {
  id: string;
  threadId: string;
  author: UserRef;
  /** Plain text, trimmed; never HTML. Empty once deleted. */
  body: string;
  createdAt: string;
  editedAt: string | null;
  /** A deleted comment keeps its place in the thread with an empty body. */
  deleted: boolean;
};

export type Thread = {
  id: string;
  articleId: string;
  anchor: ThreadAnchor;
  /** The passage's text when the thread was created. */
  quote: string;
  status: ThreadStatus;
  /** An open blocking thread refuses publication of its article. */
  blocking: boolean;
  createdBy: UserRef;
  createdAt: string;
  updatedAt: string;
  /** Oldest first; the first is the comment that opened the thread. */
  comments: Comment[];
};

/** A thread as `GET /api/articles/:id/threads` returns it: resolved against the current document. */
export type ThreadView = Thread & {
  /** The text between the anchors now; '' when it is gone. */
  passage: string;
  /** True once the passage's text is gone (deleted). Such threads are kept, never dropped. */
  orphaned: boolean;
};

/**
 * `/desk` `thread:anchors`: which threads of the article are on deleted text now (ids, sorted),
 * sent to everyone on the article when that set changes (words deleted, or brought back by an undo).
 */
export type ThreadAnchors = { articleId: string; orphaned: string[] };

export const ThreadChangeType = {
  threadCreated: 'thread-created',
  commentAdded: 'comment-added',
  commentEdited: 'comment-edited',
  commentDeleted: 'comment-deleted',
  threadResolved: 'thread-resolved',
  threadReopened: 'thread-reopened',
  threadBlocking: 'thread-blocking',
} as const;
export type ThreadChangeType = (typeof ThreadChangeType)[keyof typeof ThreadChangeType];

/**
 * One entry of an article's thread change log. `seq` is the article's thread sequence after the
 * change: 1, 2, 3, … per article, no gaps. `thread` is the whole thread after the change, so a
 * client applies a change by replacing its copy of the thread (in seq order).
 */
export type ThreadChange = {
  seq: number;
  articleId: string;
  type: ThreadChangeType;
  threadId: string;
  /** The comment concerned (for `thread-created`, the opening comment); null for thread-level changes. */
  commentId: string | null;
  thread: Thread;
  by: UserRef;
  at: string;
};

/**
 * What `article:join` returns about threads: with `since`, exactly the changes after it; without
 * (or when `since` is ahead of the server, e.g. a client of a reset database), every thread.
 */
export type ThreadSync =
  | { type: 'changes'; seq: number; changes: ThreadChange[] }
  | { type: 'all'; seq: number; all: Thread[] };

/** The acknowledgement of a thread event: the thread now, and the change made (null when the event
 * was a retry of one already applied, or changed nothing). */
export type ThreadAck = { thread: Thread; change: ThreadChange | null };


/** A user was mentioned (`@name`) in a comment. */
export type Notification = {
  id: string;
  userId: string;
  articleId: string;
  threadId: string;
  commentId: string;
  from: UserRef;
  /** The start of the comment body (NOTIFICATION_EXCERPT_CHARS), whitespace collapsed; '' once deleted. */
  excerpt: string;
  createdAt: string;
  readAt: string | null;
};

/**
 * The `@name` mentions of a comment body, in order of first appearance, each as its candidate user
 * names, longest first. A name follows the user-name rule (2–32 of letters, digits, `.`, `_`, `-`,
 * starting with a letter or digit); an `@` preceded by a name character (an e-mail address) is not a
 * mention. A name ending in `.`, `_` or `-` (`@reviewer.` at the end of a sentence) also yields the
 * name without them. Repeats (compared case-insensitively, like user names) are dropped.
 */
export function mentionCandidates(body: string): string[][] {
  const found = new Map<string, string[]>();
  for (const m of body.matchAll(/(?<![A-Za-z0-9._-])@([A-Za-z0-9][A-Za-z0-9._-]{1,31})/g)) {
    const full = m[1];
    const key = full.toLowerCase();
    if (found.has(key)) continue;
    const stripped = full.replace(/[._-]+$/, '');
    found.set(key, stripped !== full && stripped.length >= 2 ? [full, stripped] : [full]);
  }
  return Array.from(found.values());
}

/** The notification excerpt of a comment body. */
export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= NOTIFICATION_EXCERPT_CHARS ? flat : `${flat.slice(0, NOTIFICATION_EXCERPT_CHARS - 1)}…`;
}
